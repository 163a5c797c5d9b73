import { z } from 'zod';

/**
 * The dates the API accepts: years 2000 to 2099. Wider than any attendance record, and
 * narrow enough that no date arithmetic, time-zone shift or ISO formatting leaves the range
 * PostgreSQL and JavaScript both understand (year 0001 shifted to UTC is year 0; 9999 plus a
 * week is +010000): such dates answered 500.
 */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2099-12-31';
const INSTANT_MIN = Date.parse(`${DATE_MIN}T00:00:00Z`);
const INSTANT_END = Date.parse('2100-01-01T00:00:00Z');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Within [min, end) — or not an instant at all, which the format check already reports once. */
const between = (min: number, end: number) => (s: string) => {
  const t = Date.parse(s);
  return Number.isNaN(t) || (t >= min && t < end);
};

/** A calendar date, checked as a real one and within the accepted years. */
export const isoDate = z
  .string()
  .regex(DATE, 'date.invalid')
  .superRefine((s, ctx) => {
    if (!DATE.test(s)) return; // reported by the pattern
    const real = !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
    if (!real) ctx.addIssue({ code: 'custom', message: 'date.invalid' });
    else if (s < DATE_MIN || s > DATE_MAX) ctx.addIssue({ code: 'custom', message: 'date.outOfRange' });
  });

export const isoMonth = z
  .string()
  .regex(MONTH, 'month.invalid')
  .refine((s) => !MONTH.test(s) || (s >= DATE_MIN.slice(0, 7) && s <= DATE_MAX.slice(0, 7)), 'date.outOfRange');

/** An instant with its offset (`2026-03-02T08:00:00+08:00`), within the accepted years (in UTC). */
export const isoInstant = z.iso.datetime({ offset: true }).refine(between(INSTANT_MIN, INSTANT_END), 'date.outOfRange');

const STORABLE_MIN = Date.parse('0001-01-01T00:00:00Z');
const STORABLE_END = Date.parse('+010000-01-01T00:00:00Z');

/**
 * An instant read from someone else's clock (a device's may be years off, and is only kept
 * for the record): any year 0001 to 9999 in UTC, the instants PostgreSQL and ISO formatting
 * share. Outside that, the whole group-committed batch of punches it rode in failed.
 */
export const deviceInstant = z.iso.datetime({ offset: true }).refine(between(STORABLE_MIN, STORABLE_END), 'instant.outOfRange');
