import i18next from 'i18next';
import { formatDateTime } from '../../../domain/format/dates';
import { formatMinutes } from '../../../domain/format/duration';
import type { Task } from './types';

/** "1 jam 30 minit", "45 minit", "2 jam" in the current language (domain/format). */
export function formatDuration(total: number): string {
  return formatMinutes(total, i18next.language);
}

/** When and how long: "08:30–09:15 · 45 minit", "1 jam 30 minit", or null when no time is recorded. */
export function formatTaskTime(task: Task): string | null {
  const spent = task.spentMinutes === null ? null : formatDuration(task.spentMinutes);
  if (task.startTime && task.endTime) return `${task.startTime}–${task.endTime}${spent ? ` · ${spent}` : ''}`;
  return spent;
}

/** A moment as "3 Mac 2026, 14:05" on the organisation's clock. */
export function formatStamp(iso: string, language: string, timeZone: string): string {
  return formatDateTime(iso, language, timeZone);
}
