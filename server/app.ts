import type { Agent } from 'node:https';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import type { Database } from './db/client';
import { approvalRoutes } from './features/approvals/routes';
import { attendanceRoutes } from './features/attendance/routes';
import { auditRoutes } from './features/audit/routes';
import { authRoutes } from './features/auth/routes';
import { sessionAuthenticator } from './features/auth/session-auth';
import { clientErrorRoutes } from './features/client-errors/routes';
import { dayStatusRoutes } from './features/day-statuses/routes';
import { createMetrics, measureRequests } from './features/health/metrics';
import { registerMetrics } from './features/health/metrics-routes';
import { healthRoutes } from './features/health/routes';
import { attachmentRoutes } from './features/issues/attachment-routes';
import { issueRoutes } from './features/issues/routes';
import { meRoutes } from './features/me/routes';
import { movementRoutes } from './features/movements/routes';
import { notificationRoutes } from './features/notifications/routes';
import { organisationRoutes } from './features/organisation/routes';
import { platformRoutes } from './features/platform/routes';
import { punchRoutes } from './features/punches/routes';
import { createPunchWriter } from './features/punches/writer';
import { reviewReportRoutes } from './features/review-report/routes';
import { siteRoutes } from './features/sites/routes';
import { taskRoutes } from './features/tasks/routes';
import { taskSupervisionRoutes } from './features/tasks/supervision-routes';
import { teamRoutes } from './features/team/routes';
import { unitRoutes } from './features/units/routes';
import { allowedSiteRoutes } from './features/users/allowed-sites';
import { userRoutes } from './features/users/routes';
import { workingTimeRoutes } from './features/working-time/routes';
import { errorBody } from './http/errors';
import { createHttpServer } from './http/server';
import { setUpOutbound } from './jobs/delivery-worker';
import { registerStaticApp } from './web/static-app';

/**
 * `pushAgent`: how push services are reached (tests pass one trusting their local service's certificate).
 * `logger`: false for none; an object (e.g. `{ stream }`) is laid over the server's own logger settings.
 */
export type BuildOptions = { config: Config; database: Database; logger?: boolean | object; serveApp?: boolean; pushAgent?: Agent };

/**
 * The composition root: builds the whole application around an open database. The
 * features' shared pieces (metrics, the punch writer, the outbound senders), the generic
 * HTTP server (server/http/), every feature's routes, and the web app.
 */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = opts;
  const metrics = createMetrics(database);
  const punchWriter = createPunchWriter(database, { observer: metrics.punchWriter });
  const senders = await setUpOutbound(config, database, opts.pushAgent);
  const app = await createHttpServer({
    deps: { database, db: database.db, config, punchWriter, senders, metrics },
    authenticate: sessionAuthenticator(database.db, config.sessionTtlHours),
    logger: opts.logger,
  });
  measureRequests(app, metrics);
  app.addHook('onClose', async () => punchWriter.drain());

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
