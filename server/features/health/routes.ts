import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeFault } from '../../db/faults';
import { RETRY_AFTER_SECONDS } from '../../http/error-handler';
import { errorBody } from '../../http/errors';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { access: { public: true } },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: { public: true } },
      schema: { tags: ['health'], summary: 'The database answers' },
    },
    async (req, reply) => {
      try {
        await app.deps.database.ping();
        return reply.send({ status: 'ready', db: app.deps.database.driver });
      } catch (err) {
        req.log.warn(describeFault(err), 'readiness check failed');
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return reply.code(503).send(errorBody('DATABASE_UNAVAILABLE', req.lang));
      }
    },
  );
};
