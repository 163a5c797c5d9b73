/**
 * The one way dates and times are written, per language, for every screen, notification,
 * email and report: a date is "1 Dis 2026" (BM) or "1 Dec 2026" (EN); a date and time is
 * "1 Dis 2026, 19:21" on the 24-hour clock, in the organisation's time zone. The month
 * names are kept here rather than taken from the runtime's locale data, so the server and
 * every browser write exactly the same thing.
 */
export type FormatLanguage = 'ms' | 'en';

/** 'en-GB', 'en' → 'en'; anything else (ms-MY, ms) → 'ms', the default language. */
export function formatLanguage(lang: string): FormatLanguage {
  return lang.toLowerCase().startsWith('en') ? 'en' : 'ms';
}

const MONTHS_SHORT: Record<FormatLanguage, string[]> = {
  ms: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const MONTHS_LONG: Record<FormatLanguage, string[]> = {
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Monday first, as the calendars are drawn. */
const WEEKDAYS: Record<FormatLanguage, string[]> = {
  ms: ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): { y: number; m: number; d: number } {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** A work date ("2026-12-01") as "1 Dis 2026" / "1 Dec 2026". */
export function formatDate(date: string, lang: string): string {
  const { y, m, d } = parts(date);
  return `${d} ${MONTHS_SHORT[formatLanguage(lang)][m - 1]} ${y}`;
}

/** A work date with its weekday, for headings: "Selasa, 1 Dis 2026". */
export function formatDayDate(date: string, lang: string): string {
  const { y, m, d } = parts(date);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAYS[formatLanguage(lang)][weekday]}, ${formatDate(date, lang)}`;
}

/** A range of work dates: "1 Dis 2026 – 31 Dis 2026". */
export function formatDateRange(from: string, to: string, lang: string): string {
  return from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/** A month ("2026-12") as "Disember 2026" / "December 2026". */
export function formatMonth(month: string, lang: string): string {
  const { y, m } = parts(`${month}-01`);
  return `${MONTHS_LONG[formatLanguage(lang)][m - 1]} ${y}`;
}

/** The local calendar date ("YYYY-MM-DD") and clock time ("HH:MM") of an instant in a time zone. */
export function localDateTime(instant: string | Date, timeZone: string): { date: string; time: string } {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** An instant's clock time in a time zone: "19:21". */
export function formatTime(instant: string | Date, timeZone: string): string {
  return localDateTime(instant, timeZone).time;
}

/** An instant as "1 Dis 2026, 19:21" / "1 Dec 2026, 19:21" in a time zone. */
export function formatDateTime(instant: string | Date, lang: string, timeZone: string): string {
  const { date, time } = localDateTime(instant, timeZone);
  return `${formatDate(date, lang)}, ${time}`;
}
