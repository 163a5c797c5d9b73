import { Temporal } from 'temporal-polyfill';
import { addDays } from '../../domain/day/local-time';
import type { Db } from '../db/client';
import type { Actor } from '../http/request-context';
import { createAssignment } from '../features/working-time/assignments-service';
import { createPattern } from '../features/working-time/patterns-service';
import { createSchedule } from '../features/working-time/schedules-service';
import { DEMO_WORKING_TIME } from './demo-people';

/** A planned shift of a demo date, in minutes from that date's midnight (an end past 1440 is the next morning). */
export type DemoShift = { start: number; end: number };
/** Each demo officer's plan per date: a shift, `null` off, `undefined` for those on the organisation's WBF. */
export type DemoPlan = (userId: string, date: string, working: boolean) => DemoShift | null | undefined;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const span = (start: string, end: string): DemoShift => ({ start: minutes(start), end: minutes(end) + (end <= start ? 1440 : 0) });

/**
 * The demo agency's working time, written through the admin's services (audited as the
 * organisation admin would be): the counter unit's fixed hours, the day and night shifts, one
 * eight-day pattern per guard (each two days after the one before) and their assignments.
 * Answers the plan its history follows.
 */
export async function seedDemoWorkingTime(
  db: Db,
  actor: Actor,
  today: string,
  unitIds: Record<string, string>,
  people: Map<string, string>,
): Promise<DemoPlan> {
  const wt = DEMO_WORKING_TIME;
  const from = addDays(today, -45);
  const counter = await createSchedule(db, actor, {
    name: wt.counter.name,
    type: 'FIXED',
    start: wt.counter.start,
    end: wt.counter.end,
    rests: [],
    graceMinutes: 0,
  });
  const day = await createSchedule(db, actor, { name: wt.day.name, type: 'SHIFT', start: wt.day.start, end: wt.day.end, rests: [], graceMinutes: 0 });
  const night = await createSchedule(db, actor, { name: wt.night.name, type: 'SHIFT', start: wt.night.start, end: wt.night.end, rests: [], graceMinutes: 0 });
  await createAssignment(db, actor, { scheduleId: counter.id, unitId: unitIds[wt.counter.unit], from });
  const anchors = new Map<string, string>();
  for (const [k, key] of wt.guards.entries()) {
    const anchor = addDays(from, 2 * k);
    const pattern = await createPattern(db, actor, {
      name: `Giliran 12 jam ${String.fromCharCode(65 + k)}`,
      anchor,
      days: wt.cycle.map((c) => (c === 'day' ? day.id : c === 'night' ? night.id : null)),
    });
    const userId = people.get(key) ?? '';
    await createAssignment(db, actor, { patternId: pattern.id, userId, from });
    anchors.set(userId, anchor);
  }
  const counterIds = new Set([...people.entries()].filter(([key]) => key === 'nurul' || key === 'farid').map(([, id]) => id));
  return (userId, date, working) => {
    const anchor = anchors.get(userId);
    if (anchor) {
      const n = Temporal.PlainDate.from(anchor).until(Temporal.PlainDate.from(date)).days;
      const c = wt.cycle[((n % wt.cycle.length) + wt.cycle.length) % wt.cycle.length];
      return c === 'day' ? span(wt.day.start, wt.day.end) : c === 'night' ? span(wt.night.start, wt.night.end) : null;
    }
    if (counterIds.has(userId)) return working ? span(wt.counter.start, wt.counter.end) : null;
    return undefined;
  };
}
