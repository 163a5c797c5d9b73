import { Temporal } from 'temporal-polyfill';
import { cardHistory, cardThresholds, offenceDates, type Card, type CardThresholds } from '../../../domain/cards/cards';
import { isCard } from '../../../domain/cards/in-force';
import type { DayRecord, IssueCode } from '../../../domain/day';
import { parseOrgSettings } from '../../../domain/org/settings';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit';
import { notify, type Notice } from '../notifications';
import {
  acceptedIssues,
  cardMonthsFrom,
  cardsBefore,
  lastCardRun,
  lockCardMonths,
  monthRecords,
  officersToTell,
  orgSettingsOf,
  saveCards,
  saveRecount,
  type CardRow,
} from './repo';

/* The card ledger the monthly job keeps (which months were counted, its lock) and the history the attendance pages read. */
export { cardHistoryOf, closedDates, lastCardRun, recordCardRun, tryCardLock } from './repo';

/** A month's card of one officer as counted: from the card held before, the offence days behind it. */
export type CountedCard = { userId: string; fromCard: Card; card: Card; offenceDays: number; offenceDates: string[] };
/** A card that changed, to be told (R27): `month` is the counted month behind the change. */
type CardChange = { userId: string; fromCard: Card; card: Card; offenceDays: number; month: string };

const asCard = (v: string | undefined): Card => (v && isCard(v) ? v : 'KUNING');
const lastDay = (month: string) => {
  const ym = Temporal.PlainYearMonth.from(month);
  return ym.toPlainDate({ day: ym.daysInMonth }).toString();
};

/** R26's thresholds of the organisation (its settings, the defaults for what it has not set). */
export async function thresholdsOf(db: Db, orgId: string): Promise<CardThresholds> {
  return cardThresholds(parseOrgSettings(await orgSettingsOf(db, orgId)));
}

/**
 * R25 for the given officers from `from` to `to`: each one's offence days (the domain's
 * rule over their closed days and the issues whose justification was accepted), two
 * statements whatever their number.
 */
async function offenceDatesOf(db: Db, orgId: string, userIds: string[], from: string, to: string): Promise<Map<string, string[]>> {
  const days = new Map<string, { date: string; dayType: DayRecord['dayType']; issues: { code: IssueCode }[] }[]>();
  for (const r of await monthRecords(db, orgId, userIds, from, to)) {
    const day = { date: r.date, dayType: r.dayType as DayRecord['dayType'], issues: Array.isArray(r.issues) ? (r.issues as { code: IssueCode }[]) : [] };
    const list = days.get(r.userId);
    if (list) list.push(day);
    else days.set(r.userId, [day]);
  }
  const accepted = await acceptedIssues(db, orgId, userIds, from, to);
  return new Map(userIds.map((id) => [id, offenceDates(days.get(id) ?? [], (date, code) => accepted.has(`${id}/${date}/${code}`))]));
}

/**
 * R24–R26 for one month and the given officers: each one's offence days move the card
 * held before the month; the rows are written (or rewritten: counting again gives the
 * same) in one statement, and each changed card is told (R27). Returns how many changed.
 */
export async function countCardsOfMonth(db: Db, orgId: string, month: string, userIds: string[], thresholds: CardThresholds): Promise<number> {
  if (userIds.length === 0) return 0;
  const offences = await offenceDatesOf(db, orgId, userIds, `${month}-01`, lastDay(month));
  const before = await cardsBefore(db, orgId, userIds, month);
  const rows: CountedCard[] = userIds.map((userId) => {
    const dates = offences.get(userId) ?? [];
    const [counted] = cardHistory(asCard(before.get(userId)), [{ month, offenceDays: dates.length }], thresholds);
    return { userId, fromCard: counted!.from, card: counted!.card, offenceDays: dates.length, offenceDates: dates };
  });
  await saveCards(db, orgId, month, rows);
  const moved = rows.filter((r) => r.card !== r.fromCard);
  await notifyCardChanges(
    db,
    orgId,
    moved.map((m) => ({ ...m, month })),
    thresholds,
    true,
  );
  return moved.length;
}

/**
 * A decision or correction that changes a day after its month was counted (a justification
 * accepted or rejected, a missing punch added, a status approved late): the officer's card
 * is counted again from that month on, each month from the card the one before now gives
 * (cards chain, R26), with the organisation's thresholds. Months whose count changed are
 * rewritten and kept in the audit log as one row (who, when, each month before and after:
 * R27's history of the change); when the card in force changes colour, the officer and
 * their supervisor are told, with the same notice as the monthly count. Nothing happens
 * when the month was never counted for the officer (its count will see the change). It
 * waits for the card job's locks of the months it may touch, so a count under way finishes
 * first (and is then counted again here) or skips until this change is committed.
 */
