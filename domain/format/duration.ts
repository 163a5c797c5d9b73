import { formatLanguage } from './dates';

/**
 * A number of minutes as people say it: "45 minit", "1 jam", "10 jam 22 minit" (BM);
 * "45 minutes", "1 hour", "10 hours 22 minutes" (EN). Minutes beyond 59 are always
 * shown as hours and minutes. The one formatter of durations for screens, reports and
 * notifications.
 */
export function formatMinutes(total: number, lang: string): string {
  const minutes = Math.max(0, Math.round(total));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (formatLanguage(lang) === 'en') {
    const hours = `${h} ${h === 1 ? 'hour' : 'hours'}`;
    const mins = `${m} ${m === 1 ? 'minute' : 'minutes'}`;
    return h === 0 ? mins : m === 0 ? hours : `${hours} ${mins}`;
  }
  return h === 0 ? `${m} minit` : m === 0 ? `${h} jam` : `${h} jam ${m} minit`;
}
