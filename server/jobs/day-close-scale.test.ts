import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import type { Database } from '../db/client';
import { makeOfficers, makeOrg, makePunches } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import { countCards } from './cards';
import { closeDay } from './day-close';
import { sendReminders } from './reminders';

/*
 * The jobs at scale without timing them: an agency's first day (thousands of officers
 * absent) must not meet PostgreSQL's 65,535-parameter limit nor send one statement per
 * officer. So the statements the jobs send for 3,000 officers are the statements they send
 * for 2: the same SQL texts (arrays as parameters, not values lists or IN lists) and, for
 * the close in one chunk, the same sequence.
 */

const DATE = '2026-11-03'; // a Tuesday, a working day in Selangor
const NEXT = '2026-11-04';
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const sent: { query: string; params: number }[] = [];
let database: Database;
type Org = { id: string; timeZone: string; state: string; settings: unknown; onboardedOn: string };
let small: Org;
let large: Org;

/** An organisation with `n` officers: one in six on time, one in six late, the rest absent (as on an agency's first day). */
async function agency(n: number): Promise<Org> {
  const o = await makeOrg(database.db);
  const ids = await makeOfficers(database.db, o.id, n);
  await makePunches(
    database.db,
    o.id,
    ids.flatMap((userId, i) =>
      i % 3 !== 0
        ? []
        : [
            { userId, at: at(DATE, i % 6 === 0 ? '08:00' : '09:30') },
            { userId, at: at(DATE, '18:00') },
          ],
    ),
  );
  return { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS, onboardedOn: o.onboardedOn };
}

/** The statements `run` sends: their SQL text, and the most parameters any one had. */
async function statementsOf(run: () => Promise<unknown>) {
  sent.length = 0;
  await run();
  return { texts: sent.map((s) => s.query), maxParams: Math.max(...sent.map((s) => s.params)) };
}

beforeAll(async () => {
  database = await openTestDatabase({ logger: { logQuery: (query, params) => void sent.push({ query, params: params.length }) } });
  small = await agency(2);
  large = await agency(3000);
}, 120_000);
afterAll(async () => database.close());

describe("the jobs' statements do not grow with the number of officers", () => {
  it("closes 3,000 officers' day (2,000 absent) with the same statements as 2 officers' day", async () => {
    const two = await statementsOf(() => closeDay(database, small, DATE, undefined, { chunkSize: 5000 }));
    const many = await statementsOf(async () =>
      expect(await closeDay(database, large, DATE, undefined, { chunkSize: 5000 })).toMatchObject({ officers: 3000 }),
    );
    expect(many.texts).toEqual(two.texts);
    expect(many.maxParams).toBe(two.maxParams);
  }, 60_000);

  it('reminds 3,000 officers not checked in with the same statements as 2 (twice the reads at most: one round per chunk)', async () => {
    const nine = at(NEXT, '09:00');
    const two = await statementsOf(() => sendReminders(database, small, nine));
    const many = await statementsOf(async () => expect(await sendReminders(database, large, nine)).toMatchObject({ clockIn: 3000 }));
    expect(new Set(many.texts)).toEqual(new Set(two.texts));
    expect(many.texts.length).toBeLessThanOrEqual(2 * two.texts.length);
    expect(many.maxParams).toBe(two.maxParams);
  }, 60_000);

  it("counts 3,000 officers' cards with the same statements as 2 (twice at most: one round per chunk)", async () => {
    const two = await statementsOf(() => countCards(database, small, '2026-11'));
    const many = await statementsOf(async () => expect(await countCards(database, large, '2026-11')).toMatchObject({ officers: 3000 }));
    expect(new Set(many.texts)).toEqual(new Set(two.texts));
    expect(many.texts.length).toBeLessThanOrEqual(2 * two.texts.length);
    expect(many.maxParams).toBe(two.maxParams);
  }, 60_000);
});
