import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { parseOrgSettings } from '../../../domain/org/settings';
import { officerBasics, reevaluateIfClosed } from '../attendance';
import { notify, notifyReviewer } from '../notifications';
import { homeDistances } from './home-distance';
import { decideRequest, findRequest, forwardJustification, pendingFor, type ApprovalKind, type FoundRequest, type PendingRow } from './repo';

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

export function presentPending(r: PendingRow) {
  return {
    kind: r.kind, id: r.id, officer: { id: r.user_id, fullName: r.full_name, staffNo: r.staff_no }, createdAt: iso(r.created_at) ?? '',
    date: r.date, code: r.code, part: r.part, note: r.note, leaveAt: iso(r.leave_at), expectedReturn: iso(r.expected_return),
    destination: r.destination, purpose: r.purpose, location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    accuracy: r.accuracy, address: r.address,
    issue: r.issue_code && r.issue_rule ? { code: r.issue_code, minutes: r.issue_minutes, rule: r.issue_rule, category: r.category ?? '' } : null,
    review: r.kind === 'JUSTIFICATION' ? { stage: r.stage ?? 1, checkedBy: r.checked_by_name, checkRemark: r.check_remark, hasAttachment: r.has_attachment ?? false } : null,
  };
}

/**
 * What waits for the caller. A justification waiting longer than the organisation's
 * review deadline (R23, default 7 days) is marked overdue: it still counts as an offence
 * and is reported against the reviewer.
 */
export async function listPending(db: Db, actor: Actor, now = new Date()) {
  const me = await officerBasics(db, actor.orgId, actor.id);
  const deadlineMs = parseOrgSettings(me?.settings).reviewDeadlineDays * 86_400_000;
  const rows = await pendingFor(db, actor.orgId, actor.id);
  const distances = await homeDistances(db, actor.orgId, rows);
  return rows.map((r) => ({
    ...presentPending(r),
    ...(r.kind === 'HOME' ? { office: distances.get(r.id) ?? null } : {}),
    overdue: r.kind === 'JUSTIFICATION' && now.getTime() - new Date(r.created_at).getTime() > deadlineMs,
  }));
}

/** Several decisions at once, all or none: the first that cannot be made stops them all (nothing is half-written). */
export async function decideMany(db: Db, actor: Actor, items: { kind: ApprovalKind; id: string }[], decision: string, note: string | null) {
  for (const [index, item] of items.entries()) {
    try {
      await decide(db, actor, item.kind, item.id, decision, note);
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, { ...err.details, index });
      throw err;
    }
  }
  return { decided: items.length };
}

/** Decisions per kind: requests are approved or rejected; justifications accepted, rejected or sent back (R22). */
const DECISIONS: Record<ApprovalKind, readonly string[]> = {
  STATUS: ['DILULUSKAN', 'DITOLAK'], MOVEMENT: ['DILULUSKAN', 'DITOLAK'], HOME: ['DILULUSKAN', 'DITOLAK'], JUSTIFICATION: ['DITERIMA', 'DITOLAK', 'PERLU_MAKLUMAT'],
};

/** Where the officer sees a decided request. */
const REQUEST_PAGE: Record<ApprovalKind, string> = { STATUS: '/status', MOVEMENT: '/movements', HOME: '/profile', JUSTIFICATION: '/issues' };

/** Who decides a request now: the officer's supervisor, or at the second review level the supervisor's supervisor (R22). */
function reviewerOf(req: FoundRequest): string | null {
  return req.stage === 2 ? req.second_id : req.supervisor_id;
}

/**
 * The officer's own supervisor decides a waiting status, movement, BDR home or
 * justification; anyone else gets 404, as if it did not exist; a request no longer
 * waiting answers 409. When the organisation reviews justifications in two levels, the
 * supervisor (penyemak) accepting one supports it and passes it to their own supervisor
 * (pengesah), whose decision is final; the penyemak's rejection or request for more
 * information ends the step at once. A penyemak whose own supervisor is not an active
 * supervisor (PENYELIA) decides alone. An approved or rejected status or movement of a closed day is evaluated again.
 */
export async function decide(db: Db, actor: Actor, kind: ApprovalKind, id: string, decision: string, note: string | null) {
  if (!DECISIONS[kind].includes(decision)) throw fieldError('VALIDATION_FAILED', 'decision', 'decision.notForKind');
  const req = await findRequest(db, actor.orgId, kind, id);
  if (!req || reviewerOf(req) !== actor.id) throw new AppError('NOT_FOUND');
  if (req.state !== 'MENUNGGU') throw new AppError('NOT_PENDING');
  if (kind === 'JUSTIFICATION' && decision === 'DITERIMA' && req.stage === 1 && req.second_id && req.second_reviews) {
    const org = await officerBasics(db, actor.orgId, actor.id);
    if (parseOrgSettings(org?.settings).reviewLevels === 2) return forward(db, actor, req, note);
  }
  if (!(await decideRequest(db, actor.orgId, kind, id, decision, actor.id, note))) throw new AppError('NOT_PENDING');
  await recordAudit(db, {
    orgId: actor.orgId, actorId: actor.id, action: `approval.${decision.toLowerCase()}`, entityType: kind.toLowerCase(), entityId: id, ip: actor.ip,
    before: { state: 'MENUNGGU', ...(req.stage ? { stage: req.stage } : {}) }, after: { state: decision, note, officerId: req.user_id },
  });
  if (req.date && (kind === 'STATUS' || kind === 'MOVEMENT')) {
    const who = await officerBasics(db, actor.orgId, req.user_id);
    if (who) await reevaluateIfClosed(db, actor.orgId, req.user_id, req.date, who);
  }
  await notify(db, actor.orgId, [kind === 'JUSTIFICATION'
    ? { userId: req.user_id, kind: 'JUSTIFICATION_DECIDED', params: { issue: req.code, date: req.date, state: decision, remark: note } }
    : { userId: req.user_id, kind: 'REQUEST_DECIDED', params: { request: kind, date: req.date, state: decision, remark: note }, link: REQUEST_PAGE[kind] }]);
  return { kind, id, state: decision, stage: req.stage };
}

/** The penyemak's support: the justification now waits for the pengesah. */
async function forward(db: Db, actor: Actor, req: FoundRequest, note: string | null) {
  if (!(await forwardJustification(db, actor.orgId, req.id, actor.id, note))) throw new AppError('NOT_PENDING');
  await recordAudit(db, {
    orgId: actor.orgId, actorId: actor.id, action: 'approval.disokong', entityType: 'justification', entityId: req.id, ip: actor.ip,
    before: { state: 'MENUNGGU', stage: 1 }, after: { state: 'MENUNGGU', stage: 2, note, officerId: req.user_id, pengesahId: req.second_id },
  });
  if (req.second_id) await notifyReviewer(db, actor.orgId, req.user_id, 'JUSTIFICATION', req.date, req.second_id);
  return { kind: 'JUSTIFICATION' as const, id: req.id, state: 'MENUNGGU', stage: 2 };
}
