import { Temporal } from 'temporal-polyfill';
import { evaluateRange } from '../../../domain/day';
import { addDays, localOf } from '../../../domain/day/local-time';
import { isStateCode } from '../../../domain/org/states';
import { liveState, pendingMovement, type LiveState } from '../../../domain/team/live-state';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { officerBasics } from '../attendance';
import { loadWorkingTime, PLACEMENT_MARGIN_DAYS, movementInput, punchInput, statusInput } from '../working-time';
import { teamMovements, teamOf, teamPunches, teamStatuses } from './repo';

export type TeamMember = {
  officer: { id: string; fullName: string; staffNo: string; unitName: string | null; supervisorName: string | null };
  state: LiveState;
  checkIn: string | null;
  checkOut: string | null;
  place: string | null;
  siteName: string | null;
  flags: string[];
  lateMinutes: number;
  statusCode: string | null;
  destination: string | null;
  /** A movement of today still waiting for approval: shown as waiting, it does not change `state`. */
  pendingMovement: { leaveAt: string; expectedReturn: string; destination: string } | null;
};

/**
 * Today for every officer under the caller: where they are now (liveState), the time of
 * their first and last punch with its site or flags, and lateness as the rules engine reads it.
 */
export async function teamToday(db: Db, actor: Actor, scope: 'direct' | 'all', now = new Date()) {
  const me = await officerBasics(db, actor.orgId, actor.id);
  if (!me) throw new AppError('NOT_FOUND');
  const tz = me.timeZone;
  const today = localOf(now.toISOString(), tz).date;
  const midnight = (d: string) => new Date(Temporal.PlainDate.from(d).toZonedDateTime({ timeZone: tz }).epochMilliseconds);
  const team = await teamOf(db, actor.orgId, actor.id, scope);
  const ids = team.map((m) => m.id);
  const dayPunches = await teamPunches(db, actor.orgId, ids, midnight(today), midnight(addDays(today, 1)));
  const statuses = await teamStatuses(db, actor.orgId, ids, today);
  const moves = await teamMovements(db, actor.orgId, ids, today);
  const ctx = await loadWorkingTime(
    db,
    { id: actor.orgId, timeZone: tz, settings: me.settings },
    team.map((m) => ({ id: m.id, dutyState: m.duty_state, unitId: m.unit_id })),
    addDays(today, -PLACEMENT_MARGIN_DAYS),
    addDays(today, PLACEMENT_MARGIN_DAYS),
  );
  const items: TeamMember[] = team.map((m) => {
    const mine = dayPunches.filter((p) => p.userId === m.id);
    const myStatuses = statuses.filter((s) => s.userId === m.id);
    const myMoves = moves.filter((x) => x.userId === m.id);
    const state = isStateCode(m.duty_state) ? m.duty_state : 'MY-14';
    const input = ctx.inputFor({ id: m.id, dutyState: state, unitId: m.unit_id }, today, today, {
      punches: mine.map(punchInput),
      statuses: myStatuses.map((s) => statusInput({ ...s, date: today })),
      movements: myMoves.filter((x) => x.state === 'DILULUSKAN').map(movementInput),
    });
    const [record] = input ? evaluateRange(input) : [];
    const liveMoves = myMoves.map((x) => ({
      leaveAt: x.leaveAt.getTime(),
      until: x.expectedReturn.getTime(),
      returned: x.actualReturn !== null,
      approved: x.state === 'DILULUSKAN',
      row: x,
    }));
    const live = liveState({
      working: record ? record.dayType === 'WORKING' : false,
      statuses: myStatuses,
      punches: mine.map((p) => ({ at: p.at.getTime(), kind: p.kind as 'IN' | 'OUT' | null })),
      movements: liveMoves,
      now: now.getTime(),
    });
    const last = mine.at(-1);
    const out =
      live === 'KELUAR_PEJABAT' ? myMoves.find((x) => x.state === 'DILULUSKAN' && x.leaveAt.getTime() <= now.getTime() && !x.actualReturn) : undefined;
    const waiting = pendingMovement(liveMoves, now.getTime())?.row;
    return {
      officer: { id: m.id, fullName: m.full_name, staffNo: m.staff_no, unitName: m.unit_name, supervisorName: m.supervisor_name },
      state: live,
      checkIn: mine[0]?.at.toISOString() ?? null,
      checkOut: mine.length > 1 || last?.kind === 'OUT' ? (last?.at.toISOString() ?? null) : null,
      place: last?.place ?? null,
      siteName: last?.siteName ?? null,
      flags: [...new Set(mine.flatMap((p) => p.flags))],
      lateMinutes: record?.lateMinutes ?? 0,
      statusCode: myStatuses.find((s) => s.part === 'FULL')?.code ?? null,
      destination: out?.destination ?? null,
      pendingMovement: waiting
        ? { leaveAt: waiting.leaveAt.toISOString(), expectedReturn: waiting.expectedReturn.toISOString(), destination: waiting.destination }
        : null,
    };
  });
  return { serverTime: now.toISOString(), date: today, timeZone: tz, items };
}
