import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIVE_STATES } from '../../../domain/team/live-state';
import { actorOf } from '../../http/request-context';
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
});

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/team/today', {
    config: { access: { permission: 'team.monitor' } },
    schema: {
      tags: ['team'],
      summary: 'Live status of the officers I supervise today (direct reports, or the whole sub-tree with scope=all)',
      querystring: z.object({ scope: z.enum(['direct', 'all']).default('direct') }),
      response: { 200: z.object({ serverTime: z.string(), date: z.string(), timeZone: z.string(), items: z.array(member) }) },
    },
  }, async (req) => teamToday(req.db, actorOf(req), req.query.scope));
};
