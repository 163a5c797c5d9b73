import type { Calendar } from '../calendar/calendar';
import type { StateCode } from '../org/states';
import type { Schedule } from '../schedule/types';

export const DAY_STATUS_CODES = ['CUTI', 'CUTI_SAKIT', 'KURSUS', 'TUGASAN_LUAR', 'MESYUARAT', 'BDR'] as const;
export type DayStatusCode = (typeof DAY_STATUS_CODES)[number];
export type RecordStatus = 'HADIR' | 'TIDAK_HADIR' | DayStatusCode | 'CUTI_UMUM' | 'HARI_REHAT';
export type IssueCode = 'LEWAT' | 'BALIK_AWAL' | 'TIADA_DAFTAR_KELUAR' | 'TIADA_DAFTAR_MASUK' | 'TIDAK_HADIR' | 'LUAR_KAWASAN';

/** A punch: an instant (ISO 8601 with offset); `kind` when the device said so; `inside` its geofence class. */
export type PunchInput = { at: string; kind?: 'IN' | 'OUT'; inside?: boolean };
/**
 * An approved day status (R17), whole day or half (R28). On `TUGASAN_LUAR` (R30):
 * `dutyStart` "HH:MM", when the outside duty began (absent: before 07:30), and
 * `outOfStation`, returning the same day from out of station (R19; default false).
 */
export type StatusInput = { date: string; code: DayStatusCode; part: 'FULL' | 'AM' | 'PM'; dutyStart?: string; outOfStation?: boolean };
/** A time slip out of the office (R18); only approved ones count. */
export type MovementInput = { from: string; to: string; approved: boolean };
/** Pregnancy early leave approvals (R15) and the Ramadan option (R16). */
export type PersonInput = { pregnancy?: { from: string; to: string; maternityFrom?: string }[]; ramadan?: boolean };

export type EvaluateInput = {
  calendar: Calendar;
  state: StateCode;
  schedule: Schedule;
  /** Per-date schedule (rosters, assignments — see resolveSchedule); `schedule` when absent. */
  scheduleFor?: (date: string) => Schedule;
  /** Default Asia/Kuala_Lumpur (R1). */
  timeZone?: string;
  person?: PersonInput;
  from: string;
  to: string;
  punches: PunchInput[];
  statuses?: StatusInput[];
  movements?: MovementInput[];
};

export type Issue = { code: IssueCode; minutes?: number; rule: string };

/** One work date's record (R20). Times "HH:MM" local; `workedMinutes` see docs/rules.md. */
export type DayRecord = {
  date: string;
  dayType: 'WORKING' | 'REST' | 'HOLIDAY';
  holiday: string | null;
  status: RecordStatus;
  effectiveStart: string | null;
  requiredEnd: string | null;
  workedMinutes: number;
  issues: Issue[];
  lateMinutes: number;
  earlyMinutes: number;
  workedOnRestDay: boolean;
  checkIn: string | null;
  checkOut: string | null;
};
