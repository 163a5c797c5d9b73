import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertDateRange } from '../../http/date-range';
import { pageOf, pageQuery } from '../../http/pagination';
import { requireOrg } from '../../http/request-context';
import { isoDate } from '../../http/date-fields';
import { findOrg } from '../organisation';
import { listAudit } from './repo';

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The person the row is about (a user, or the owner of the punch, request or task), when there is one. */
  targetUserId: z.string().nullable(),
  /** That person's name, or the unit's, site's or organisation's. */
  targetName: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary:
          "The organisation's audit log, newest first, with the actor's and the target's names; filtered by action, by dates (from–to, the organisation's zone) and by a person who acted or was acted upon",
        querystring: z.object({
          ...pageQuery,
          action: z.string().max(60).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          personId: z.uuid().optional(),
        }),
        response: { 200: pageOf(auditRow) },
      },
    },
    async (req) => {
      const { page, pageSize, action, from, to, personId } = req.query;
      if (from && to) assertDateRange(from, to, 3660);
      const orgId = requireOrg(req.auth);
      const timeZone = (await findOrg(req.db, orgId))?.timeZone ?? 'Asia/Kuala_Lumpur';
      const r = await listAudit(req.db, orgId, { page, pageSize, action, from, to, personId, timeZone });
      return {
        items: r.items.map((i) => ({
          id: Number(i.id),
          at: new Date(i.at).toISOString(),
          actorId: i.actor_id,
          actorName: i.actor_name,
          action: i.action,
          entityType: i.entity_type,
          entityId: i.entity_id,
          targetUserId: i.target_user_id,
          targetName: i.target_name,
          ip: i.ip,
          before: i.before,
          after: i.after,
        })),
        total: r.total,
        page,
        pageSize,
      };
    },
  );
};
