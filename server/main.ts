import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openConfiguredDatabase } from './db/open-from-config';
import { buildApp } from './http/app';
import { startDeliveryWorker } from './jobs/delivery-worker';
import { startScheduler } from './jobs/scheduler';
import { DEMO_PASSWORD } from './seed/demo-people';
import { isDatabaseEmpty, seedDemo } from './seed/demo';
import { buildAppIfMissing } from './web/build-app';

/** `npm start`: open the database, migrate, seed the demo if empty, build the app if missing, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const say = (msg: string) => process.stdout.write(`${msg}\n`);
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
    const demo = await seedDemo(database.db);
    say('\nDemo agency "Jabatan Demo Digital" created. Logins (password ' + DEMO_PASSWORD + '):');
    for (const l of demo.logins) say(`  ${l.email.padEnd(26)} ${l.roles.join(', ')}`);
    say('');
  }
  if (config.buildApp) await buildAppIfMissing(say);
  const app = await buildApp({ config, database });
  const { metrics } = app.deps;
  const jobs = config.jobs ? startScheduler(database, app.log, config.jobsIntervalSeconds, { dayClose: metrics.dayClose }) : null;
  const deliveries = config.jobs ? startDeliveryWorker(database, app.deps.senders, app.log, config.deliveryIntervalSeconds, metrics.deliveries) : null;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await jobs?.stop();
    await deliveries?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  say(`SPOT-Me is serving on http://localhost:${config.port} (${database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`);
  if (config.metricsPort) say(`Metrics (Prometheus) on http://localhost:${config.metricsPort}/metrics`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`SPOT-Me failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
