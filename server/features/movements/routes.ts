import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assertDateRange } from '../../http/date-range';
import { actorOf, requireOrg, requireUser } from '../../http/request-context';
import { presentMovement } from '../attendance';
import { dateRangeQuery, idParams } from '../../http/shared-schemas';
import { listMovements } from './repo';
import { movementBody, movementList, movementView, returnBody } from './schema';
import { cancelMovement, recordMovement, recordReturn } from './service';

const tags = ['movements'];
const self = { access: { permission: 'attendance.self' as const } };

export const movementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/movements',
    {
      config: self,
      schema: { tags, summary: 'My movements (keluar pejabat) in a date range', querystring: dateRangeQuery, response: { 200: movementList } },
    },
    async (req) => {
      const { from, to } = req.query;
      assertDateRange(from, to);
      return { items: (await listMovements(req.db, requireOrg(req.auth), requireUser(req.auth).id, from, to)).map(presentMovement) };
    },
  );

  app.post(
    '/api/movements',
    {
      config: self,
      schema: {
        tags,
        summary: 'Record leaving the office during hours; waits for the supervisor',
        description:
          "The day's movements may not exceed min(4 h, half the working hours excluding rest) (RULES R18): 422 MOVEMENT_CAP_EXCEEDED with capMinutes, usedMinutes, requestedMinutes and remainingMinutes.",
        body: movementBody,
        response: { 201: movementView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return recordMovement(req.db, actorOf(req), req.body);
    },
  );

  app.post(
    '/api/movements/:id/return',
    {
      config: self,
      schema: { tags, summary: 'Record the actual return', params: idParams, body: returnBody, response: { 200: movementView } },
    },
    async (req) => recordReturn(req.db, actorOf(req), req.params.id, req.body.at),
  );

  app.post(
    '/api/movements/:id/cancel',
    {
      config: self,
      schema: { tags, summary: 'Withdraw a movement not yet returned from', params: idParams, response: { 200: movementView } },
    },
    async (req) => cancelMovement(req.db, actorOf(req), req.params.id),
  );
};
