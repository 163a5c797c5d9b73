import type { ApiResponse } from './contract';

/** What the attendance endpoints answer (server/features/attendance/schema.ts), from the generated contract. */
export type Today = ApiResponse<'/api/attendance/today'>;
export type DayView = Today['day'];
export type Punch = DayView['punches'][number];
export type Place = Punch['place'];
export type Fix = NonNullable<Punch['location']>;
export type DayStatus = DayView['statuses'][number];
export type Movement = DayView['movements'][number];
export type Issue = DayView['issues'][number];
export type SiteShape = Today['sites'][number]['shape'];
export type MonthView = ApiResponse<'/api/attendance/month'>;
export type Card = MonthView['card']['card'];
