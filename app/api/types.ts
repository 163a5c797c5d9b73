import type { ApiResponse } from './contract';

/** The API's shapes the app names, taken from the generated contract (openapi.d.ts): never copied by hand. */

export type Me = ApiResponse<'/api/me'>;
export type UserDetail = Me['user'];
export type Language = UserDetail['language'];
export type UserSummary = ApiResponse<'/api/users'>['items'][number];

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export type Unit = ApiResponse<'/api/units'>['items'][number];

/** Settings as the server sends them; the settings form reads the keys it knows (features/organisation/settings-form.ts). */
export type Organisation = ApiResponse<'/api/organisation'>;

export type Agency = ApiResponse<'/api/platform/organisations'>['items'][number];

export type AuditRow = ApiResponse<'/api/audit'>['items'][number];

export type Site = ApiResponse<'/api/sites/{id}'>;
export type SiteShape = Site['shape'];

/* Working time (the organisation admin's "Waktu kerja"). */
export type WorkSchedule = ApiResponse<'/api/work-schedules'>['items'][number];
export type WorkPattern = ApiResponse<'/api/work-patterns'>['items'][number];
export type WorkAssignment = ApiResponse<'/api/work-schedules/assignments'>['items'][number];
export type RosterGrid = ApiResponse<'/api/rosters'>;
export type RosterCell = RosterGrid['officers'][number]['cells'][number];
