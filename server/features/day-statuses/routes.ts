import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assertDateRange } from '../../http/date-range';
import { actorOf, requireOrg, requireUser } from '../../http/request-context';
import { presentStatus } from '../attendance';
import { dateRangeQuery, idParams } from '../../http/shared-schemas';
import { listStatuses } from './repo';
import { statusBody, statusList, statusView } from './schema';
import { cancelDayStatus, setDayStatus } from './service';

const tags = ['day-statuses'];
const self = { access: { permission: 'attendance.self' as const } };

export const dayStatusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/day-statuses',
    {
      config: self,
      schema: { tags, summary: 'My day statuses in a date range (every state)', querystring: dateRangeQuery, response: { 200: statusList } },
    },
    async (req) => {
      const { from, to } = req.query;
      assertDateRange(from, to);
      return { items: (await listStatuses(req.db, requireOrg(req.auth), requireUser(req.auth).id, from, to)).map(presentStatus) };
    },
  );

  app.post(
    '/api/day-statuses',
    {
      config: self,
      schema: {
        tags,
        summary: 'Set a status for today or a later day (BDR, Tugasan Luar, Kursus, Mesyuarat, Cuti, Cuti Sakit; whole day or half)',
        body: statusBody,
        response: { 201: statusView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return setDayStatus(req.db, actorOf(req), req.body);
    },
  );

  app.post(
    '/api/day-statuses/:id/cancel',
    {
      config: self,
      schema: { tags, summary: 'Withdraw my status (today or later)', params: idParams, response: { 200: statusView } },
    },
    async (req) => cancelDayStatus(req.db, actorOf(req), req.params.id),
  );
};
