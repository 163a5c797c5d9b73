import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { canAnswer } from '../../../domain/requests/machine';
import type { RequestState } from '../../../domain/requests/states';
import { routeToReviewers } from '../requests/service';
import { findIssue, presentIssue, setJustificationState, upsertJustification } from './repo';

/** The officer answers one of their own issues (R22); it goes to their supervisor's queue. */
export async function justify(db: Db, actor: Actor, issueId: string, input: { category: string; text: string }) {
  const found = await findIssue(db, actor.orgId, issueId);
  if (!found || found.issue.userId !== actor.id) throw new AppError('NOT_FOUND');
  if (found.issue.state !== 'TERBUKA' || !canAnswer(found.justification?.state)) throw new AppError('NOT_PENDING');
  const j = await upsertJustification(db, { orgId: actor.orgId, issueId, userId: actor.id, ...input });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'justification.sent',
    entityType: 'justification',
    entityId: j.id,
    ip: actor.ip,
    after: { issueId, category: j.category, state: j.state },
  });
  await routeToReviewers(db, actor.orgId, 'JUSTIFICATION', [{ id: j.id, date: found.issue.date }]);
  return presentIssue(found.issue, j, found.attachment);
}

/** The officer withdraws an answer still waiting for review. */
export async function withdraw(db: Db, actor: Actor, issueId: string) {
  const found = await findIssue(db, actor.orgId, issueId);
  if (!found || found.issue.userId !== actor.id || !found.justification) throw new AppError('NOT_FOUND');
  const j = await setJustificationState(db, actor.orgId, found.justification.id, {
    state: 'DIBATALKAN',
    fromStates: ['MENUNGGU', 'PERLU_MAKLUMAT'] satisfies RequestState[],
  });
  if (!j) throw new AppError('NOT_PENDING');
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'justification.withdrawn',
    entityType: 'justification',
    entityId: j.id,
    ip: actor.ip,
    after: { state: j.state },
  });
  return presentIssue(found.issue, j, found.attachment);
}
