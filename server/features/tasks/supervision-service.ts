import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { notify, recipients } from '../notifications';
import { teamOf } from '../team';
import { findTask, insertTasks, type TaskRow } from './repo';
import type { DayReviewView, TaskCommentView, TaskListItem } from './schema';
import { listRange, todayForTasks } from './service';
import type { AssignInput } from './supervision-schema';
import { deleteReview, findOrgTask, findReview, insertComment, upsertReview } from './supervision-repo';
import { presentListItems, weekView } from './week-view';

/** How far ahead a supervisor may assign a task. */
export const MAX_ASSIGN_DAYS_AHEAD = 30;

/**
 * An officer anywhere under the caller (the team board's sub-tree: direct reports and
 * below); anyone else, in this organisation or another, is NOT_FOUND.
 */
async function officerUnder(db: Db, actor: Actor, officerId: string): Promise<{ id: string; fullName: string }> {
  const member = (await teamOf(db, actor.orgId, actor.id, 'all')).find((m) => m.id === officerId);
  if (!member) throw new AppError('NOT_FOUND');
  return { id: member.id, fullName: member.full_name };
}

export async function officerTasks(db: Db, actor: Actor, q: { officerId: string; week?: string; from?: string; to?: string }) {
  const range = listRange(q);
  const officer = await officerUnder(db, actor, q.officerId);
  return { officer, ...(await weekView(db, actor.orgId, officer.id, range)) };
}

/** A comment, told to the other side: the officer when someone else wrote it, else the officer's supervisor. */
async function comment(db: Db, actor: Actor, task: TaskRow, text: string): Promise<TaskCommentView> {
  return db.transaction(async (tx) => {
    const made = await insertComment(tx, actor.orgId, task.id, actor.id, text);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'task.commented',
      entityType: 'task_comment',
      entityId: made.id,
      ip: actor.ip,
      after: made,
    });
    const people = await recipients(tx, actor.orgId, [task.userId, actor.id]);
    const officer = people.find((p) => p.id === task.userId);
    const writer = people.find((p) => p.id === actor.id);
    const to = actor.id === task.userId ? officer?.supervisor_id : task.userId;
    if (to && writer) {
      await notify(tx, actor.orgId, [
        {
          userId: to,
          kind: 'TASK_COMMENTED',
          params: { by: writer.full_name, title: task.title, text: text.length > 140 ? `${text.slice(0, 139)}…` : text },
          link: to === task.userId ? '/tasks' : `/task-review?officer=${task.userId}&week=${task.date}`,
        },
      ]);
    }
    return made;
  });
}

/** The supervisor remarks on a task of an officer under them. */
export async function commentAsSupervisor(db: Db, actor: Actor, taskId: string, text: string): Promise<TaskCommentView> {
  const task = await findOrgTask(db, actor.orgId, taskId);
  if (!task) throw new AppError('NOT_FOUND');
  await officerUnder(db, actor, task.userId);
  return comment(db, actor, task, text);
}

/** The officer answers on their own task. */
export async function commentOwnTask(db: Db, actor: Actor, taskId: string, text: string): Promise<TaskCommentView> {
  const task = await findTask(db, actor.orgId, actor.id, taskId);
  if (!task) throw new AppError('NOT_FOUND');
  return comment(db, actor, task, text);
}

function auditReview(db: Db, actor: Actor, action: string, officerId: string, change: { before?: DayReviewView | null; after?: DayReviewView | null }) {
  return recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action,
    entityType: 'task_day_review',
    entityId: officerId,
    ip: actor.ip,
    before: change.before ?? undefined,
    after: change.after ?? undefined,
  });
}

/**
 * Marks an officer's tasks of a date reviewed; marking again replaces reviewer, time and
 * note. Only a day that has ended (before today): while it runs the officer may still add
 * and change tasks, so a mark would review a list that is not final (422 TASK_DAY_NOT_ENDED).
 */
export async function markDayReviewed(db: Db, actor: Actor, officerId: string, date: string, note: string | null): Promise<DayReviewView> {
  if (date >= todayForTasks()) throw new AppError('TASK_DAY_NOT_ENDED', { date });
  const officer = await officerUnder(db, actor, officerId);
  return db.transaction(async (tx) => {
    const before = await findReview(tx, actor.orgId, officer.id, date);
    await upsertReview(tx, actor.orgId, officer.id, date, actor.id, note);
    const after = await findReview(tx, actor.orgId, officer.id, date);
    if (!after) throw new Error('review not stored');
    await auditReview(tx, actor, 'task.day_reviewed', officer.id, { before, after });
    return after;
  });
}

/** Takes the mark off a day; nothing to take off is not an error (and leaves no audit row). */
export async function unmarkDayReviewed(db: Db, actor: Actor, officerId: string, date: string): Promise<void> {
  const officer = await officerUnder(db, actor, officerId);
  await db.transaction(async (tx) => {
    const before = await findReview(tx, actor.orgId, officer.id, date);
    if (!before || !(await deleteReview(tx, actor.orgId, officer.id, date))) return;
    await auditReview(tx, actor, 'task.day_review_removed', officer.id, { before });
  });
}

/** A task the supervisor gives an officer under them: planned (DIRANCANG), in the officer's own list. */
export async function assignTask(db: Db, actor: Actor, input: AssignInput): Promise<TaskListItem> {
  const today = todayForTasks();
  if (input.date < today) throw fieldError('VALIDATION_FAILED', 'date', 'date.past');
  const limit = Temporal.PlainDate.from(today).add({ days: MAX_ASSIGN_DAYS_AHEAD }).toString();
  if (input.date > limit) throw fieldError('VALIDATION_FAILED', 'date', 'date.tooFar');
  const officer = await officerUnder(db, actor, input.officerId);
  return db.transaction(async (tx) => {
    const [row] = await insertTasks(tx, actor.orgId, officer.id, [
      {
        date: input.date,
        title: input.title,
        details: input.details,
        category: input.category,
        progress: 'DIRANCANG',
        minutes: input.minutes ?? null,
        startTime: null,
        endTime: null,
        assignedBy: actor.id,
      },
    ]);
    if (!row) throw new Error('insert returned no row');
    const [task] = await presentListItems(tx, actor.orgId, [row]);
    if (!task) throw new Error('task not presented');
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: 'task.assigned',
      entityType: 'task',
      entityId: task.id,
      ip: actor.ip,
      after: { ...task, officerId: officer.id },
    });
    const [by] = await recipients(tx, actor.orgId, [actor.id]);
    await notify(tx, actor.orgId, [{ userId: officer.id, kind: 'TASK_ASSIGNED', params: { by: by?.full_name ?? '', title: task.title, date: task.date } }]);
    return task;
  });
}
