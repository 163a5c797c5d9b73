import type { WorkSchedule } from '../../api/types';

type Type = WorkSchedule['type'];
type Rest = { from: string; to: string };
export type ScheduleForm = { name: string; type: Type; start: string; end: string; rests: Rest[]; grace: string; before: string; after: string };

/** The body the API takes for a schedule of each type: WBF has no hours; SHIFT has the pairing margins (empty: the defaults). */
export function scheduleBody(f: ScheduleForm, editing: boolean) {
  const grace = f.grace.trim() === '' ? 0 : Number(f.grace);
  if (f.type === 'WBF') return { name: f.name, ...(editing ? {} : { type: f.type }), graceMinutes: grace };
  const base = { name: f.name, ...(editing ? {} : { type: f.type }), start: f.start, end: f.end, rests: f.rests, graceMinutes: grace };
  if (f.type === 'FIXED') return base;
  const margin = (v: string) => (v.trim() === '' ? (editing ? null : undefined) : Number(v));
  return { ...base, marginBeforeMinutes: margin(f.before), marginAfterMinutes: margin(f.after) };
}
