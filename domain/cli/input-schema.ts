import { z } from 'zod';
import { isStateCode } from '../org/states';
import { DAY_STATUS_CODES } from '../day/types';
import { CARD_LEVELS } from '../cards/cards';
import { clockTime, scheduleSchema } from '../schedule/schema';

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** An approved status; a `TUGASAN_LUAR` may say when the duty started and whether it was out of station (R30). */
const status = z
  .object({
    date,
    code: z.enum(DAY_STATUS_CODES),
    part: z.enum(['FULL', 'AM', 'PM']).default('FULL'),
    dutyStart: clockTime.optional(),
    outOfStation: z.boolean().optional(),
  })
  .refine((s) => s.code === 'TUGASAN_LUAR' || s.dutyStart === undefined, { message: 'only on TUGASAN_LUAR', path: ['dutyStart'] })
  .refine((s) => s.code === 'TUGASAN_LUAR' || s.outOfStation === undefined, { message: 'only on TUGASAN_LUAR', path: ['outOfStation'] });

/** `rules evaluate` input: see docs/rules.md. */
export const evaluateFileSchema = z
  .object({
    state: z.string().refine(isStateCode, 'expected a state code MY-01 … MY-16'),
    schedule: scheduleSchema,
    person: z
      .object({ pregnancy: z.array(z.object({ from: date, to: date, maternityFrom: date.optional() })).default([]), ramadan: z.boolean().default(false) })
      .default({ pregnancy: [], ramadan: false }),
    from: date,
    to: date,
    timeZone: z.string().default('Asia/Kuala_Lumpur'),
    punches: z.array(z.object({ at: instant, kind: z.enum(['IN', 'OUT']).optional() })),
    statuses: z.array(status).default([]),
    movements: z.array(z.object({ from: instant, to: instant, approved: z.boolean() })).default([]),
    locations: z.array(z.object({ at: instant, inside: z.boolean() })).default([]),
  })
  .refine((v) => v.from <= v.to, { message: 'must not be after "to"', path: ['from'] })
  .refine((v) => v.from >= '1970-01-01' && daysBetween(v.from, v.to) <= 366, { message: 'the range may cover at most 367 days', path: ['to'] });

/** `rules cards` input. */
export const cardsFileSchema = z.object({
  start: z.enum(CARD_LEVELS).default('KUNING'),
  thresholds: z.object({ upAt: z.number().int().min(1), downAt: z.number().int().min(0) }).optional(),
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'), offenceDays: z.number().int().min(0).max(31) })),
});

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
