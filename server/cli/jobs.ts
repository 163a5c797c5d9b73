import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { openConfiguredDatabase } from '../db/open-from-config';
import { configureOutbound } from '../features/notifications/notify';
import { countCards, dueCardMonths } from '../jobs/cards';
import { closeDay, dueCloses } from '../jobs/day-close';
import { organisationsToClose } from '../jobs/day-close-repo';
import { runCli } from './run-cli';

const USAGE = `Usage:
  npm run jobs -- close-day --date YYYY-MM-DD [--org CODE]
  npm run jobs -- catch-up
  npm run jobs -- cards --month YYYY-MM [--org CODE]

close-day  closes one work date (every active officer's day is evaluated and stored with
           its issues) for every active organisation, or the one with --org; running it
           again rewrites the same records.
catch-up   closes every date that is over and not yet closed, then counts the cards of
           every month whose days are all closed (what the server does at start and every minute).
cards      counts the attendance cards of a month (R24–R26) from its closed days; running it
           again gives the same cards.

Works on the configured database (DATABASE_URL, or the embedded database in DATA_DIR).
A running server already closes days by itself; the embedded database can be opened by one
process only, so with a server running on it, stop the server first (or use PostgreSQL).
Notifications these jobs write (new issues, card changes) are sent by a server's delivery worker.`;

const monthArg = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '--month must be YYYY-MM');
const dateArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '--date must be YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), '--date is not a real date');

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { date: { type: 'string' }, month: { type: 'string' }, org: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || (command !== 'close-day' && command !== 'catch-up' && command !== 'cards')) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const date = command === 'close-day' ? dateArg.safeParse(values.date) : null;
  const month = command === 'cards' ? monthArg.safeParse(values.month) : null;
  const bad =
    (date && !date.success ? (date.error.issues[0]?.message ?? '--date is required') : null) ??
    (month && !month.success ? (month.error.issues[0]?.message ?? '--month is required') : null);
  if (bad) {
    process.stderr.write(`${bad}\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  configureOutbound({ email: Boolean(config.smtpUrl) });
  try {
    await database.migrate();
    const code = values.org?.toUpperCase();
    const orgs = (await organisationsToClose(database.db)).filter((o) => !code || o.code === code);
    if (code && orgs.length === 0) {
      process.stderr.write(`No active organisation has the code ${code}.\n`);
      return 1;
    }
    if (month?.success) {
      for (const o of orgs) {
        const r = await countCards(database, { id: o.id, timeZone: o.time_zone, onboardedOn: o.onboarded_on }, month.data);
        process.stdout.write(`${o.code} ${month.data}: cards counted for ${r.officers} officers, ${r.changed} changed\n`);
      }
      return 0;
    }
    const work = date?.success
      ? orgs.map((o) => ({ org: { id: o.id, timeZone: o.time_zone, state: o.state, settings: o.settings }, date: date.data, code: o.code }))
      : (await dueCloses(database.db)).map((d) => ({ ...d, code: orgs.find((o) => o.id === d.org.id)?.code ?? d.org.id }));
    if (work.length === 0) process.stdout.write('Nothing to close.\n');
    for (const w of work) {
      const r = await closeDay(database, w.org, w.date, new Date(), { again: Boolean(date?.success) });
      const what =
        'officers' in r
          ? `${r.officers} officers' days closed`
          : r.skipped === 'OPEN'
            ? 'not over yet: nothing closed'
            : r.skipped === 'CLOSED'
              ? 'already closed'
              : 'being closed by another process: skipped';
      process.stdout.write(`${w.code} ${w.date}: ${what}\n`);
    }
    if (command === 'catch-up') {
      const all = orgs.map((o) => ({ id: o.id, timeZone: o.time_zone, onboardedOn: o.onboarded_on }));
      for (const { org, month: m } of await dueCardMonths(database, all)) {
        const r = await countCards(database, org, m);
        process.stdout.write(`${orgs.find((o) => o.id === org.id)?.code ?? org.id} ${m}: cards counted for ${r.officers} officers, ${r.changed} changed\n`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main, (err) =>
  err instanceof DataDirLockedError
    ? `The embedded database in ${err.dir} is in use by a running server (process ${err.pid}). ` +
      'That server closes days by itself at start and every minute (JOBS_INTERVAL_SECONDS). ' +
      'To run this job by hand, stop the server first, then run the command again; or use PostgreSQL (DATABASE_URL).'
    : null,
);
