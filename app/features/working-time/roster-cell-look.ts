import type { TFunction } from 'i18next';
import type { RosterCell } from '../../api/types';
import { shortName } from './working-time-text';

export type CellSource = RosterCell['source'];
export const SOURCES: readonly CellSource[] = ['ROSTER', 'PERSONAL', 'UNIT', 'DEFAULT', 'SETTINGS'];

/** Each source's colour (a left bar and the marker's background); the marker's letter says it without colour too. */
export const SOURCE_STYLE: Record<CellSource, string> = {
  ROSTER: 'border-l-primary-600 bg-bg-primary-50',
  PERSONAL: 'border-l-warning-600 bg-bg-warning-50',
  UNIT: 'border-l-success-600 bg-bg-success-50',
  DEFAULT: 'border-l-otl-gray-300 bg-bg-white',
  SETTINGS: 'border-l-otl-gray-200 bg-bg-washed',
};

/** What a cell shows: the schedule's name (short in the grid), or off. */
export function cellText(c: RosterCell, t: TFunction, full = false): string {
  if (c.off) return t('workingTime.off');
  const name = c.name ?? t(`workingTime.typeShort${c.type}`);
  return full ? name : shortName(name);
}

/** The whole cell in words, for its button's accessible name and tooltip. */
export function cellDescription(c: RosterCell, officer: string, date: string, t: TFunction, minimumRestHours: number): string {
  const what = c.off
    ? t('workingTime.off')
    : [c.name ?? t(`workingTime.typeShort${c.type}`), c.start && c.end ? `${c.start}–${c.end}` : null].filter(Boolean).join(' ');
  const base = t('workingTime.cellLabel', { name: officer, date, what, source: t(`workingTime.source${c.source}`) });
  const conflicts = c.conflicts.map((k) => t(`workingTime.conflict${k}`, { hours: minimumRestHours }));
  return conflicts.length ? `${base}. ${t('workingTime.conflicts')}: ${conflicts.join(', ')}` : base;
}
