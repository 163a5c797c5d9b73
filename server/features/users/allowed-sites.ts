import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import { actorOf, requireOrg, type Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { allowedSiteIds, existingSiteIds, replaceAllowedSites } from './allowed-sites-repo';
import { findUser } from './repo';
import { idParams } from '../../http/shared-schemas';

const view = z.object({ siteIds: z.array(z.uuid()) });
const body = z.object({
  siteIds: z
    .array(z.uuid())
    .max(100)
    .transform((ids) => [...new Set(ids)].sort()),
});

/** Sets the sites an officer may punch at; none means every active site of the organisation. */
async function setAllowedSites(db: Db, actor: Actor, userId: string, siteIds: string[]) {
  if (!(await findUser(db, actor.orgId, userId))) throw new AppError('NOT_FOUND');
  const known = await existingSiteIds(db, actor.orgId, siteIds);
  if (siteIds.some((id) => !known.has(id))) throw fieldError('VALIDATION_FAILED', 'siteIds', 'site.notFound');
  const before = await allowedSiteIds(db, actor.orgId, userId);
  await replaceAllowedSites(db, actor.orgId, userId, siteIds);
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'user.sites',
    entityType: 'user',
    entityId: userId,
    ip: actor.ip,
    before: { siteIds: before },
    after: { siteIds },
  });
  return { siteIds };
}

export const allowedSiteRoutes: FastifyPluginAsyncZod = async (app) => {
  const manage = { access: { permission: 'users.manage' as const } };
  app.get(
    '/api/users/:id/sites',
    {
      config: manage,
      schema: { tags: ['users'], summary: 'The sites this officer may punch at (empty: every active site)', params: idParams, response: { 200: view } },
    },
    async (req) => {
      const orgId = requireOrg(req.auth);
      if (!(await findUser(req.db, orgId, req.params.id))) throw new AppError('NOT_FOUND');
      return { siteIds: await allowedSiteIds(req.db, orgId, req.params.id) };
    },
  );

  app.put(
    '/api/users/:id/sites',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: 'Set the sites this officer may punch at (empty: every active site)',
        params: idParams,
        body,
        response: { 200: view },
      },
    },
    async (req) => setAllowedSites(req.db, actorOf(req), req.params.id, req.body.siteIds),
  );
};
