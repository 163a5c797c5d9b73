import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localOf } from '../../../domain/day/local-time';
import { workingTuesdayAhead } from '../../test/factories';
import { loginOfficerAndStranger, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Status = { id: string; date: string; code: string; part: string; state: string };

let t: TestApp;
let officer: TestClient;
let stranger: TestClient;
const today = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date;
const later = workingTuesdayAhead(7);

beforeAll(async () => {
  t = await startTestApp();
  ({ officer, stranger } = await loginOfficerAndStranger(t));
});
afterAll(async () => t.close());

describe('day statuses', () => {
  it('BDR and Tugasan Luar wait for approval by default; Kursus is in force at once', async () => {
    const bdr = await officer.post<Status>('/api/day-statuses', { date: later, code: 'BDR', note: 'Kerja dari rumah' });
    expect(bdr.status).toBe(201);
    expect(bdr.body).toMatchObject({ code: 'BDR', part: 'FULL', state: 'MENUNGGU' });
    const course = await officer.post<Status>('/api/day-statuses', { date: addDays(later, 1), code: 'KURSUS', part: 'AM' });
    expect(course.body.state).toBe('DILULUSKAN');
    const list = await officer.get<{ items: Status[] }>(`/api/day-statuses?from=${today}&to=${addDays(later, 5)}`);
    expect(list.body.items.map((s) => s.code)).toEqual(['BDR', 'KURSUS']);
  });

  it('refuses a clash, a past date and bad input with the field named', async () => {
    expect((await officer.post<Err>('/api/day-statuses', { date: later, code: 'CUTI', part: 'PM' })).body.error.code).toBe('STATUS_CLASH');
    expect((await officer.post<Status>('/api/day-statuses', { date: addDays(later, 1), code: 'MESYUARAT', part: 'PM' })).status).toBe(201);
    const past = await officer.post<Err>('/api/day-statuses', { date: addDays(today, -1), code: 'CUTI' });
    expect(past.body.error.details?.fields?.[0]?.path).toBe('date');
    expect((await officer.post<Err>('/api/day-statuses', { date: addDays(today, 366), code: 'CUTI' })).body.error.details?.fields?.[0]?.path).toBe('date');
    expect((await officer.get(`/api/day-statuses?from=${today}&to=${addDays(today, 365)}`)).status).toBe(200);
    expect((await officer.get<Err>(`/api/day-statuses?from=${today}&to=${addDays(today, 366)}`)).body.error.details?.fields?.[0]?.path).toBe('to');
    const bad = await officer.post<Err>('/api/day-statuses', { date: '2026-02-30', code: 'HOLIDAY', part: 'NIGHT' });
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['code', 'date', 'part']);
  });

  it('is withdrawn by its officer only; then the date is free again', async () => {
    const list = await officer.get<{ items: Status[] }>(`/api/day-statuses?from=${later}&to=${later}`);
    const bdr = list.body.items[0]!;
    expect((await stranger.post(`/api/day-statuses/${bdr.id}/cancel`)).status).toBe(404);
    expect((await officer.post<Status>(`/api/day-statuses/${bdr.id}/cancel`)).body.state).toBe('DIBATALKAN');
    expect((await officer.post<Status>('/api/day-statuses', { date: later, code: 'CUTI' })).body.state).toBe('DILULUSKAN');
  });

  it("an approved status covers the day in the engine's reading", async () => {
    const day = await officer.get<{ status: string; statuses: Status[] }>(`/api/attendance/days/${later}`);
    expect(day.body.status).toBe('CUTI');
    expect(day.body.statuses.map((s) => s.code)).toEqual(['CUTI']);
  });
});
