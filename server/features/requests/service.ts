import type { RequestKind } from '../../../domain/requests/states';
import type { Db } from '../../db/client';
import { notifyReviewers } from '../notifications';
import { assignReviewers, type Assigned } from './reviewers-repo';

export { REQUEST_TABLE } from './reviewers-repo';

/**
 * Requests that now wait for a decision — just made, answered again, or passed on to
 * the second review level: stores who reviews each (the one rule, `assignReviewers`) and
 * tells them. Call it inside the transaction that wrote the requests.
 */
export async function routeToReviewers(db: Db, orgId: string, kind: RequestKind, requests: { id: string; date: string | null }[]): Promise<Assigned[]> {
  const assigned = await assignReviewers(db, orgId, { kind, ids: requests.map((r) => r.id) });
  const dates = new Map(requests.map((r) => [r.id, r.date]));
  await notifyReviewers(
    db,
    orgId,
    assigned.map((a) => ({ officerId: a.user_id, reviewerId: a.reviewer_id, request: kind, date: dates.get(a.id) ?? null })),
  );
  return assigned;
}

/**
 * Users' supervisor or status changed: every waiting request whose reviewer follows from
 * them is re-pointed (theirs, their reports', their reports' reports' at stage 2), and
 * each new reviewer is told what now waits for them.
 */
export async function repointReviewers(db: Db, orgId: string, userIds: string[]): Promise<Assigned[]> {
  if (userIds.length === 0) return [];
  const moved = await assignReviewers(db, orgId, { around: userIds });
  await notifyReviewers(
    db,
    orgId,
    moved.map((a) => ({ officerId: a.user_id, reviewerId: a.reviewer_id, request: a.kind, date: null })),
  );
  return moved;
}
