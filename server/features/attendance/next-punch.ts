import { nextPunchKind } from '../../../domain/day';
import { addDays, localOf, startOfDay } from '../../../domain/day/local-time';
import { isStateCode } from '../../../domain/org/states';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { listPunches } from '../punches';
import { loadWorkingTime, movementInput, PLACEMENT_MARGIN_DAYS, punchInput, statusInput, type DayPlan } from '../working-time';
import { liveMovements, liveStatuses, officerBasics, type Officer } from './repo';

/** The engine's reading of a punch made at `at` (R33): check-in or check-out, the work date it belongs to and that date's plan. */
export type PunchReading = { kind: 'IN' | 'OUT'; workDate: string; plan: DayPlan };

/**
 * What a punch at `at` is read as, against the officer's own schedule for the work date it
 * falls in (a night shift's 06:02 is the check-out of the day before), with the punches
 * made before it: the clock button's label for `at` = now, a punch's kind in its answer.
 */
export async function punchReading(db: Db, orgId: string, userId: string, at: Date, known?: Officer): Promise<PunchReading> {
  const who = known ?? (await officerBasics(db, orgId, userId));
  if (!who || !isStateCode(who.dutyState)) throw new AppError('NOT_FOUND');
  const tz = who.timeZone;
  const officer = { id: userId, dutyState: who.dutyState, unitId: who.unitId };
  const date = localOf(at.toISOString(), tz).date;
  const ctx = await loadWorkingTime(
    db,
    { id: orgId, timeZone: tz, settings: who.settings },
    [officer],
    addDays(date, -1 - PLACEMENT_MARGIN_DAYS),
    addDays(date, 1 + PLACEMENT_MARGIN_DAYS),
  );
  // One after another: inside a request's transaction there is one connection.
  const punchRows = await listPunches(db, orgId, userId, startOfDay(addDays(date, -2), tz), at);
  const statuses = await liveStatuses(db, orgId, userId, addDays(date, -1), addDays(date, 1));
  const moves = await liveMovements(db, orgId, userId, addDays(date, -1), addDays(date, 1));
  const input = ctx.inputFor(officer, date, date, {
    punches: punchRows.map((r) => punchInput(r.punch)),
    statuses: statuses.filter((s) => s.state === 'DILULUSKAN').map(statusInput),
    movements: moves.filter((m) => m.state === 'DILULUSKAN').map(movementInput),
  });
  if (!input) throw new AppError('NOT_FOUND');
  const { kind, workDate } = nextPunchKind({ ...input, at: at.toISOString() });
  return { kind, workDate, plan: ctx.planOf(userId, workDate) };
}
