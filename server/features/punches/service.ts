import { localOf } from '../../../domain/day/local-time';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { evaluateOfficerDays } from '../attendance/evaluation';
import { officerBasics } from '../attendance/repo';
import { reevaluateIfClosed } from '../../jobs/day-close';
import { insertPunchAudits, insertPunches, presentPunch } from './repo';

/** An org admin adds a punch the officer could not make; the day is evaluated again with it. */
export async function addCorrection(db: Db, actor: Actor, input: { userId: string; at: string; kind: 'IN' | 'OUT'; reason: string }) {
  const who = await officerBasics(db, actor.orgId, input.userId);
  if (!who) throw new AppError('NOT_FOUND');
  const at = new Date(input.at);
  if (at.getTime() > Date.now() + 60_000) throw fieldError('VALIDATION_FAILED', 'at', 'at.future');
  const [punch] = await insertPunches(db, [{
    orgId: actor.orgId, userId: input.userId, at, kind: input.kind, source: 'correction', place: 'NONE', flags: [],
    reason: input.reason, createdBy: actor.id, ip: actor.ip,
  }]);
  if (!punch) throw new Error('correction not written');
  await insertPunchAudits(db, [{ orgId: actor.orgId, actorId: actor.id, punch, ip: actor.ip, action: 'punch.corrected' }]);
  const date = localOf(input.at, who.timeZone).date;
  await reevaluateIfClosed(db, actor.orgId, input.userId, date, who);
  const { days } = await evaluateOfficerDays(db, actor.orgId, input.userId, date, date, new Date(), who);
  return { punch: presentPunch(punch, null), day: days[0]! };
}
