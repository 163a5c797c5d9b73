import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIVE_STATES } from '../../../domain/team/live-state';
import { actorOf, requireUser } from '../../http/request-context';
import { AppError } from '../../http/errors';
import { officerMonth } from '../attendance';
import { isoMonth } from '../../http/date-fields';
import { monthView } from '../attendance/schema';
import { idParams } from '../../http/shared-schemas';
import { CARD_SCOPES, teamCards, teamCardsView } from './cards';
import { teamOf } from './repo';
import { teamToday } from './service';

const member = z.object({
  officer: z.object({ id: z.uuid(), fullName: z.string(), staffNo: z.string(), unitName: z.string().nullable(), supervisorName: z.string().nullable() }),
  state: z.enum(LIVE_STATES),
  checkIn: z.string().nullable(),
  checkOut: z.string().nullable(),
  place: z.string().nullable(),
  siteName: z.string().nullable(),
  flags: z.array(z.string()),
  lateMinutes: z.number(),
  statusCode: z.string().nullable(),
  destination: z.string().nullable(),
  pendingMovement: z.object({ leaveAt: z.string(), expectedReturn: z.string(), destination: z.string() }).nullable(),
});

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/team/today',
    {
      config: { access: { permission: 'team.monitor' } },
      schema: {
        tags: ['team'],
        summary: 'Live status of the officers I supervise today (direct reports, or the whole sub-tree with scope=all)',
        querystring: z.object({ scope: z.enum(['direct', 'all']).default('direct') }),
        response: { 200: z.object({ serverTime: z.string(), date: z.string(), timeZone: z.string(), items: z.array(member) }) },
      },
    },
    async (req) => teamToday(req.db, actorOf(req), req.query.scope),
  );

  app.get(
    '/api/team/cards',
    {
      config: { access: { permission: 'cards.read' } },
      schema: {
        tags: ['team'],
        summary: 'The card in force of each officer under me (scope=direct|all, team.monitor) or of the organisation (scope=org, org.monitor), red first',
        querystring: z.object({ scope: z.enum(CARD_SCOPES).optional() }),
        response: { 200: teamCardsView },
      },
    },
    async (req) => teamCards(req.db, actorOf(req), requireUser(req.auth).roles, req.query.scope),
  );

  app.get(
    '/api/team/officers/:id/month',
    {
      config: { access: { permission: 'team.monitor' } },
      schema: {
        tags: ['team'],
        summary: 'The month calendar of an officer under me (the same the officer sees), with their card',
        params: idParams,
        querystring: z.object({ month: isoMonth }),
        response: { 200: monthView.extend({ officer: z.object({ id: z.uuid(), fullName: z.string() }) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const member = (await teamOf(req.db, actor.orgId, actor.id, 'all')).find((m) => m.id === req.params.id);
      if (!member) throw new AppError('NOT_FOUND');
      return { ...(await officerMonth(req.db, actor.orgId, member.id, req.query.month)), officer: { id: member.id, fullName: member.full_name } };
    },
  );
};
