/** What the attendance endpoints answer (server/features/attendance/schema.ts). */
export type Place = 'SITE' | 'HOME' | 'MOVEMENT' | 'OUTSIDE' | 'NONE';
export type Fix = { lat: number; lng: number; accuracy: number };
export type Punch = {
  id: string; at: string; kind: 'IN' | 'OUT' | null; source: string; place: Place; siteId: string | null; siteName: string | null;
  flags: string[]; location: Fix | null; deviceTime: string | null; note: string | null; reason: string | null;
};
export type DayStatus = { id: string; date: string; code: string; part: 'FULL' | 'AM' | 'PM'; note: string | null; state: string; decisionNote: string | null };
export type Movement = {
  id: string; date: string; leaveAt: string; expectedReturn: string; actualReturn: string | null; destination: string;
  destLocation: { lat: number; lng: number } | null; purpose: string; state: string; decisionNote: string | null;
};
export type Issue = { code: string; minutes?: number; rule: string };
export type DayView = {
  date: string; dayType: 'WORKING' | 'REST' | 'HOLIDAY'; holiday: string | null; status: string; effectiveStart: string | null; requiredEnd: string | null;
  workedMinutes: number; issues: Issue[]; lateMinutes: number; earlyMinutes: number; workedOnRestDay: boolean; checkIn: string | null; checkOut: string | null;
  provisional: boolean; punches: Punch[]; statuses: DayStatus[]; movements: Movement[];
};
export type SiteShape = { type: 'circle'; centre: { lat: number; lng: number }; radiusMeters: number } | { type: 'polygon'; points: { lat: number; lng: number }[] };
export type Today = { serverTime: string; timeZone: string; day: DayView; next: 'IN' | 'OUT'; sites: { id: string; name: string; shape: SiteShape }[] };
export type Card = 'KUNING' | 'HIJAU' | 'MERAH';
export type MonthView = { month: string; today: string; days: DayView[]; card: { card: Card; months: { month: string; offenceDays: number; card: Card }[] } };
