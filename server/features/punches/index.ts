import type { Db } from '../../db/client';
import { loadBatchContext } from './batch-repo';

/** The punches feature's entry for other features. */
export { listPunches, presentPunch } from './repo';
export type { PunchWriterObserver } from './writer';

/** The sites an officer may punch at (what the clock page draws), as the punch writer checks them. */
export async function punchSitesOf(db: Db, orgId: string, userId: string) {
  return (await loadBatchContext(db, orgId, [userId]))?.contexts.get(userId)?.sites ?? [];
}
