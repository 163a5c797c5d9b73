import { Temporal } from 'temporal-polyfill';

/** Where a date's schedule comes from (R14): a roster cell, the officer's own assignment, their unit's (or an ancestor's), the organisation default. */
export const PLAN_SOURCES = ['ROSTER', 'PERSONAL', 'UNIT', 'DEFAULT'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

/** A pattern's cycle: day 0 is the anchor date; each day a schedule id or off (null). */
export type Cycle = { anchor: string; days: readonly (string | null)[] };

/** A dated assignment of a schedule or a pattern at one level: the organisation (neither unit nor user), a unit's sub-tree, one officer. */
export type PlanAssignment = { from: string; to: string | null; scheduleId: string | null; cycle: Cycle | null; unitId: string | null; userId: string | null };

/** A date's plan: the schedule id it is worked under, or off (null), where that comes from, and whether a pattern's cycle gave it (its days say working or rest). */
export type Plan = { scheduleId: string | null; source: PlanSource; cycled: boolean };

/** The day of the cycle a date falls on, counting from the anchor both ways. */
export function cycleDay(cycle: Cycle, date: string): number {
  const n = cycle.days.length;
  const offset = Temporal.PlainDate.from(cycle.anchor).until(Temporal.PlainDate.from(date), { largestUnit: 'days' }).days;
  return ((offset % n) + n) % n;
}

/** The schedule id (or off) an assignment gives a date it covers. */
export function assignedOn(a: PlanAssignment, date: string): string | null {
  return a.cycle ? (a.cycle.days[cycleDay(a.cycle, date)] ?? null) : a.scheduleId;
}

const covers = (a: PlanAssignment, date: string) => a.from <= date && (a.to === null || date <= a.to);

/**
 * R14 for one officer and date: a roster cell, else the officer's assignment, else the
 * nearest unit up the tree with one (`unitChain`: the officer's unit first, then its
 * parents), else the organisation default; null when nothing is assigned at all (the
 * organisation settings' WBF).
 */
export function planOn(input: {
  date: string;
  userId: string;
  unitChain: readonly string[];
  assignments: readonly PlanAssignment[];
  roster?: ReadonlyMap<string, string | null>;
}): Plan | null {
  const { date } = input;
  if (input.roster?.has(date)) return { scheduleId: input.roster.get(date) ?? null, source: 'ROSTER', cycled: false };
  const plan = (a: PlanAssignment, source: PlanSource): Plan => ({ scheduleId: assignedOn(a, date), source, cycled: a.cycle !== null });
  const inForce = input.assignments.filter((a) => covers(a, date));
  const personal = inForce.find((a) => a.userId === input.userId);
  if (personal) return plan(personal, 'PERSONAL');
  for (const unit of input.unitChain) {
    const own = inForce.find((a) => a.userId === null && a.unitId === unit);
    if (own) return plan(own, 'UNIT');
  }
  const org = inForce.find((a) => a.userId === null && a.unitId === null);
  return org ? plan(org, 'DEFAULT') : null;
}

/** A unit and its ancestors, nearest first (a cycle in bad data stops the walk). */
export function unitChainOf(unitId: string | null, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  for (let u = unitId; u && !chain.includes(u); u = parents.get(u) ?? null) chain.push(u);
  return chain;
}
