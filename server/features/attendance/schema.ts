import { z } from 'zod';
import { isoDate } from '../../http/date-fields';
import { punchView } from '../punches/schema';
import { siteShape } from '../sites/schema';

/** The date fields every feature imports from here; they live in `http/date-fields.ts`. */

export const statusView = z.object({
  id: z.uuid(),
  date: z.string(),
  code: z.string(),
  part: z.string(),
  note: z.string().nullable(),
  state: z.string(),
  decisionNote: z.string().nullable(),
  /** Tugasan Luar (R30): when the duty began ("HH:MM"; null: before 07:30), and whether out of station. */
  dutyStart: z.string().nullable(),
  outOfStation: z.boolean(),
});
export const movementView = z.object({
  id: z.uuid(),
  date: z.string(),
  leaveAt: z.string(),
  expectedReturn: z.string(),
  actualReturn: z.string().nullable(),
  destination: z.string(),
  destLocation: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  purpose: z.string(),
  state: z.string(),
  decisionNote: z.string().nullable(),
});

export const dayView = z.object({
  date: z.string(),
  dayType: z.enum(['WORKING', 'REST', 'HOLIDAY']),
  holiday: z.string().nullable(),
  status: z.string(),
  effectiveStart: z.string().nullable(),
  requiredEnd: z.string().nullable(),
  workedMinutes: z.number(),
  issues: z.array(z.object({ code: z.string(), minutes: z.number().optional(), rule: z.string() })),
  lateMinutes: z.number(),
  earlyMinutes: z.number(),
  workedOnRestDay: z.boolean(),
  checkIn: z.string().nullable(),
  checkOut: z.string().nullable(),
  provisional: z.boolean(),
  /** The schedule the day is judged under: its name (null: the organisation's WBF from settings), type, planned start and end (null for WBF), and where it comes from (R14). */
  schedule: z.object({
    name: z.string().nullable(),
    type: z.enum(['WBF', 'FIXED', 'SHIFT']),
    start: z.string().nullable(),
    end: z.string().nullable(),
    source: z.enum(['ROSTER', 'PERSONAL', 'UNIT', 'DEFAULT', 'SETTINGS']),
  }),
  punches: z.array(punchView),
  statuses: z.array(statusView),
  movements: z.array(movementView),
});

export const todayView = z.object({
  serverTime: z.string(),
  timeZone: z.string(),
  day: dayView,
  next: z.enum(['IN', 'OUT']),
  /** The places the officer may punch at today, so the page can say which one the fix is in before punching. */
  sites: z.array(z.object({ id: z.uuid(), name: z.string(), shape: siteShape })),
});

export const cardView = z.object({
  card: z.enum(['KUNING', 'HIJAU', 'MERAH']),
  months: z.array(z.object({ month: z.string(), offenceDays: z.number(), card: z.enum(['KUNING', 'HIJAU', 'MERAH']) })),
});

export const monthView = z.object({ month: z.string(), today: z.string(), days: z.array(dayView), card: cardView });

export const reportQuery = z.object({ from: isoDate, to: isoDate, format: z.enum(['pdf', 'xlsx', 'csv']) });
