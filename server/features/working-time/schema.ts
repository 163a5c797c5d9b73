import { z } from 'zod';
import { PLAN_SOURCES } from '../../../domain/schedule/plan';
import { isoDate, isoMonth } from '../../http/date-fields';

/* The working-time API's shapes (bodies are domain/schedule/admin-schema.ts, shared with the app). */

const rest = z.object({ from: z.string(), to: z.string() });

export const scheduleView = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(['WBF', 'FIXED', 'SHIFT']),
  start: z.string().nullable(),
  end: z.string().nullable(),
  rests: z.array(rest),
  graceMinutes: z.number(),
  /** SHIFT only: minutes before the start and after the end that a punch may pair with the shift (null: 4 h and 6 h, R14). */
  marginBeforeMinutes: z.number().nullable(),
  marginAfterMinutes: z.number().nullable(),
  active: z.boolean(),
});
export type ScheduleView = z.infer<typeof scheduleView>;

export const patternView = z.object({
  id: z.uuid(),
  name: z.string(),
  anchor: z.string(),
  /** The cycle: day 0 falls on the anchor date; each day a schedule id, or null (off). */
  days: z.array(z.uuid().nullable()),
  active: z.boolean(),
});
export type PatternView = z.infer<typeof patternView>;

export const assignmentView = z.object({
  id: z.uuid(),
  scheduleId: z.uuid().nullable(),
  patternId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  /** ORGANISATION: the default; UNIT: the unit and its sub-tree; USER: one officer. */
  level: z.enum(['ORGANISATION', 'UNIT', 'USER']),
  from: z.string(),
  to: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const assignmentQuery = z
  .object({
    userId: z.uuid().optional(),
    unitId: z.uuid().optional(),
    level: z.enum(['ORGANISATION', 'UNIT', 'USER']).optional(),
  })
  .strict();

export const rosterParams = z.object({ userId: z.uuid(), date: isoDate });

export const rosterCellView = z.object({ userId: z.uuid(), date: z.string(), scheduleId: z.uuid().nullable() });

export const rosterQuery = z.object({ unitId: z.uuid(), month: isoMonth }).strict();

/** A cell of the grid: the schedule of that officer's date and where it comes from (SETTINGS: nothing assigned, the organisation's WBF). */
export const rosterGridCell = z.object({
  date: z.string(),
  scheduleId: z.uuid().nullable(),
  name: z.string().nullable(),
  type: z.enum(['WBF', 'FIXED', 'SHIFT']),
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** Off that day (a roster cell or a pattern's day off). */
  off: z.boolean(),
  source: z.enum([...PLAN_SOURCES, 'SETTINGS']),
  /** OVERLAP: this date's window starts before the previous date's ends; SHORT_REST: less rest since the previous date's end than the organisation's minimum. */
  conflicts: z.array(z.enum(['OVERLAP', 'SHORT_REST'])),
});

export const rosterGridView = z.object({
  unitId: z.uuid(),
  month: z.string(),
  dates: z.array(z.string()),
  /** Minimum rest between two working dates' planned times, in minutes, the conflicts are read against. */
  minimumRestMinutes: z.number(),
  officers: z.array(z.object({ id: z.uuid(), fullName: z.string(), staffNo: z.string(), cells: z.array(rosterGridCell) })),
});
