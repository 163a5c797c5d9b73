import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateRange, formatDateTime, formatDayDate, formatMonth, formatTime } from '../../domain/format/dates';
import { formatMinutes } from '../../domain/format/duration';
import { useSession } from '../session/session';

export type Formatters = {
  language: string;
  timeZone: string;
  /** "1 Dis 2026" */
  date: (date: string) => string;
  /** "Selasa, 1 Dis 2026" (headings) */
  dayDate: (date: string) => string;
  /** "1 Dis 2026 – 31 Dis 2026" */
  range: (from: string, to: string) => string;
  /** "Disember 2026" */
  month: (month: string) => string;
  /** "19:21" in the organisation's zone */
  time: (instant: string | Date) => string;
  /** "1 Dis 2026, 19:21" in the organisation's zone */
  dateTime: (instant: string | Date) => string;
  /** "10 jam 22 minit" */
  minutes: (total: number) => string;
};

/**
 * The shared formatters of domain/format bound to the reader's language and the
 * organisation's time zone: every page writes dates, times and durations through these.
 */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const language = i18n.language;
  const timeZone = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  return useMemo(
    () => ({
      language,
      timeZone,
      date: (d) => formatDate(d, language),
      dayDate: (d) => formatDayDate(d, language),
      range: (from, to) => formatDateRange(from, to, language),
      month: (m) => formatMonth(m, language),
      time: (i) => formatTime(i, timeZone),
      dateTime: (i) => formatDateTime(i, language, timeZone),
      minutes: (n) => formatMinutes(n, language),
    }),
    [language, timeZone],
  );
}
