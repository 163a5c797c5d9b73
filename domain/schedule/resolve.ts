import type { Schedule } from './types';

/** A dated assignment of a schedule (group or personal), `to` open-ended when absent. */
export type ScheduleAssignment = { from: string; to?: string; schedule: Schedule };

/**
 * RULES §3: the organisation default, overridden by a group assignment, overridden by a
 * personal assignment, overridden by a roster entry for that very date (R14).
 */
export function resolveSchedule(
  layers: { orgDefault: Schedule; group?: readonly ScheduleAssignment[]; personal?: readonly ScheduleAssignment[]; roster?: ReadonlyMap<string, Schedule> },
  date: string,
): Schedule {
  const inForce = (list: readonly ScheduleAssignment[] | undefined) =>
    list?.filter((a) => a.from <= date && (!a.to || date <= a.to)).sort((a, b) => b.from.localeCompare(a.from))[0]?.schedule;
  return layers.roster?.get(date) ?? inForce(layers.personal) ?? inForce(layers.group) ?? layers.orgDefault;
}
