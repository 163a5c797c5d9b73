import type { Agent } from 'node:https';
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { approvalRoutes } from '../features/approvals/routes';
import { attendanceRoutes } from '../features/attendance/routes';
import { auditRoutes } from '../features/audit/routes';
import { authRoutes } from '../features/auth/routes';
import { clientErrorRoutes } from '../features/client-errors/routes';
import { dayStatusRoutes } from '../features/day-statuses/routes';
import { registerMetrics } from '../features/health/metrics-routes';
import { healthRoutes } from '../features/health/routes';
import { attachmentRoutes } from '../features/issues/attachment-routes';
import { issueRoutes } from '../features/issues/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { movementRoutes } from '../features/movements/routes';
import { meRoutes } from '../features/me/routes';
import { organisationRoutes } from '../features/organisation/routes';
import { platformRoutes } from '../features/platform/routes';
import { punchRoutes } from '../features/punches/routes';
import { reviewReportRoutes } from '../features/review-report/routes';
import { createPunchWriter } from '../features/punches/writer';
import { siteRoutes } from '../features/sites/routes';
import { teamRoutes } from '../features/team/routes';
import { taskRoutes } from '../features/tasks/routes';
import { taskSupervisionRoutes } from '../features/tasks/supervision-routes';
import { unitRoutes } from '../features/units/routes';
import { allowedSiteRoutes } from '../features/users/allowed-sites';
import { userRoutes } from '../features/users/routes';
import { workingTimeRoutes } from '../features/working-time/routes';
import { setUpOutbound } from '../jobs/delivery-worker';
import { registerStaticApp } from '../web/static-app';
import { registerAccessControl } from './access-control';
import { registerApiDocs } from './api-docs';
import { registerErrorHandler } from './error-handler';
import { databaseRateLimitStore } from './rate-limit-store';
import { loggerOptions } from './log-options';
import { registerPatchBodyCheck } from './patch-body';
import { registerTenantScope } from './tenant-scope';
import { registerTextGuard } from './text-guard';
import { errorBody } from './errors';
import { createMetrics, measureRequests } from './metrics';
import { RequestsAtDebug } from './request-log';

/**
 * `pushAgent`: how push services are reached (tests pass one trusting their local service's certificate).
 * `logger`: false for none; an object (e.g. `{ stream }`) is laid over the server's own logger settings.
 */
export type BuildOptions = { config: Config; database: Database; logger?: boolean | object; serveApp?: boolean; pushAgent?: Agent };

/**
 * TRUST_PROXY as Fastify takes it. A hop count N becomes "the N nearest hops" (the
 * socket's peer and the N-1 right-most X-Forwarded-For entries): Fastify's own number
 * trusts none, and `true` trusts every entry, even the ones the client wrote itself.
 */
function trustProxyOption(trust: Config['trustProxy']): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Builds the whole HTTP application around an open database. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = opts;
  const app = Fastify({
    logger: opts.logger === false ? false : { ...loggerOptions(config.logLevel), ...(typeof opts.logger === 'object' ? opts.logger : {}) },
    logController: new RequestsAtDebug(),
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    // While closing, requests on open connections are answered below in the API's error shape.
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const metrics = createMetrics(database);
  const punchWriter = createPunchWriter(database, { observer: metrics.punchWriter });
  const senders = await setUpOutbound(config, database, opts.pushAgent);
  app.decorate('deps', { database, db: database.db, config, punchWriter, senders, metrics });
  measureRequests(app, metrics);
  app.addHook('onClose', async () => punchWriter.drain());
  // After SIGTERM: in-flight requests finish; new ones on kept-alive connections are told to come back (to another process).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', '1');
    return reply.code(503).send(errorBody('SHUTTING_DOWN', req.lang));
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(database.db, app.log),
    skipOnError: true,
    errorResponseBuilder: (req) => ({ statusCode: 429, ...errorBody('RATE_LIMITED', req.lang) }),
  });
  registerErrorHandler(app);
  registerAccessControl(app);
  registerTextGuard(app);
  registerPatchBodyCheck(app);
  registerTenantScope(app);
  await registerApiDocs(app);

  await app.register(healthRoutes);
  registerMetrics(app);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(userRoutes);
  await app.register(allowedSiteRoutes);
  await app.register(unitRoutes);
  await app.register(organisationRoutes);
  await app.register(siteRoutes);
  await app.register(workingTimeRoutes);
  await app.register(taskRoutes);
  await app.register(taskSupervisionRoutes);
  await app.register(punchRoutes);
  await app.register(attendanceRoutes);
  await app.register(dayStatusRoutes);
  await app.register(movementRoutes);
  await app.register(approvalRoutes);
  await app.register(issueRoutes);
  await app.register(attachmentRoutes);
  await app.register(teamRoutes);
  await app.register(reviewReportRoutes);
  await app.register(auditRoutes);
  await app.register(platformRoutes);
  await app.register(notificationRoutes);
  await app.register(clientErrorRoutes);
  if (opts.serveApp !== false) await registerStaticApp(app);
  else app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody('NOT_FOUND', req.lang)));
  return app;
}
