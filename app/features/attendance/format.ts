import i18next, { type TFunction } from 'i18next';
import { formatTime } from '../../../domain/format/dates';
import { formatMinutes } from '../../../domain/format/duration';
import type { DaySchedule, Issue } from '../../api/attendance-types';

/** "08:07" in the organisation's time zone. */
export function clockTime(iso: string, timeZone: string): string {
  return formatTime(iso, timeZone);
}

/** "Lewat 10 jam 22 minit": the issue's name and, when it has them, its minutes as hours and minutes. */
export function issueText(i: Issue, t: TFunction): string {
  const name = t(`att.issue.${i.code}`, { defaultValue: i.code });
  return i.minutes ? t('att.issueMinutes', { name, duration: formatMinutes(i.minutes, i18next.language) }) : name;
}

/** A span of minutes as hours and minutes in the current language. */
export function duration(minutes: number): string {
  return formatMinutes(minutes, i18next.language);
}

/**
 * Tailwind classes of a day's colour in the calendar, by what the day came to. An issue
 * known while the day is still open (late this morning) colours it at once.
 */
export function dayTone(d: { dayType: string; status: string; issues: Issue[]; provisional: boolean; punches: unknown[] }): string {
  if (d.dayType !== 'WORKING') return 'bg-bg-washed text-txt-black-500';
  if (d.issues.length > 0) return 'bg-bg-danger-50 text-txt-danger border-otl-danger-200';
  if (notYet(d)) return 'bg-bg-white text-txt-black-700';
  if (d.status === 'HADIR') return 'bg-bg-success-50 text-txt-success border-otl-success-200';
  if (d.status === 'TIDAK_HADIR') return 'bg-bg-white text-txt-black-700';
  return 'bg-bg-primary-50 text-txt-primary border-otl-primary-200';
}

/** An open day with nothing recorded yet and no status: not judged, shown as such. */
export function notYet(d: { provisional: boolean; status: string; punches: unknown[] }): boolean {
  return d.provisional && d.punches.length === 0 && (d.status === 'HADIR' || d.status === 'TIDAK_HADIR');
}

/** The day's status in words ("not recorded yet" for an open day without punches). */
export function statusText(d: { provisional: boolean; status: string; punches: unknown[] }, t: TFunction): string {
  return notYet(d) ? t('att.notYet') : t(`att.status.${d.status}`, { defaultValue: d.status });
}

/** "Syif malam, 22:00–06:00 keesokan hari": a day's schedule by name with its planned times; the organisation's WBF without a name. */
export function scheduleText(s: DaySchedule, t: TFunction): string {
  const name = s.name ?? t('clock.scheduleWbf');
  if (s.start === null || s.end === null) return name;
  return t(s.end <= s.start ? 'clock.scheduleOvernight' : 'clock.scheduleTimes', { name, start: s.start, end: s.end });
}
