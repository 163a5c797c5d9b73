import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';
import { isoDate } from '../../http/date-fields';

export const TASK_CATEGORIES = ['PENTADBIRAN', 'MESYUARAT', 'KURSUS', 'LAPANGAN', 'PROJEK', 'KHIDMAT_PELANGGAN', 'LAIN_LAIN'] as const;
export const TASK_PROGRESS = ['DIRANCANG', 'DALAM_TINDAKAN', 'SELESAI'] as const;

export const taskCategory = z.enum(TASK_CATEGORIES);
export const taskProgress = z.enum(TASK_PROGRESS);
export type TaskCategory = z.infer<typeof taskCategory>;
export type TaskProgress = z.infer<typeof taskProgress>;

/** A clock time on the task's date, "HH:MM" (00:00–23:59). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.invalid');

const title = z.string().trim().min(1).max(200);
const details = z
  .string()
  .trim()
  .max(4000)
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));
const minutes = z.number().int().min(1).max(1440);

type TimeFields = { minutes?: number | null; startTime?: string | null; endTime?: string | null };

/**
 * Time spent is either a number of minutes or a start–end pair, never both; a pair
 * comes whole and ends after it starts ("HH:MM" compares as text).
 */
function checkTime(v: TimeFields, ctx: z.RefinementCtx) {
  const hasRange = v.startTime != null || v.endTime != null;
  if (v.minutes != null && hasRange) {
    ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'task.timeBoth' });
    return;
  }
  if (v.startTime !== undefined || v.endTime !== undefined) {
    if ((v.startTime == null) !== (v.endTime == null)) {
      ctx.addIssue({ code: 'custom', path: [v.startTime == null ? 'startTime' : 'endTime'], message: 'time.pair' });
      return;
    }
  }
  if (v.startTime != null && v.endTime != null && v.endTime <= v.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'time.order' });
  }
}

export const taskBody = z
  .object({
    date: isoDate,
    title,
    details,
    minutes: minutes.optional(),
    startTime: clockTime.optional(),
    endTime: clockTime.optional(),
    category: taskCategory,
    progress: taskProgress.default('DIRANCANG'),
  })
  .superRefine(checkTime);
export type TaskInput = z.infer<typeof taskBody>;

/** Any subset; null clears details or the time spent. A start–end pair is changed whole. */
export const taskPatchBody = nonEmptyPatch(
  z
    .object({
      date: isoDate,
      title,
      details: z
        .string()
        .trim()
        .max(4000)
        .nullable()
        .transform((v) => (v ? v : null)),
      minutes: minutes.nullable(),
      startTime: clockTime.nullable(),
      endTime: clockTime.nullable(),
      category: taskCategory,
      progress: taskProgress,
    })
    .partial()
    .strict()
    .superRefine(checkTime),
);
export type TaskPatch = z.infer<typeof taskPatchBody>;

/** A list query names a week, or both ends of a range. */
export function checkWeekOrRange(q: { week?: string; from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.week) return;
  if (!q.from) ctx.addIssue({ code: 'custom', path: [q.to ? 'from' : 'week'], message: 'task.weekOrRange' });
  else if (!q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'task.weekOrRange' });
}

/** The fields of a list query, before checking them together. */
export const weekOrRangeFields = { week: isoDate.optional(), from: isoDate.optional(), to: isoDate.optional() };

/** A week (any date in it, Monday–Sunday) or a range of at most 31 days. */
export const taskListQuery = z.object(weekOrRangeFields).superRefine(checkWeekOrRange);

export const copyUnfinishedBody = z.object({ from: isoDate, to: isoDate.optional() });

export const taskView = z.object({
  id: z.uuid(),
  date: z.string(),
  title: z.string(),
  details: z.string().nullable(),
  minutes: z.number().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  /** Minutes spent: `minutes`, or the start–end span; null when neither is recorded. */
  spentMinutes: z.number().nullable(),
  category: taskCategory,
  progress: taskProgress,
  copiedFrom: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaskView = z.infer<typeof taskView>;

/** Someone named on a task: its assigner, a comment's author, a day's reviewer. */
export const personRef = z.object({ id: z.uuid(), fullName: z.string() });
export const taskCommentView = z.object({ id: z.uuid(), taskId: z.uuid(), text: z.string(), author: personRef, createdAt: z.string() });
export type TaskCommentView = z.infer<typeof taskCommentView>;
/** A supervisor marked the officer's tasks of `date` reviewed. */
export const dayReviewView = z.object({ date: z.string(), reviewedBy: personRef, reviewedAt: z.string(), note: z.string().nullable() });
export type DayReviewView = z.infer<typeof dayReviewView>;
/** A task in a week list: with who assigned it (null: the officer's own) and its comments, oldest first. */
export const taskListItem = taskView.extend({ assignedBy: personRef.nullable(), comments: z.array(taskCommentView) });
export type TaskListItem = z.infer<typeof taskListItem>;

export const taskListView = z.object({ from: z.string(), to: z.string(), items: z.array(taskListItem), reviews: z.array(dayReviewView) });
export const copyResultView = z.object({ copied: z.number(), items: z.array(taskView) });
