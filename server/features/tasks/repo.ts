import { and, asc, eq, gte, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks } from '../../db/schema';
import type { TaskCategory, TaskProgress, TaskView } from './schema';

export type TaskRow = typeof tasks.$inferSelect;

/** The columns an officer writes; the rest (keys, owner, timestamps) the repository sets. */
export type TaskValues = {
  date: string;
  title: string;
  details: string | null;
  minutes: number | null;
  startTime: string | null;
  endTime: string | null;
  category: TaskCategory;
  progress: TaskProgress;
  copiedFrom?: string | null;
  /** The supervisor who assigned it; a copy of an assigned task stays assigned. */
  assignedBy?: string | null;
  /** Set for copies, so they keep their sources' order (one transaction has one now()). */
  createdAt?: Date;
};

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function presentTask(r: TaskRow): TaskView {
  const span = r.startTime && r.endTime ? clockMinutes(r.endTime) - clockMinutes(r.startTime) : null;
  return {
    id: r.id,
    date: r.date,
    title: r.title,
    details: r.details,
    minutes: r.minutes,
    startTime: r.startTime,
    endTime: r.endTime,
    spentMinutes: r.minutes ?? span,
    category: r.category as TaskCategory,
    progress: r.progress as TaskProgress,
    copiedFrom: r.copiedFrom,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const own = (orgId: string, userId: string) => and(eq(tasks.orgId, orgId), eq(tasks.userId, userId));

export async function listTasks(db: Db, orgId: string, userId: string, from: string, to: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(own(orgId, userId), gte(tasks.date, from), lte(tasks.date, to)))
    .orderBy(asc(tasks.date), asc(tasks.createdAt), asc(tasks.id));
}

export async function findTask(db: Db, orgId: string, userId: string, id: string): Promise<TaskRow | null> {
  const rows = await db
    .select()
    .from(tasks)
    .where(and(own(orgId, userId), eq(tasks.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTasks(db: Db, orgId: string, userId: string, values: TaskValues[]): Promise<TaskRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(tasks)
    .values(values.map((v) => ({ ...v, orgId, userId })))
    .returning();
}

export async function updateTask(db: Db, orgId: string, userId: string, id: string, v: Partial<TaskValues>): Promise<TaskRow | null> {
  const rows = await db
    .update(tasks)
    .set({ ...v, updatedAt: new Date() })
    .where(and(own(orgId, userId), eq(tasks.id, id)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteTask(db: Db, orgId: string, userId: string, id: string): Promise<void> {
  await db.delete(tasks).where(and(own(orgId, userId), eq(tasks.id, id)));
}

/**
 * The caller's unfinished tasks of one date, locked: two copies of the same day run
 * one after the other, so the second sees the first's copies and skips them.
 */
export async function lockUnfinishedTasks(db: Db, orgId: string, userId: string, date: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(own(orgId, userId), eq(tasks.date, date), ne(tasks.progress, 'SELESAI')))
    .orderBy(asc(tasks.createdAt), asc(tasks.id))
    .for('update');
}

/** Which of `sourceIds` already have a copy on `date`. */
export async function copiedSourcesOn(db: Db, orgId: string, userId: string, date: string, sourceIds: string[]): Promise<Set<string>> {
  if (sourceIds.length === 0) return new Set();
  const rows = await db
    .select({ copiedFrom: tasks.copiedFrom })
    .from(tasks)
    .where(and(own(orgId, userId), eq(tasks.date, date), isNotNull(tasks.copiedFrom), inArray(tasks.copiedFrom, sourceIds)));
  return new Set(rows.flatMap((r) => (r.copiedFrom ? [r.copiedFrom] : [])));
}
