import { z } from 'zod';
import { isoDate } from '../../http/date-fields';
import { checkWeekOrRange, personRef, taskCategory, taskListView, weekOrRangeFields } from './schema';

/** One officer's tasks, a week or a range of at most 31 days, as their supervisor reads them. */
export const teamTaskQuery = z.object({ officerId: z.uuid(), ...weekOrRangeFields }).superRefine(checkWeekOrRange);

export const teamTaskListView = taskListView.extend({ officer: personRef });

export const commentBody = z.object({ text: z.string().trim().min(1).max(1000) });

export const reviewParams = z.object({ officerId: z.uuid(), date: isoDate });
/** The body may be left out: no note. */
export const reviewBody = z
  .object({
    note: z
      .string()
      .trim()
      .max(500)
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict()
  .nullish(); // Fastify hands a missing body over as null

/** A task the supervisor gives an officer: today up to 30 days ahead, planned minutes optional. */
export const assignBody = z.object({
  officerId: z.uuid(),
  date: isoDate,
  title: z.string().trim().min(1).max(200),
  details: z
    .string()
    .trim()
    .max(4000)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  category: taskCategory,
  minutes: z.number().int().min(1).max(1440).nullable().optional(),
});
export type AssignInput = z.infer<typeof assignBody>;
