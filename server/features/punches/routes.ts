import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireOrg, requireUser } from '../../http/request-context';
import { dayView } from '../attendance/schema';
import { correctionBody, punchBody, punchView } from './schema';
import { addCorrection } from './service';

const tags = ['punches'];

export const punchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/punches',
    {
      config: { access: { permission: 'attendance.self', ownTransaction: true } },
      schema: {
        tags,
        summary: 'Clock in or out (daftar masuk / keluar)',
        description:
          "The server's clock is the time of the punch. The same idempotencyKey answers the punch it first wrote (200) instead of writing another (201). " +
          'The punch is classified against the sites allowed to the officer, their registered home on an approved BDR day and the destinations of approved movements; ' +
          'outside every one it is flagged LUAR_KAWASAN, or refused (422) when the organisation blocks. Header X-Client: pwa marks punches from the installed app. ' +
          "The punch is stored without a declared kind (`kind: null`): whether it is a check-in or a check-out is the engine's pairing against the officer's schedule (R33: a night shift's morning punch is the check-out of the day before); `GET /api/attendance/today` says what the next punch will be read as (`next`).",
        body: punchBody,
        response: { 200: punchView, 201: punchView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req.auth);
      const orgId = requireOrg(req.auth);
      const client = req.headers['x-client'];
      const result = await app.deps.punchWriter.submit({
        orgId,
        userId: user.id,
        idempotencyKey: req.body.idempotencyKey,
        location: req.body.location,
        deviceTime: new Date(req.body.deviceTime),
        note: req.body.note || null,
        source: client === 'pwa' ? 'pwa' : 'web',
        ip: req.ip,
        userAgent: req.headers['user-agent']?.slice(0, 400) ?? null,
        at: new Date(),
      });
      reply.code(result.created ? 201 : 200);
      return result.punch;
    },
  );

  app.post(
    '/api/admin/punches',
    {
      config: { access: { permission: 'attendance.correct' } },
      schema: {
        tags,
        summary: 'Add a missing punch for an officer, with a reason (audited; the day is evaluated again)',
        body: correctionBody,
        response: { 201: z.object({ punch: punchView, day: dayView }) },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return addCorrection(req.db, actorOf(req), req.body);
    },
  );
};
