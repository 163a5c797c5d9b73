import type { ApiResponse } from '../../api/contract';

/** Daily task notes as /api/tasks and /api/team/tasks answer them, from the generated contract (app/api/openapi.d.ts). */
export const TASK_CATEGORIES = ['PENTADBIRAN', 'MESYUARAT', 'KURSUS', 'LAPANGAN', 'PROJEK', 'KHIDMAT_PELANGGAN', 'LAIN_LAIN'] as const;
export const TASK_PROGRESS = ['DIRANCANG', 'DALAM_TINDAKAN', 'SELESAI'] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
export type TaskProgress = (typeof TASK_PROGRESS)[number];

/** A task as POST/PATCH /api/tasks answer it; `spentMinutes` is `minutes`, or the start–end span (null when no time is recorded). */
export type TaskEntry = ApiResponse<'/api/tasks', 'post', 201>;

export type TaskWeek = ApiResponse<'/api/tasks'>;
/** A task in a week list: with its assigner (null: the officer's own entry) and comments, oldest first. */
export type Task = TaskWeek['items'][number];
/** A supervisor marked the officer's tasks of `date` reviewed. */
export type DayReview = TaskWeek['reviews'][number];
export type TaskComment = Task['comments'][number];
/** Someone named on a task: who assigned it, wrote a comment, reviewed a day. */
export type PersonRef = TaskComment['author'];
export type CopyResult = ApiResponse<'/api/tasks/copy-unfinished', 'post'>;
