import { z } from 'zod';

export const overdueQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

const person = z.object({ id: z.uuid(), fullName: z.string(), staffNo: z.string() });

export const overdueItem = z.object({
  justificationId: z.uuid(),
  officer: person,
  issueDate: z.string(),
  issueCode: z.string(),
  /** 1: waiting for the penyemak (or the only reviewer); 2: for the pengesah. */
  stage: z.number().int(),
  /** When the officer last sent it: the age counts from here. */
  waitingSince: z.string(),
  daysWaiting: z.number().int(),
});

export const overdueReport = z.object({
  /** org: the whole organisation (org.monitor); subtree: reviewers under the caller, and the caller. */
  scope: z.enum(['org', 'subtree']),
  deadlineDays: z.number().int(),
  generatedAt: z.string(),
  totalOverdue: z.number().int(),
  reviewers: z.array(
    z.object({
      /** null: nobody to review it (the officer, or their supervisor at stage 2, has no supervisor). */
      reviewer: person.extend({ unitName: z.string().nullable() }).nullable(),
      overdue: z.number().int(),
      oldestDays: z.number().int(),
      items: z.array(overdueItem),
    }),
  ),
});
export type OverdueReport = z.infer<typeof overdueReport>;
