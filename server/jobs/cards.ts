import { Temporal } from 'temporal-polyfill';
import { nextCard, type Card } from '../../domain/cards/cards';
import type { IssueCode } from '../../domain/day';
import { localOf } from '../../domain/day/local-time';
import type { Database, Db } from '../db/client';
import { officersAfter } from '../features/attendance';
import { notify, recipients, type Notice } from '../features/notifications';
import { acceptedIssues, cardsBefore, closedDates, lastCardRun, monthRecords, recordCardRun, saveCards, tryCardLock } from './cards-repo';

const OFFENCES = new Set<IssueCode>(['LEWAT', 'BALIK_AWAL', 'TIADA_DAFTAR_MASUK', 'TIADA_DAFTAR_KELUAR']);

type Org = { id: string; timeZone: string; onboardedOn: string };
/** Officers counted per round of statements. */
const CARD_CHUNK = 2000;

/**
 * R24–R26 for one organisation and month: each active officer's offence days (closed
 * working days with LEWAT, BALIK_AWAL, TIADA_DAFTAR_MASUK or TIADA_DAFTAR_KELUAR whose
 * justification was not accepted) move the card
 * from the one held before the month. Idempotent: counting a month again gives the same rows.
 */
export async function countCards(database: Database, org: Org, month: string): Promise<{ orgId: string; month: string; officers: number; changed: number }> {
  const ym = Temporal.PlainYearMonth.from(month);
  const from = ym.toPlainDate({ day: 1 }).toString();
  const to = ym.toPlainDate({ day: ym.daysInMonth }).toString();
  return database.forTenant(org.id, async (tx) => {
    if (!(await tryCardLock(tx, org.id, month))) return { orgId: org.id, month, officers: 0, changed: 0 };
    let officers = 0;
    let changed = 0;
    // Officers in id order, CARD_CHUNK at a time: a fixed number of statements per chunk, ids and rows as arrays.
    for (let after: string | null = null; ;) {
      const chunk = await officersAfter(tx, org.id, after, CARD_CHUNK);
      if (chunk.length === 0) break;
      const ids = chunk.map((o) => o.id);
      const records = new Map<string, { date: string; dayType: string; issues: unknown }[]>();
      for (const r of await monthRecords(tx, org.id, ids, from, to)) {
        const list = records.get(r.userId);
        if (list) list.push(r);
        else records.set(r.userId, [r]);
      }
      const before = await cardsBefore(tx, org.id, ids, month);
      const accepted = await acceptedIssues(tx, org.id, ids, from, to);
      const rows = chunk.map((o) => {
        const offenceDates = (records.get(o.id) ?? [])
          .filter((r) => r.dayType === 'WORKING'
            && (r.issues as { code: IssueCode }[]).some((i) => OFFENCES.has(i.code) && !accepted.has(`${o.id}/${r.date}/${i.code}`)))
          .map((r) => r.date).sort();
        const fromCard = (before.get(o.id) ?? 'KUNING') as Card;
        return { userId: o.id, fromCard, card: nextCard(fromCard, offenceDates.length), offenceDays: offenceDates.length, offenceDates };
      });
      await saveCards(tx, org.id, month, rows);
      const moved = rows.filter((r) => r.card !== r.fromCard);
      changed += moved.length;
      officers += chunk.length;
      await notifyCardChanges(tx, org.id, month, moved);
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

/** R27: a card that changed is told to the officer and to their supervisor, once per month counted. */
async function notifyCardChanges(db: Db, orgId: string, month: string, moved: { userId: string; fromCard: Card; card: Card; offenceDays: number }[]) {
  if (moved.length === 0) return;
  const people = new Map((await recipients(db, orgId, moved.map((m) => m.userId))).map((p) => [p.id, p]));
  const notices: Notice[] = [];
  for (const m of moved) {
    const params = { fromCard: m.fromCard, card: m.card, offenceDays: m.offenceDays, month };
    notices.push({ userId: m.userId, kind: 'CARD_CHANGED', params, dedupeKey: `card:${month}` });
    const who = people.get(m.userId);
    if (who?.supervisor_id) notices.push({ userId: who.supervisor_id, kind: 'TEAM_CARD_CHANGED', params: { ...params, officer: who.full_name }, link: `/team/${m.userId}`, dedupeKey: `card:${month}:${m.userId}` });
  }
  await notify(db, orgId, notices);
}
