import type { DayRecord, IssueCode } from '../day/types';

/** Attendance cards (SPA Bil. 11/1981 with SPA Bil. 1/2004), from best to worst. */
export const CARD_LEVELS = ['KUNING', 'HIJAU', 'MERAH'] as const;
export type Card = (typeof CARD_LEVELS)[number];

export type CardThresholds = { upAt: number; downAt: number };
export const DEFAULT_THRESHOLDS: CardThresholds = { upAt: 3, downAt: 0 };

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

const OFFENCES: IssueCode[] = ['LEWAT', 'BALIK_AWAL', 'TIADA_DAFTAR_MASUK', 'TIADA_DAFTAR_KELUAR'];

/**
 * R25: working days with an offence whose justification was not finally accepted.
 * `accepted(date, code)` says whether that issue's justification is DITERIMA.
 */
export function countOffenceDays(days: readonly Pick<DayRecord, 'date' | 'dayType' | 'issues'>[], accepted: (date: string, code: IssueCode) => boolean = () => false): number {
  return days.filter((d) => d.dayType === 'WORKING' && d.issues.some((i) => OFFENCES.includes(i.code) && !accepted(d.date, i.code))).length;
}
