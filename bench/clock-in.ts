import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../server/config';
import { openBenchDatabase } from './bench-database';
import type { Database } from '../server/db/client';
import { organisations } from '../server/db/schema';
import { insertPunchAudits, insertPunches } from '../server/features/punches/repo';
import { buildApp } from '../server/app';
import type { LoadJob, LoadResult } from './load-types';
import { BENCH_SITE, createBenchOfficers, type BenchOfficer } from './officers';

/**
 * `npm run bench:clock-in`: the morning peak. Creates N officers with sessions on the
 * configured database (PostgreSQL when DATABASE_URL is set, else the embedded PGlite in
 * a temporary directory), measures the ceiling of one transaction per punch written
 * directly with the same driver and pool, then drives POST /api/punches over real HTTP
 * at rising concurrency and at a fixed 1,000 punches/s, and prints one JSON line.
 * Options (env): BENCH_OFFICERS (5000), BENCH_SECONDS per stage (5), BENCH_CONCURRENCY ("16,64,128,256"), BENCH_RATE (1000).
 */
const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '16,64,128,256').split(',').map(Number);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const log = (msg: string) => process.stderr.write(`${msg}\n`);

async function main() {
  const config = loadConfig();
  const bench = await openBenchDatabase(config);
  const { database } = bench;
  try {
    log(`database: ${database.driver}${database.driver === 'postgres' ? ` (pool ${config.poolMax})` : ''}; creating ${OFFICERS} officers with sessions…`);
    const { orgId, officers } = await createBenchOfficers(database.db, OFFICERS);
    const ceiling = await measureCeiling(database, orgId, officers);
    log(`ceiling (one transaction per punch, ${database.driver === 'postgres' ? config.poolMax : 1} at a time, no HTTP): ${ceiling.toFixed(0)} punches/s`);
    const app = await buildApp({ config: { ...config, logLevel: 'warn' }, database, logger: false, serveApp: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    let errors = 0;
    let best = 0;
    await drive(port, officers, 1, 16); // warm-up: JIT, pool connections
    for (const concurrency of LEVELS) {
      const r = await drive(port, officers, SECONDS, concurrency);
      const rate = r.ok / r.seconds;
      errors += r.errors;
      best = Math.max(best, rate);
      const p = percentiles(r.latencies);
      log(
        `  concurrency ${String(concurrency).padStart(4)}: ${rate.toFixed(0)} punches/s, p50 ${p.p50.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, errors ${r.errors}${r.firstError ? ` (${r.firstError})` : ''}`,
      );
    }
    const fixed = await drive(port, officers, SECONDS, 512, RATE);
    errors += fixed.errors;
    const p = percentiles(fixed.latencies);
    log(
      `  fixed ${RATE}/s: ${(fixed.ok / fixed.seconds).toFixed(0)} punches/s, p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, errors ${fixed.errors}`,
    );
    await app.close();
    await database.db.update(organisations).set({ active: false }).where(eq(organisations.id, orgId));
    const round = (x: number) => Math.round(x * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({
        db: database.driver,
        throughput: Math.round(best),
        p50: round(p.p50),
        p95: round(p.p95),
        p99: round(p.p99),
        ceiling: Math.round(ceiling),
        ratio: round(best / ceiling),
        errors,
      })}\n`,
    );
  } finally {
    await bench.close();
  }
}

/** One transaction per punch (role, organisation, punch row, audit row, commit), as many at once as the pool holds. */
async function measureCeiling(database: Database, orgId: string, officers: BenchOfficer[]): Promise<number> {
  const parallel = database.driver === 'postgres' ? loadConfig().poolMax : 1;
  let done = 0;
  let i = 0;
  const end = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < end) {
        const officer = officers[i++ % officers.length]!;
        await database.forTenant(orgId, async (tx) => {
          const [punch] = await insertPunches(tx, [
            {
              orgId,
              userId: officer.id,
              at: new Date(),
              source: 'web',
              idempotencyKey: randomUUID(),
              deviceTime: new Date(),
              lat: BENCH_SITE.lat,
              lng: BENCH_SITE.lng,
              accuracy: 12,
              place: 'SITE',
              flags: [],
              ip: '127.0.0.1',
              userAgent: 'bench',
            },
          ]);
          if (punch) await insertPunchAudits(tx, [{ orgId, actorId: officer.id, punch, ip: '127.0.0.1', action: 'punch.created' }]);
        });
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

function drive(port: number, officers: BenchOfficer[], seconds: number, concurrency: number, rate?: number): Promise<LoadResult> {
  const job: LoadJob = { port, officers: officers.map((o) => ({ cookie: o.cookie, csrf: o.csrf })), seconds, concurrency, rate, location: BENCH_SITE };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: job });
    worker.once('message', (r: LoadResult) => resolve(r));
    worker.once('error', reject);
  });
}

function percentiles(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
