import type { TFunction } from 'i18next';
import type { Task } from './types';
import { splitMinutes } from './week';

/** "1 j 30 min", "45 min", "2 j". */
export function formatDuration(total: number, t: TFunction): string {
  const { hours, minutes } = splitMinutes(total);
  if (hours === 0) return t('tasks.durationM', { minutes });
  if (minutes === 0) return t('tasks.durationH', { hours });
  return t('tasks.durationHm', { hours, minutes });
}

/** When and how long: "08:30–09:15 · 45 min", "1 j 30 min", or null when no time is recorded. */
export function formatTaskTime(task: Task, t: TFunction): string | null {
  const spent = task.spentMinutes === null ? null : formatDuration(task.spentMinutes, t);
  if (task.startTime && task.endTime) return `${task.startTime}–${task.endTime}${spent ? ` · ${spent}` : ''}`;
  return spent;
}

/** A moment as "3 Mac, 14:05" on the organisation's clock. */
export function formatStamp(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}
