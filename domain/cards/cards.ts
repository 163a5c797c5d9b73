import type { DayRecord, IssueCode } from '../day/types';
import { DEFAULT_ORG_SETTINGS, type OrgSettings } from '../org/settings';

/** Attendance cards (SPA Bil. 11/1981 with SPA Bil. 1/2004), from best to worst. */
export const CARD_LEVELS = ['KUNING', 'HIJAU', 'MERAH'] as const;
export type Card = (typeof CARD_LEVELS)[number];

export type CardThresholds = { upAt: number; downAt: number };

/**
 * R26's thresholds as the organisation set them (`cardUpAtDays`, `cardDownAtDays`). A
 * "down" threshold not below the "up" one is read as one below it, so a month never
 * both moves the card up and down.
 */
export function cardThresholds(settings: Pick<OrgSettings, 'cardUpAtDays' | 'cardDownAtDays'>): CardThresholds {
  return { upAt: settings.cardUpAtDays, downAt: Math.min(settings.cardDownAtDays, settings.cardUpAtDays - 1) };
}

/** R26 as written: ≥ 3 offence days up, 0 down (the settings' defaults). */
export const DEFAULT_THRESHOLDS: CardThresholds = cardThresholds(DEFAULT_ORG_SETTINGS);

/**
 * R26: ≥ `upAt` offence days moves the card one level up (KUNING → HIJAU → MERAH; MERAH
 * stays); ≤ `downAt` moves it one level down; anything between leaves it.
 */
export function nextCard(current: Card, offenceDays: number, t: CardThresholds = DEFAULT_THRESHOLDS): Card {
  const i = CARD_LEVELS.indexOf(current);
  if (offenceDays >= t.upAt) return CARD_LEVELS[Math.min(i + 1, CARD_LEVELS.length - 1)]!;
  if (offenceDays <= t.downAt) return CARD_LEVELS[Math.max(i - 1, 0)]!;
  return current;
}

/** R24–R26 over months in order: the card in force after each month is counted. */
export function cardHistory(start: Card, months: readonly { month: string; offenceDays: number }[], t: CardThresholds = DEFAULT_THRESHOLDS) {
  let card = start;
  return months.map((m) => {
    const from = card;
    card = nextCard(card, m.offenceDays, t);
    return { month: m.month, offenceDays: m.offenceDays, from, card };
  });
}

/** R25: the issues that make a working day an offence day. */
export const OFFENCE_CODES: readonly IssueCode[] = ['LEWAT', 'BALIK_AWAL', 'TIADA_DAFTAR_MASUK', 'TIADA_DAFTAR_KELUAR'];

type CountedDay = Pick<DayRecord, 'date' | 'dayType'> & { issues: readonly { code: IssueCode }[] };

/**
 * R25: the offence days, in date order: working days with an offence whose justification
 * was not finally accepted. `accepted(date, code)` says whether that issue's justification is DITERIMA.
 */
export function offenceDates(days: readonly CountedDay[], accepted: (date: string, code: IssueCode) => boolean = () => false): string[] {
  return days
    .filter((d) => d.dayType === 'WORKING' && d.issues.some((i) => OFFENCE_CODES.includes(i.code) && !accepted(d.date, i.code)))
    .map((d) => d.date)
    .sort();
}

/** R25: how many offence days (`offenceDates`) there are. */
export function countOffenceDays(days: readonly CountedDay[], accepted: (date: string, code: IssueCode) => boolean = () => false): number {
  return offenceDates(days, accepted).length;
}
