import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientErrorBody } from './schema';

/** Per client address and minute: enough for a page that fails now and then, not for flooding the log. */
export const CLIENT_ERRORS_PER_MINUTE = 10;

/**
 * A page of the app failed in the browser (its error boundary caught it): the report goes
 * to the server's log at warn, with who (when logged in) and where. Public, since a page
 * can fail before login; rate-limited per client address; nothing is stored.
 */
export const clientErrorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/client-errors',
    {
      config: { access: { public: true }, rateLimit: { max: CLIENT_ERRORS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { tags: ['client'], summary: 'Report an error the app met in the browser (logged at warn; nothing stored)', body: clientErrorBody },
    },
    async (req, reply) => {
      const { message, stack, componentStack, url } = req.body;
      req.log.warn(
        {
          clientError: { message, url, stack, componentStack },
          userId: req.auth?.user.id ?? null,
          orgId: req.auth?.user.orgId ?? null,
          userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
        },
        'client error',
      );
      return reply.code(204).send();
    },
  );
};
