import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskComments, taskDayReviews, tasks, users } from '../../db/schema';
import type { DayReviewView, TaskCommentView } from './schema';
import type { TaskRow } from './repo';

/** A task of anyone in the organisation: the caller's right to it is checked by the service. */
export async function findOrgTask(db: Db, orgId: string, id: string): Promise<TaskRow | null> {
  const rows = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** Full names of users of the organisation, by id. */
export async function namesOf(db: Db, orgId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

const commentColumns = {
  id: taskComments.id,
  taskId: taskComments.taskId,
  text: taskComments.text,
  createdAt: taskComments.createdAt,
  authorId: taskComments.authorId,
  authorName: users.fullName,
};
type CommentRow = { id: string; taskId: string; text: string; createdAt: Date; authorId: string; authorName: string | null };

function presentComment(r: CommentRow): TaskCommentView {
  return { id: r.id, taskId: r.taskId, text: r.text, author: { id: r.authorId, fullName: r.authorName ?? '' }, createdAt: r.createdAt.toISOString() };
}

/** The comments of some tasks, oldest first, with their authors' names. */
export async function commentsOf(db: Db, orgId: string, taskIds: string[]): Promise<TaskCommentView[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .select(commentColumns)
    .from(taskComments)
    .leftJoin(users, and(eq(users.orgId, taskComments.orgId), eq(users.id, taskComments.authorId)))
    .where(and(eq(taskComments.orgId, orgId), inArray(taskComments.taskId, taskIds)))
    .orderBy(asc(taskComments.createdAt), asc(taskComments.id));
  return rows.map(presentComment);
}

export async function insertComment(db: Db, orgId: string, taskId: string, authorId: string, text: string): Promise<TaskCommentView> {
  const [row] = await db.insert(taskComments).values({ orgId, taskId, authorId, text }).returning();
  if (!row) throw new Error('insert returned no row');
  const names = await namesOf(db, orgId, [authorId]);
  return presentComment({ ...row, authorName: names.get(authorId) ?? null });
}

const reviewColumns = {
  date: taskDayReviews.date,
  reviewedBy: taskDayReviews.reviewedBy,
  reviewedAt: taskDayReviews.reviewedAt,
  note: taskDayReviews.note,
  reviewerName: users.fullName,
};
type ReviewRow = { date: string; reviewedBy: string; reviewedAt: Date; note: string | null; reviewerName: string | null };

function presentReview(r: ReviewRow): DayReviewView {
  return { date: r.date, reviewedBy: { id: r.reviewedBy, fullName: r.reviewerName ?? '' }, reviewedAt: r.reviewedAt.toISOString(), note: r.note };
}

/** An officer's reviewed days between two dates, by date, with the reviewer's name. */
export async function reviewsOf(db: Db, orgId: string, userId: string, from: string, to: string): Promise<DayReviewView[]> {
  const rows = await db
    .select(reviewColumns)
    .from(taskDayReviews)
    .leftJoin(users, and(eq(users.orgId, taskDayReviews.orgId), eq(users.id, taskDayReviews.reviewedBy)))
    .where(and(eq(taskDayReviews.orgId, orgId), eq(taskDayReviews.userId, userId), gte(taskDayReviews.date, from), lte(taskDayReviews.date, to)))
    .orderBy(asc(taskDayReviews.date));
  return rows.map(presentReview);
}

export async function findReview(db: Db, orgId: string, userId: string, date: string): Promise<DayReviewView | null> {
  return (await reviewsOf(db, orgId, userId, date, date))[0] ?? null;
}

/** Marks a day reviewed, or marks it again (a new reviewer, time and note). */
export async function upsertReview(db: Db, orgId: string, userId: string, date: string, reviewedBy: string, note: string | null): Promise<void> {
  const reviewedAt = new Date();
  await db
    .insert(taskDayReviews)
    .values({ orgId, userId, date, reviewedBy, reviewedAt, note })
    .onConflictDoUpdate({ target: [taskDayReviews.orgId, taskDayReviews.userId, taskDayReviews.date], set: { reviewedBy, reviewedAt, note } });
}

/** Removes a day's mark; whether there was one. */
export async function deleteReview(db: Db, orgId: string, userId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(taskDayReviews)
    .where(and(eq(taskDayReviews.orgId, orgId), eq(taskDayReviews.userId, userId), eq(taskDayReviews.date, date)))
    .returning({ date: taskDayReviews.date });
  return rows.length > 0;
}
