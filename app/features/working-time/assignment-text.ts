import type { TFunction } from 'i18next';
import type { WorkAssignment } from '../../api/types';
import type { WorkingTimeData } from './useWorkingTime';

/** The schedule or pattern an assignment gives, by name. */
export function assignedName(a: Pick<WorkAssignment, 'scheduleId' | 'patternId'>, d: WorkingTimeData, t: TFunction): string {
  const found = a.scheduleId ? d.schedules.find((s) => s.id === a.scheduleId) : d.patterns.find((p) => p.id === a.patternId);
  if (!found) return t('workingTime.unknownItem');
  return `${t(a.scheduleId ? 'workingTime.kindSchedule' : 'workingTime.kindPattern')} ${found.name}`;
}

/** The assignment a 409 ASSIGNMENT_OVERLAP names, if its details carry one. */
export function clashOf(details: Record<string, unknown>): WorkAssignment | null {
  const a = details.assignment as Partial<WorkAssignment> | undefined;
  return a && typeof a.id === 'string' && typeof a.from === 'string' ? (a as WorkAssignment) : null;
}
