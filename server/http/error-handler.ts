import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseFault, describeFault } from '../db/faults';
import { AppError, errorBody, type FieldError } from './errors';

/** Seconds a client is asked to wait when the database is away or busy. */
export const RETRY_AFTER_SECONDS = 2;
import { renderFieldMessage, translateKey } from './field-messages';

/** Every failure leaves the API in the one error shape, in the caller's language. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      const fields = err.details?.fields?.map((f) => ({ path: f.path, message: translateKey(f.message, req.lang) }));
      const details = err.details ? { ...err.details, ...(fields ? { fields } : {}) } : undefined;
      return reply.code(err.status).send(errorBody(err.code, req.lang, details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const fields: FieldError[] = err.validation.map((v) =>
        renderFieldMessage(
          { code: v.keyword, message: v.message ?? '', path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where, params: v.params },
          req.lang,
        ),
      );
      return reply.code(400).send(errorBody('VALIDATION_FAILED', req.lang, { in: where, fields }));
    }
    if (err.statusCode === 429) return reply.code(429).send(errorBody('RATE_LIMITED', req.lang));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own 4xx: malformed JSON, wrong content type, body too large.
      return reply.code(err.statusCode).send(errorBody('VALIDATION_FAILED', req.lang, { reason: err.message }));
    }
    const fault = databaseFault(err);
    if (fault) {
      // Expected while PostgreSQL restarts or a lock holds: no stack, no SQL, no parameters.
      req.log.warn({ fault, ...describeFault(err), route: req.routeOptions.url }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return reply.code(503).send(errorBody(fault === 'BUSY' ? 'DATABASE_BUSY' : 'DATABASE_UNAVAILABLE', req.lang));
    }
    // The error's code and where, never its SQL parameters (see log-options.ts).
    req.log.error({ err, route: `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}` }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL', req.lang));
  });
}
