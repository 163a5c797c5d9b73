/** Daily task notes as /api/tasks and /api/team/tasks answer them. */
export const TASK_CATEGORIES = ['PENTADBIRAN', 'MESYUARAT', 'KURSUS', 'LAPANGAN', 'PROJEK', 'KHIDMAT_PELANGGAN', 'LAIN_LAIN'] as const;
export const TASK_PROGRESS = ['DIRANCANG', 'DALAM_TINDAKAN', 'SELESAI'] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
export type TaskProgress = (typeof TASK_PROGRESS)[number];

/** A task as POST/PATCH /api/tasks answer it. */
export type TaskEntry = {
  id: string;
  date: string;
  title: string;
  details: string | null;
  minutes: number | null;
  startTime: string | null;
  endTime: string | null;
  /** `minutes`, or the start–end span; null when no time is recorded. */
  spentMinutes: number | null;
  category: TaskCategory;
  progress: TaskProgress;
  copiedFrom: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Someone named on a task: who assigned it, wrote a comment, reviewed a day. */
export type PersonRef = { id: string; fullName: string };
export type TaskComment = { id: string; taskId: string; text: string; author: PersonRef; createdAt: string };
/** A supervisor marked the officer's tasks of `date` reviewed. */
export type DayReview = { date: string; reviewedBy: PersonRef; reviewedAt: string; note: string | null };

/** A task in a week list: with its assigner (null: the officer's own entry) and comments, oldest first. */
export type Task = TaskEntry & { assignedBy: PersonRef | null; comments: TaskComment[] };

export type TaskWeek = { from: string; to: string; items: Task[]; reviews: DayReview[] };
export type CopyResult = { copied: number; items: TaskEntry[] };
