import { and, count, eq, sql } from 'drizzle-orm';
import { dayKind } from '../domain/calendar/calendar';
import { addDays, localOf } from '../domain/day/local-time';
import { DEFAULT_ORG_SETTINGS } from '../domain/org/settings';
import { loadConfig } from '../server/config';
import { openBenchDatabase } from './bench-database';
import { dayRecords, notifications, organisations } from '../server/db/schema';
import { defaultCalendar } from '../domain/calendar/holiday-data';
import { closeDay } from '../server/jobs/day-close';
import { createBenchDay } from './day-close-data';
import { createBenchAgency, insertBenchOfficers } from './officers';

/**
 * `npm run bench:day-close`: the day close at scale. Creates BENCH_OFFICERS officers
 * (20,000) in BENCH_UNITS units (20) of a throwaway agency on the configured database
 * (PostgreSQL when DATABASE_URL is set, else the embedded PGlite in a temporary directory),
 * with one working day of punches, approved leave and movements (bench/day-close-data.ts),
 * closes that day with the job's own code (`closeDay`, chunks of CLOSE_CHUNK officers or
 * BENCH_CHUNK), and prints one JSON line: db, officers, seconds, officerDaysPerSecond,
 * notices, peakRssMB (the process's resident memory at its highest during the close).
 * BENCH_FIRST_DAY=1: an agency's first day instead, no punches at all (every officer absent, every one told).
 */
const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 20_000);
const UNITS = Number(process.env.BENCH_UNITS ?? 20);
const CHUNK = process.env.BENCH_CHUNK ? Number(process.env.BENCH_CHUNK) : undefined;
const FIRST_DAY = process.env.BENCH_FIRST_DAY === '1';
const log = (msg: string) => process.stderr.write(`${msg}\n`);

/** The last working day in Putrajaya before today (the bench closes a day that is over). */
function lastWorkingDay(now: Date): string {
  let date = addDays(localOf(now.toISOString(), 'Asia/Kuala_Lumpur').date, -1);
  const calendar = defaultCalendar();
  while (dayKind(calendar, 'MY-16', date).type !== 'WORKING') date = addDays(date, -1);
  return date;
}

async function main() {
  const config = loadConfig();
  const bench = await openBenchDatabase(config);
  const { database } = bench;
  try {
    const date = lastWorkingDay(new Date());
    log(`database: ${database.driver}; creating ${OFFICERS} officers in ${UNITS} units and their day of ${date}…`);
    const agency = await createBenchAgency(database.db, UNITS);
    const officers = await insertBenchOfficers(database.db, agency, OFFICERS, { sessions: false });
    if (!FIRST_DAY) log(`  ${JSON.stringify(await createBenchDay(database.db, agency.orgId, officers, date))}`);
    await database.db.execute(sql`ANALYZE`); // as autovacuum would have by the evening
    const org = { id: agency.orgId, timeZone: 'Asia/Kuala_Lumpur', state: 'MY-16', settings: DEFAULT_ORG_SETTINGS };

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const cpu = process.cpuUsage();
    const start = performance.now();
    let last = start;
    const result = await closeDay(database, org, date, new Date(), {
      chunkSize: CHUNK,
      onChunk: ({ index, officerIds }) => {
        const t = performance.now();
        log(`  chunk ${index}: ${officerIds.length} officers in ${((t - last) / 1000).toFixed(2)} s`);
        last = t;
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    log(`  closed in ${seconds.toFixed(2)} s using ${((used.user + used.system) / 1e6).toFixed(2)} s of this process's CPU`);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (!('officers' in result)) throw new Error(`the close was skipped: ${result.skipped}`);

    const [records] = await database.db
      .select({ n: count() })
      .from(dayRecords)
      .where(and(eq(dayRecords.orgId, org.id), eq(dayRecords.date, date)));
    const [notices] = await database.db.select({ n: count() }).from(notifications).where(eq(notifications.orgId, org.id));
    if (Number(records?.n) !== OFFICERS || result.officers !== OFFICERS)
      throw new Error(`expected ${OFFICERS} day records, found ${records?.n} (close said ${result.officers})`);
    await database.db.update(organisations).set({ active: false }).where(eq(organisations.id, org.id));
    process.stdout.write(
      `${JSON.stringify({
        db: database.driver,
        officers: result.officers,
        seconds: Math.round(seconds * 100) / 100,
        officerDaysPerSecond: Math.round(result.officers / seconds),
        notices: Number(notices?.n ?? 0),
        peakRssMB: Math.round(peakRss / 1_048_576),
      })}\n`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