export async function recountCardsFrom(
  db: Db,
  orgId: string,
  userId: string,
  date: string | null,
  actorId: string | null = null,
): Promise<{ changed: string[] }> {
  if (!date) return { changed: [] };
  const month = date.slice(0, 7);
  const last = await lastCardRun(db, orgId);
  if (!last || last < month) return { changed: [] };
  // The months from this one to the one the card job may be counting now: it finishes first, or waits for this change.
  await lockCardMonths(db, orgId, monthsBetween(month, Temporal.PlainYearMonth.from(last).add({ months: 1 }).toString()));
  const stored = await cardMonthsFrom(db, orgId, userId, month);
  const newest = stored.at(-1);
  if (stored[0]?.month !== month || !newest) return { changed: [] };
  const thresholds = await thresholdsOf(db, orgId);
  const start = asCard((await cardsBefore(db, orgId, [userId], month)).get(userId));
  const dates = (await offenceDatesOf(db, orgId, [userId], `${month}-01`, lastDay(newest.month))).get(userId) ?? [];
  const counted = cardHistory(
    start,
    stored.map((m) => ({ month: m.month, offenceDays: dates.filter((d) => d.startsWith(`${m.month}-`)).length })),
    thresholds,
  ).map((c) => ({
    month: c.month,
    fromCard: c.from,
    card: c.card,
    offenceDays: c.offenceDays,
    offenceDates: dates.filter((d) => d.startsWith(`${c.month}-`)),
  }));
  const changed = counted.filter((c, i) => !sameCount(c, stored[i]!));
  if (changed.length === 0) return { changed: [] };
  await saveRecount(db, orgId, userId, changed);
  const shown = (r: Pick<CardRow, 'fromCard' | 'card' | 'offenceDays' | 'offenceDates'>) => ({
    fromCard: r.fromCard,
    card: r.card,
    offenceDays: r.offenceDays,
    offenceDates: r.offenceDates,
  });
  await recordAudit(db, {
    orgId,
    actorId,
    action: 'card.recounted',
    entityType: 'attendance_card',
    entityId: userId,
    before: Object.fromEntries(changed.map((c) => [c.month, shown(stored.find((s) => s.month === c.month)!)])),
    after: { date, ...Object.fromEntries(changed.map((c) => [c.month, shown(c)])) },
  });
  const now = counted.at(-1)!;
  if (now.card !== newest.card) {
    await notifyCardChanges(
      db,
      orgId,
      [{ userId, fromCard: asCard(newest.card), card: now.card, offenceDays: counted[0]!.offenceDays, month }],
      thresholds,
      false,
    );
  }
  return { changed: changed.map((c) => c.month) };
}

/** `from` to `to` (YYYY-MM), both included, in order. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = Temporal.PlainYearMonth.from(from); Temporal.PlainYearMonth.compare(m, Temporal.PlainYearMonth.from(to)) <= 0; m = m.add({ months: 1 }))
    out.push(m.toString());
  return out;
}

function sameCount(a: { fromCard: string; card: string; offenceDays: number; offenceDates: string[] }, b: CardRow): boolean {
  return a.fromCard === b.fromCard && a.card === b.card && a.offenceDays === b.offenceDays && JSON.stringify(a.offenceDates) === JSON.stringify(b.offenceDates);
}

/**
 * R27: a changed card is told to the officer and to their supervisor, with the thresholds
 * behind it (the notice says what moves the card). The monthly count
 * tells each month once (`once`: a dedupe key per month); a recount tells each change it makes.
 */
async function notifyCardChanges(db: Db, orgId: string, moved: CardChange[], t: CardThresholds, once: boolean): Promise<void> {
  if (moved.length === 0) return;
  const people = new Map(
    (
      await officersToTell(
        db,
        orgId,
        moved.map((m) => m.userId),
      )
    ).map((p) => [p.id, p]),
  );
  const notices: Notice[] = [];
  for (const m of moved) {
    const params = { fromCard: m.fromCard, card: m.card, offenceDays: m.offenceDays, month: m.month, upAt: t.upAt, downAt: t.downAt };
    notices.push({ userId: m.userId, kind: 'CARD_CHANGED', params, ...(once ? { dedupeKey: `card:${m.month}` } : {}) });
    const who = people.get(m.userId);
    if (who?.supervisorId) {
      notices.push({
        userId: who.supervisorId,
        kind: 'TEAM_CARD_CHANGED',
        params: { ...params, officer: who.fullName },
        link: `/team/${m.userId}`,
        ...(once ? { dedupeKey: `card:${m.month}:${m.userId}` } : {}),
      });
    }
  }
  await notify(db, orgId, notices);
}
