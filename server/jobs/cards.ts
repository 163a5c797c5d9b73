import { Temporal } from 'temporal-polyfill';
import { localOf } from '../../domain/day/local-time';
import type { Database } from '../db/client';
import { closedDates, countCardsOfMonth, lastCardRun, recordCardRun, thresholdsOf, tryCardLock } from '../features/cards/service';
import { officersAfter } from '../features/attendance';

type Org = { id: string; timeZone: string; onboardedOn: string };
/** Officers counted per round of statements. */
const CARD_CHUNK = 2000;

/**
 * R24–R26 for one organisation and month: each active officer's offence days move the card
 * from the one held before the month, with the organisation's thresholds (the cards
 * feature's count, a chunk of officers at a time). Idempotent: counting a month again gives
 * the same rows. A month counted before is kept up to date by the recount of late changes.
 */
export async function countCards(database: Database, org: Org, month: string): Promise<{ orgId: string; month: string; officers: number; changed: number }> {
  return database.forTenant(org.id, async (tx) => {
    if (!(await tryCardLock(tx, org.id, month))) return { orgId: org.id, month, officers: 0, changed: 0 };
    const thresholds = await thresholdsOf(tx, org.id);
    let officers = 0;
    let changed = 0;
    // Officers in id order, CARD_CHUNK at a time: a fixed number of statements per chunk, ids and rows as arrays.
    for (let after: string | null = null; ;) {
      const chunk = await officersAfter(tx, org.id, after, CARD_CHUNK);
      if (chunk.length === 0) break;
      changed += await countCardsOfMonth(
        tx,
        org.id,
        month,
        chunk.map((o) => o.id),
        thresholds,
      );
      officers += chunk.length;
      if (chunk.length < CARD_CHUNK) break;
      after = chunk[chunk.length - 1]!.id;
    }
    await recordCardRun(tx, org.id, month, officers);
    return { orgId: org.id, month, officers, changed };
  });
}

/**
 * Months whose cards are due: complete months (the 1st has come, R25) since the
 * organisation's first month, at most the last 12, after the last counted one, and
 * whose days are all closed from the organisation's first day.
 */
export async function dueCardMonths(database: Database, orgs: Org[], now = new Date()): Promise<{ org: Org; month: string }[]> {
  const due: { org: Org; month: string }[] = [];
  for (const org of orgs) {
    const thisMonth = Temporal.PlainYearMonth.from(localOf(now.toISOString(), org.timeZone).date.slice(0, 7));
    const last = await database.forTenant(org.id, (tx) => lastCardRun(tx, org.id));
    let m = last ? Temporal.PlainYearMonth.from(last).add({ months: 1 }) : Temporal.PlainYearMonth.from(org.onboardedOn.slice(0, 7));
    const floor = thisMonth.subtract({ months: 12 });
    if (Temporal.PlainYearMonth.compare(m, floor) < 0) m = floor;
    for (; Temporal.PlainYearMonth.compare(m, thisMonth) < 0; m = m.add({ months: 1 })) {
      const first = m.toPlainDate({ day: 1 }).toString();
      const start = first < org.onboardedOn ? org.onboardedOn : first;
      const end = m.toPlainDate({ day: m.daysInMonth }).toString();
      const closed = await database.forTenant(org.id, (tx) => closedDates(tx, org.id, start, end));
      const days = Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(end)).days + 1;
      if (closed.size < days) break; // wait for the month's last days to close
      due.push({ org, month: m.toString() });
    }
  }
  return due;
}
