import { z } from 'zod';
import type { Schedule } from './types';

/** "HH:MM", 00:00–23:59. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const grace = z.number().int().min(0).max(120).default(0);
/** A shift's pairing margin (R14), minutes before its start or after its end; default 4 h and 6 h. */
const margin = z
  .number()
  .int()
  .min(0)
  .max(12 * 60)
  .optional();

/**
 * A schedule as data (RULES §3), the rules command's `schedule` and the shape schedules
 * are administered in: WBF with grace; FIXED with start, end, rests and grace; SHIFT with
 * start, end, grace and pairing margins. An end at or before the start is the next day (R14, R32).
 */
export const scheduleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('WBF'), graceMinutes: grace }),
  z.object({
    type: z.literal('FIXED'),
    start: clockTime,
    end: clockTime,
    rests: z.array(z.object({ from: clockTime, to: clockTime })).default([]),
    graceMinutes: grace,
  }),
  z.object({ type: z.literal('SHIFT'), start: clockTime, end: clockTime, graceMinutes: grace, marginBeforeMinutes: margin, marginAfterMinutes: margin }),
]) satisfies z.ZodType<Schedule>;
