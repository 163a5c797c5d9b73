import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/client';
import { assertDateRange } from '../../http/date-range';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { copiedSourcesOn, deleteTask, findTask, insertTasks, lockUnfinishedTasks, presentTask, updateTask, type TaskRow, type TaskValues } from './repo';
import type { TaskInput, TaskPatch, TaskView } from './schema';
import { weekView } from './week-view';

/** Work dates of daily tasks are Malaysian dates. */
export const TASK_TIME_ZONE = 'Asia/Kuala_Lumpur';
/** How far ahead an officer may plan. */
export const MAX_DAYS_AHEAD = 7;
/** The longest range one list answers. */
export const MAX_LIST_DAYS = 31;

export function todayForTasks(now: Temporal.Instant = Temporal.Now.instant()): string {
  return now.toZonedDateTimeISO(TASK_TIME_ZONE).toPlainDate().toString();
}

/** Monday and Sunday of the week holding `date`. */
export function weekOf(date: string): { from: string; to: string } {
  const d = Temporal.PlainDate.from(date);
  const monday = d.subtract({ days: d.dayOfWeek - 1 });
  return { from: monday.toString(), to: monday.add({ days: 6 }).toString() };
}

function refuseFarFuture(date: string, path: string) {
  const limit = Temporal.PlainDate.from(todayForTasks()).add({ days: MAX_DAYS_AHEAD });
  if (Temporal.PlainDate.compare(Temporal.PlainDate.from(date), limit) > 0) throw fieldError('VALIDATION_FAILED', path, 'date.tooFar');
}

/** The range a list query names: its week, or from–to checked for order and length. */
export function listRange(q: { week?: string; from?: string; to?: string }): { from: string; to: string } {
  if (q.week) return weekOf(q.week);
  const from = q.from ?? '';
  const to = q.to ?? '';
  assertDateRange(from, to, MAX_LIST_DAYS, 'range.tooLongMonth');
  return { from, to };
}

export async function listOwnTasks(db: Db, actor: Actor, q: { week?: string; from?: string; to?: string }) {
  return weekView(db, actor.orgId, actor.id, listRange(q));
}

function audit(db: Db, actor: Actor, action: string, id: string, change: { before?: TaskView; after?: TaskView }) {
  return recordAudit(db, { orgId: actor.orgId, actorId: actor.id, action, entityType: 'task', entityId: id, ip: actor.ip, ...change });
}

export async function createTask(db: Db, actor: Actor, input: TaskInput): Promise<TaskView> {
  refuseFarFuture(input.date, 'date');
  return db.transaction(async (tx) => {
    const values: TaskValues = {
      date: input.date,
      title: input.title,
      details: input.details,
      category: input.category,
      progress: input.progress,
      minutes: input.minutes ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
    };
    const [row] = await insertTasks(tx, actor.orgId, actor.id, [values]);
    if (!row) throw new Error('insert returned no row');
    const task = presentTask(row);
    await audit(tx, actor, 'task.created', task.id, { after: task });
    return task;
  });
}

/** What a patch writes: recording minutes clears a start–end pair, and the reverse. */
function patchValues(patch: TaskPatch): Partial<TaskValues> {
  const { minutes, startTime, endTime, ...rest } = patch;
  const v: Partial<TaskValues> = { ...rest };
  if (minutes !== undefined) {
    v.minutes = minutes;
    if (minutes !== null) Object.assign(v, { startTime: null, endTime: null });
  }
  if (startTime !== undefined || endTime !== undefined) {
    Object.assign(v, { startTime: startTime ?? null, endTime: endTime ?? null });
    if (startTime != null) v.minutes = null;
  }
  return v;
}

/** What the supervisor set on a task they assigned: the officer changes only its progress and time. */
const ASSIGNED_FIELDS = ['date', 'title', 'details', 'category'] as const;

function refuseAssignedChange(before: TaskRow, patch: TaskPatch) {
  if (!before.assignedBy) return;
  if (ASSIGNED_FIELDS.some((k) => patch[k] !== undefined && patch[k] !== before[k])) throw new AppError('TASK_ASSIGNED');
}

export async function editTask(db: Db, actor: Actor, id: string, patch: TaskPatch): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const before = await findTask(tx, actor.orgId, actor.id, id);
    if (!before) throw new AppError('NOT_FOUND');
    refuseAssignedChange(before, patch);
    if (patch.date !== undefined && patch.date !== before.date) refuseFarFuture(patch.date, 'date');
    const after = await updateTask(tx, actor.orgId, actor.id, id, patchValues(patch));
    if (!after) throw new AppError('NOT_FOUND');
    const task = presentTask(after);
    await audit(tx, actor, 'task.updated', id, { before: presentTask(before), after: task });
    return task;
  });
}

export async function removeTask(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findTask(tx, actor.orgId, actor.id, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.assignedBy) throw new AppError('TASK_ASSIGNED');
    await deleteTask(tx, actor.orgId, actor.id, id);
    await audit(tx, actor, 'task.deleted', id, { before: presentTask(before) });
  });
}

/**
 * Copies the caller's unfinished tasks of `from` to `to` (default today), keeping their
 * progress and pointing back at the source; a source already copied to `to` is skipped.
 */
export async function copyUnfinished(db: Db, actor: Actor, input: { from: string; to?: string }): Promise<{ copied: number; items: TaskView[] }> {
  const to = input.to ?? todayForTasks();
  if (to <= input.from) throw fieldError('VALIDATION_FAILED', input.to ? 'to' : 'from', 'task.copyOrder');
  refuseFarFuture(to, 'to');
  return db.transaction(async (tx) => {
    const sources = await lockUnfinishedTasks(tx, actor.orgId, actor.id, input.from);
    const done = await copiedSourcesOn(
      tx,
      actor.orgId,
      actor.id,
      to,
      sources.map((s) => s.id),
    );
    const base = Date.now();
    const copies: TaskValues[] = sources
      .filter((s) => !done.has(s.id))
      .map((s, i) => ({
        date: to,
        title: s.title,
        details: s.details,
        minutes: s.minutes,
        startTime: s.startTime,
        endTime: s.endTime,
        category: s.category as TaskValues['category'],
        progress: s.progress as TaskValues['progress'],
        copiedFrom: s.id,
        createdAt: new Date(base + i),
        assignedBy: s.assignedBy,
      }));
    const items = (await insertTasks(tx, actor.orgId, actor.id, copies)).map(presentTask);
    items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const task of items) await audit(tx, actor, 'task.copied', task.id, { after: task });
    return { copied: items.length, items };
  });
}
