import type { StateCode } from '../org/states';
import { buildCalendar, type Calendar, type HolidayEntry } from './calendar';
import y2025 from './holidays/2025.json';
import y2026 from './holidays/2026.json';
import y2027 from './holidays/2027.json';

export type HolidayFile = { year: number; source: string; notes: string; ramadan: { from: string; to: string }[]; holidays: HolidayEntry[] };

/** The shipped holiday files: they seed the database; the engine takes whatever calendar it is given. */
export const HOLIDAY_FILES: HolidayFile[] = [y2025, y2026, y2027].map((f) => ({
  ...f,
  holidays: f.holidays.map((h) => ({ ...h, states: h.states === 'ALL' ? 'ALL' : (h.states as StateCode[]), except: h.except as StateCode[] | undefined })),
}));

export function defaultCalendar(): Calendar {
  return buildCalendar({
    holidays: HOLIDAY_FILES.flatMap((f) => f.holidays),
    ramadan: HOLIDAY_FILES.flatMap((f) => f.ramadan),
  });
}
