import { createHash } from 'node:crypto';
import { localOf } from '../../../domain/day/local-time';
import type { Database, Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { inScope } from '../../http/tenant-scope';
import { evaluateOfficerDays, officerBasics, punchReading, reevaluateIfClosed } from '../attendance';
import type { PunchView } from './schema';
import { insertPunchAudits, insertPunches, presentPunch, punchesByKeys, samePunch, type PunchRow } from './repo';

const MINUTE_MS = 60_000;

/**
 * The idempotency key of a correction: one per officer, kind and minute, so two admins
 * adding the same punch at once collide on the unique index instead of both writing.
 */
function correctionKey(orgId: string, userId: string, kind: string, minute: Date): string {
  const h = createHash('sha256').update(`correction|${orgId}|${userId}|${kind}|${minute.toISOString()}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function duplicate(existing: PunchRow): AppError {
  return new AppError('PUNCH_DUPLICATE', { existingPunchId: existing.id, at: existing.at.toISOString(), kind: existing.kind, source: existing.source });
}

/**
 * An org admin adds a punch the officer could not make; the day is evaluated again with
 * it. The same punch (officer, minute, kind; or a punch of no kind in that minute) already
 * there is refused with 409, naming it.
 */
export async function addCorrection(db: Db, actor: Actor, input: { userId: string; at: string; kind: 'IN' | 'OUT'; reason: string }) {
  const who = await officerBasics(db, actor.orgId, input.userId);
  if (!who) throw new AppError('NOT_FOUND');
  const at = new Date(input.at);
  if (at.getTime() > Date.now() + MINUTE_MS) throw fieldError('VALIDATION_FAILED', 'at', 'at.future');
  const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  const existing = await samePunch(db, actor.orgId, input.userId, input.kind, minute, new Date(minute.getTime() + MINUTE_MS));
  if (existing) throw duplicate(existing);
  const idempotencyKey = correctionKey(actor.orgId, input.userId, input.kind, minute);
  const [punch] = await insertPunches(db, [
    {
      orgId: actor.orgId,
      userId: input.userId,
      at,
      kind: input.kind,
      source: 'correction',
      place: 'NONE',
      flags: [],
      reason: input.reason,
      createdBy: actor.id,
      ip: actor.ip,
      idempotencyKey,
    },
  ]);
  if (!punch) {
    const [raced] = await punchesByKeys(db, actor.orgId, [{ userId: input.userId, key: idempotencyKey }]);
    if (raced) throw duplicate(raced.punch);
    throw new Error('correction not written');
  }
  await insertPunchAudits(db, [{ orgId: actor.orgId, actorId: actor.id, punch, ip: actor.ip, action: 'punch.corrected' }]);
  const date = localOf(input.at, who.timeZone).date;
  await reevaluateIfClosed(db, actor.orgId, input.userId, date, who);
  const { days } = await evaluateOfficerDays(db, actor.orgId, input.userId, date, date, new Date(), who);
  return { punch: presentPunch(punch, null), day: days[0]! };
}

/**
 * An online punch as its answer shows it: stored without a declared kind (R33), it is what
 * the engine reads it as against the officer's schedule, given the punches made before it.
 */
export async function withReading(database: Database, orgId: string, userId: string, punch: PunchView): Promise<PunchView> {
  if (punch.kind !== null) return punch;
  const { kind } = await inScope(database, orgId, (db) => punchReading(db, orgId, userId, new Date(punch.at)));
  return { ...punch, kind };
}
