import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../http/errors';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    config: { access: { public: true } },
    schema: { tags: ['health'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { access: { public: true } },
    schema: { tags: ['health'], summary: 'The database answers' },
  }, async (req, reply) => {
    try {
      await app.deps.database.ping();
      return reply.send({ status: 'ready', db: app.deps.database.driver });
    } catch (err) {
      req.log.warn({ err }, 'readiness check failed');
      return reply.code(503).send(errorBody('NOT_READY', req.lang));
    }
  });
};
