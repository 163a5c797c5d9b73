import { Temporal } from 'temporal-polyfill';
import { CARD_LEVELS, type Card } from './cards';

/** One stored month of an officer's card history (the monthly card job's row). */
export type CardMonth = { month: string; fromCard: Card; card: Card; offenceDays: number; offenceDates: string[] };

export type CardInForce = {
  card: Card;
  /** The counted month that set the card to its colour (the oldest of the run of that colour); null before any count (R24). */
  setByMonth: string | null;
  /** The first month the card has been in force: the month after `setByMonth` (a month is counted on the 1st of the next). */
  since: string | null;
  /** The card before that colour; null when the officer has held it since the first count. */
  previousCard: Card | null;
  /** The newest counted month, the one whose offence days keep the card in force now. */
  lastCountedMonth: string | null;
  offenceDays: number;
  offenceDates: string[];
  /** The newest counted months first, at most `historyMonths`. */
  history: CardMonth[];
};

export function isCard(v: string): v is Card {
  return (CARD_LEVELS as readonly string[]).includes(v);
}

/**
 * The card in force from an officer's stored history (any order): the newest counted
 * month's card, KUNING before any (R24); when that colour was set, what it replaced,
 * and the offence days of the newest count behind it (R25–R27).
 */
export function cardInForce(rows: readonly CardMonth[], historyMonths = 6): CardInForce {
  const newest = [...rows].sort((a, b) => b.month.localeCompare(a.month));
  const last = newest[0];
  if (!last)
    return { card: 'KUNING', setByMonth: null, since: null, previousCard: null, lastCountedMonth: null, offenceDays: 0, offenceDates: [], history: [] };
  let setBy = last;
  for (const row of newest) {
    if (row.card !== last.card) break;
    setBy = row;
    if (row.fromCard !== row.card) break;
  }
  return {
    card: last.card,
    setByMonth: setBy.month,
    since: Temporal.PlainYearMonth.from(setBy.month).add({ months: 1 }).toString(),
    previousCard: setBy.fromCard !== setBy.card ? setBy.fromCard : null,
    lastCountedMonth: last.month,
    offenceDays: last.offenceDays,
    offenceDates: [...last.offenceDates].sort(),
    history: newest.slice(0, historyMonths),
  };
}

/** How serious a card is: KUNING 0, HIJAU 1, MERAH 2 (a team's cards are read worst first). */
export function cardSeverity(card: Card): number {
  return CARD_LEVELS.indexOf(card);
}
