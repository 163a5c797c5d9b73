/** A daily task note as GET/POST/PATCH /api/tasks answer it. */
export const TASK_CATEGORIES = ['PENTADBIRAN', 'MESYUARAT', 'KURSUS', 'LAPANGAN', 'PROJEK', 'KHIDMAT_PELANGGAN', 'LAIN_LAIN'] as const;
export const TASK_PROGRESS = ['DIRANCANG', 'DALAM_TINDAKAN', 'SELESAI'] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
export type TaskProgress = (typeof TASK_PROGRESS)[number];

export type Task = {
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

export type TaskWeek = { from: string; to: string; items: Task[] };
export type CopyResult = { copied: number; items: Task[] };
