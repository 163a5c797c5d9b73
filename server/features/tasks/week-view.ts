import type { Db } from '../../db/client';
import { listTasks, presentTask, type TaskRow } from './repo';
import type { TaskCommentView, TaskListItem } from './schema';
import { commentsOf, namesOf, reviewsOf } from './supervision-repo';

/** Task rows as a list shows them: with their assigner's name and their comments. */
export async function presentListItems(db: Db, orgId: string, rows: TaskRow[]): Promise<TaskListItem[]> {
  const names = await namesOf(
    db,
    orgId,
    rows.flatMap((r) => (r.assignedBy ? [r.assignedBy] : [])),
  );
  const comments = await commentsOf(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  const byTask = new Map<string, TaskCommentView[]>();
  for (const c of comments) byTask.set(c.taskId, [...(byTask.get(c.taskId) ?? []), c]);
  return rows.map((r) => ({
    ...presentTask(r),
    assignedBy: r.assignedBy ? { id: r.assignedBy, fullName: names.get(r.assignedBy) ?? '' } : null,
    comments: byTask.get(r.id) ?? [],
  }));
}

/** One officer's tasks of a range, by date then entry, with comments, assigners and the reviewed days. */
export async function weekView(db: Db, orgId: string, userId: string, range: { from: string; to: string }) {
  const rows = await listTasks(db, orgId, userId, range.from, range.to);
  const items = await presentListItems(db, orgId, rows);
  const reviews = await reviewsOf(db, orgId, userId, range.from, range.to);
  return { ...range, items, reviews };
}
