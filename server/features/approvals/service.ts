import { parseOrgSettings } from '../../../domain/org/settings';
import { allowedDecisions, DECISIONS_BY_KIND, levelsFor, outcomeOf, type Decision, type Outcome, type Routing } from '../../../domain/requests/machine';
import { WAITING, type RequestState } from '../../../domain/requests/states';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { officerBasics, reevaluateIfClosed } from '../attendance';
import { recordAudit, type AuditEntry } from '../audit';
import { recountCardsFrom } from '../cards/service';
import { notify, type Notice } from '../notifications';
import { routeToReviewers } from '../requests/service';
import { homeDistances } from './home-distance';
import {
  decideRequests,
  findRequests,
  forwardJustifications,
  hasActiveSupervisor,
  pendingFor,
  type ApprovalKind,
  type FoundRequest,
  type PendingRow,
} from './repo';

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

export function presentPending(r: PendingRow) {
  return {
    kind: r.kind,
    id: r.id,
    officer: { id: r.user_id, fullName: r.full_name, staffNo: r.staff_no },
    createdAt: iso(r.created_at) ?? '',
    date: r.date,
    code: r.code,
    part: r.part,
    note: r.note,
    leaveAt: iso(r.leave_at),
    expectedReturn: iso(r.expected_return),
    destination: r.destination,
    purpose: r.purpose,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    accuracy: r.accuracy,
    address: r.address,
    issue: r.issue_code && r.issue_rule ? { code: r.issue_code, minutes: r.issue_minutes, rule: r.issue_rule, category: r.category ?? '' } : null,
    review:
      r.kind === 'JUSTIFICATION'
        ? { stage: r.stage, checkedBy: r.checked_by_name, checkRemark: r.check_remark, hasAttachment: r.has_attachment ?? false }
        : null,
  };
}

/** How requests the caller reviews are routed: the organisation's review levels, and whether the caller has someone above to pass a supported one to. */
async function routingFor(db: Db, actor: Actor): Promise<{ orgLevels: 1 | 2; secondReviewer: boolean; deadlineDays: number }> {
  const me = await officerBasics(db, actor.orgId, actor.id);
  const settings = parseOrgSettings(me?.settings);
  return {
    orgLevels: settings.reviewLevels,
    secondReviewer: settings.reviewLevels === 2 && (await hasActiveSupervisor(db, actor.orgId, actor.id)),
    deadlineDays: settings.reviewDeadlineDays,
  };
}
const routingOf = (kind: ApprovalKind, r: { orgLevels: 1 | 2; secondReviewer: boolean }): Routing => ({
  levels: levelsFor(kind, r.orgLevels),
  secondReviewer: r.secondReviewer,
});

/**
 * What waits for the caller (the requests whose stored reviewer they are), each with the
 * decisions they may make on it. A justification waiting longer than the organisation's
 * review deadline (R23, default 7 days) is marked overdue: it still counts as an offence
 * and is reported against the reviewer.
 */
export async function listPending(db: Db, actor: Actor, now = new Date()) {
  const routing = await routingFor(db, actor);
  const deadlineMs = routing.deadlineDays * 86_400_000;
  const rows = await pendingFor(db, actor.orgId, actor.id);
  const distances = await homeDistances(db, actor.orgId, rows);
  return rows.map((r) => ({
    ...presentPending(r),
    ...(r.kind === 'HOME' ? { office: distances.get(r.id) ?? null } : {}),
    overdue: r.kind === 'JUSTIFICATION' && now.getTime() - new Date(r.created_at).getTime() > deadlineMs,
    decisions: allowedDecisions(r.kind, WAITING, r.stage, routingOf(r.kind, routing)),
  }));
}

/** Where the officer sees a decided request. */
const REQUEST_PAGE: Record<ApprovalKind, string> = { STATUS: '/status', MOVEMENT: '/movements', HOME: '/profile', JUSTIFICATION: '/issues' };

type Item = { kind: ApprovalKind; id: string };
type Decided = { kind: ApprovalKind; id: string; state: RequestState; stage: number };

const atIndex = (err: AppError, index: number) => new AppError(err.code, { ...err.details, index });

/**
 * The same decision on several waiting requests at once, all or none: one access check for
 * the whole set (each must be waiting for the caller: otherwise 404, as if it did not
 * exist, or 409 when it no longer waits; the error names the index of the first item that
 * stopped them), then one update per kind. The state machine (domain/requests) says where
 * each goes: decided, or at the first of two review levels supported and passed on to the
 * caller's own supervisor. An approved or rejected status or movement of a closed day is
 * evaluated again.
 */
