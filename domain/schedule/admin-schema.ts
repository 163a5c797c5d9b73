import { z } from 'zod';

/** "HH:MM", 00:00–23:59. */
export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.invalid');
const grace = z.number().int().min(0).max(120);
const margin = z
  .number()
  .int()
  .min(0)
  .max(12 * 60);
const rests = z.array(z.object({ from: hhmmSchema, to: hhmmSchema })).max(4);
const name = z.string().trim().min(1).max(100);

/**
 * A schedule as the organisation admin writes it: the rules command's `schedule` shape
 * with a name. FIXED and SHIFT ending at or before their start end the next day (R32);
 * SHIFT's pairing margins default to 4 h before and 6 h after (R14).
 */
export const workScheduleBodySchema = z.discriminatedUnion('type', [
  z.object({ name, type: z.literal('WBF'), graceMinutes: grace.default(0) }).strict(),
  z.object({ name, type: z.literal('FIXED'), start: hhmmSchema, end: hhmmSchema, rests: rests.default([]), graceMinutes: grace.default(0) }).strict(),
  z
    .object({
      name,
      type: z.literal('SHIFT'),
      start: hhmmSchema,
      end: hhmmSchema,
      rests: rests.default([]),
      graceMinutes: grace.default(0),
      marginBeforeMinutes: margin.optional(),
      marginAfterMinutes: margin.optional(),
    })
    .strict(),
]);
export type WorkScheduleBody = z.infer<typeof workScheduleBodySchema>;

/** A change to a schedule: any of its fields, and `active` (a schedule in use is deactivated, not deleted). The type stays. */
export const workSchedulePatchSchema = z
  .object({
    name: name.optional(),
    start: hhmmSchema.optional(),
    end: hhmmSchema.optional(),
    rests: rests.optional(),
    graceMinutes: grace.optional(),
    marginBeforeMinutes: margin.nullable().optional(),
    marginAfterMinutes: margin.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date of the years 2000–2099 (the API's range). */
const realDate = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
};
const date = z
  .string()
  .regex(DATE, 'date.invalid')
  .refine((s) => !DATE.test(s) || realDate(s), 'date.invalid')
  .refine((s) => !DATE.test(s) || !realDate(s) || (s >= '2000-01-01' && s <= '2099-12-31'), 'date.outOfRange');

/** A pattern: a cycle of 1–366 days, each a schedule id or off (null), day 0 on the anchor date. */
export const workPatternBodySchema = z
  .object({
    name,
    anchor: date,
    days: z.array(z.uuid().nullable()).min(1).max(366),
  })
  .strict();

export const workPatternPatchSchema = workPatternBodySchema.partial().extend({ active: z.boolean().optional() }).strict();

/** An assignment: a schedule or a pattern; to one officer, one unit (its sub-tree), or neither (the organisation default). */
export const assignmentBodySchema = z
  .object({
    scheduleId: z.uuid().optional(),
    patternId: z.uuid().optional(),
    userId: z.uuid().optional(),
    unitId: z.uuid().optional(),
    from: date,
    to: date.optional(),
  })
  .strict()
  .refine((v) => (v.scheduleId === undefined) !== (v.patternId === undefined), { message: 'assignment.scheduleOrPattern', path: ['scheduleId'] })
  .refine((v) => v.userId === undefined || v.unitId === undefined, { message: 'assignment.userOrUnit', path: ['unitId'] })
  .refine((v) => v.to === undefined || v.to >= v.from, { message: 'range.order', path: ['to'] });

/** A roster cell: a schedule, or off that day (null). */
export const rosterCellBodySchema = z.object({ scheduleId: z.uuid().nullable() }).strict();