export async function decideMany(
  db: Db,
  actor: Actor,
  items: Item[],
  decision: Decision,
  note: string | null,
): Promise<{ decided: number; results: Decided[] }> {
  const seen = new Set<string>();
  items.forEach((it, index) => {
    if (!DECISIONS_BY_KIND[it.kind].includes(decision)) throw atIndex(fieldError('VALIDATION_FAILED', 'decision', 'decision.notForKind'), index);
    if (seen.has(`${it.kind}:${it.id}`)) throw atIndex(fieldError('VALIDATION_FAILED', `items.${index}`, 'items.duplicate'), index);
    seen.add(`${it.kind}:${it.id}`);
  });
  const kinds = [...new Set(items.map((i) => i.kind))];
  const found = new Map<string, FoundRequest>();
  for (const kind of kinds) {
    for (const r of await findRequests(
      db,
      actor.orgId,
      kind,
      items.filter((i) => i.kind === kind).map((i) => i.id),
    ))
      found.set(`${kind}:${r.id}`, r);
  }
  const requests = items.map((it, index) => {
    const r = found.get(`${it.kind}:${it.id}`);
    if (!r || r.reviewer_id !== actor.id) throw atIndex(new AppError('NOT_FOUND'), index);
    if (r.state !== WAITING) throw atIndex(new AppError('NOT_PENDING'), index);
    return r;
  });
  const routing = await routingFor(db, actor);
  const outcomes = requests.map((r) => outcomeOf(r.kind, r.stage, decision, routingOf(r.kind, routing)) as Outcome);

  const finals = requests.filter((_, i) => outcomes[i]?.final);
  const passed = requests.filter((_, i) => !outcomes[i]?.final);
  for (const kind of kinds) {
    const want = finals.filter((r) => r.kind === kind);
    const done = new Set(
      await decideRequests(
        db,
        actor.orgId,
        kind,
        want.map((r) => r.id),
        decision,
        actor.id,
        note,
      ),
    );
    const missed = want.find((r) => !done.has(r.id));
    if (missed) throw atIndex(new AppError('NOT_PENDING'), requests.indexOf(missed));
  }
  const moved = new Set(
    await forwardJustifications(
      db,
      actor.orgId,
      passed.map((r) => r.id),
      actor.id,
      note,
    ),
  );
  const notMoved = passed.find((r) => !moved.has(r.id));
  if (notMoved) throw atIndex(new AppError('NOT_PENDING'), requests.indexOf(notMoved));
  const pengesah = new Map(
    (
      await routeToReviewers(
        db,
        actor.orgId,
        'JUSTIFICATION',
        passed.map((r) => ({ id: r.id, date: r.date })),
      )
    ).map((a) => [a.id, a.reviewer_id]),
  );

  await recordAudit(
    db,
    requests.map((r, i): AuditEntry =>
      outcomes[i]?.final
        ? {
            orgId: actor.orgId,
            actorId: actor.id,
            action: `approval.${decision.toLowerCase()}`,
            entityType: r.kind.toLowerCase(),
            entityId: r.id,
            ip: actor.ip,
            before: { state: WAITING, ...(r.kind === 'JUSTIFICATION' ? { stage: r.stage } : {}) },
            after: { state: decision, note, officerId: r.user_id },
          }
        : {
            orgId: actor.orgId,
            actorId: actor.id,
            action: 'approval.disokong',
            entityType: 'justification',
            entityId: r.id,
            ip: actor.ip,
            before: { state: WAITING, stage: 1 },
            after: { state: WAITING, stage: 2, note, officerId: r.user_id, pengesahId: pengesah.get(r.id) ?? null },
          },
    ),
  );

  // A decided status or movement of a day already closed changes that day (once per officer-day).
  const days = new Map(finals.filter((r) => r.date && (r.kind === 'STATUS' || r.kind === 'MOVEMENT')).map((r) => [`${r.user_id}:${r.date}`, r]));
  for (const r of days.values()) {
    const who = await officerBasics(db, actor.orgId, r.user_id);
    if (who && r.date) await reevaluateIfClosed(db, actor.orgId, r.user_id, r.date, who);
  }
  // A justification decided (not sent back) changes its month's offence days: the officer's cards from that month are recounted (R22, R25).
  if (decision !== 'PERLU_MAKLUMAT') {
    const firstDay = new Map<string, string>();
    for (const r of finals) if (r.kind === 'JUSTIFICATION' && r.date && (firstDay.get(r.user_id) ?? '9999') > r.date) firstDay.set(r.user_id, r.date);
    for (const [userId, date] of firstDay) await recountCardsFrom(db, actor.orgId, userId, date, actor.id);
  }
  await notify(
    db,
    actor.orgId,
    finals.map((r): Notice =>
      r.kind === 'JUSTIFICATION'
        ? { userId: r.user_id, kind: 'JUSTIFICATION_DECIDED', params: { issue: r.code, date: r.date, state: decision, remark: note } }
        : { userId: r.user_id, kind: 'REQUEST_DECIDED', params: { request: r.kind, date: r.date, state: decision, remark: note }, link: REQUEST_PAGE[r.kind] },
    ),
  );
  return {
    decided: items.length,
    results: requests.map((r, i) => ({ kind: r.kind, id: r.id, state: outcomes[i]?.state ?? decision, stage: outcomes[i]?.stage ?? r.stage })),
  };
}

/**
 * One decision: the set path with one item. Only the request's stored reviewer decides
 * it (the officer's supervisor, or at the second level theirs); anyone else gets 404.
 */
export async function decide(db: Db, actor: Actor, kind: ApprovalKind, id: string, decision: Decision, note: string | null): Promise<Decided> {
  try {
    const { results } = await decideMany(db, actor, [{ kind, id }], decision, note);
    return results[0] as Decided;
  } catch (err) {
    if (err instanceof AppError && err.details && 'index' in err.details) {
      const { index: _index, ...details } = err.details;
      throw new AppError(err.code, Object.keys(details).length ? details : undefined);
    }
    throw err;
  }
}
