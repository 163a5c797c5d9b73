import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localOf } from '../../../domain/day/local-time';
import { loginOfficerAndStranger, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Movement = { id: string; state: string; actualReturn: string | null; destination: string; destLocation: { lat: number } | null };

let t: TestApp;
let officer: TestClient;
let stranger: TestClient;
const day = addDays(localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date, 7);
const local = (hhmm: string, d = day) => `${d}T${hhmm}:00+08:00`;
const move = (c: TestClient, from: string, to: string, extra: Record<string, unknown> = {}) =>
  c.post<Movement>('/api/movements', {
    leaveAt: local(from),
    expectedReturn: local(to),
    destination: 'Pejabat Tanah Putrajaya',
    purpose: 'Serahan dokumen',
    ...extra,
  });

beforeAll(async () => {
  t = await startTestApp();
  ({ officer, stranger } = await loginOfficerAndStranger(t));
});
afterAll(async () => t.close());

describe('movements (keluar pejabat)', () => {
  it('records a movement waiting for the supervisor, with an optional destination fix', async () => {
    const res = await move(officer, '10:00', '12:00', { destLocation: { lat: 2.93, lng: 101.69 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'MENUNGGU', actualReturn: null, destination: 'Pejabat Tanah Putrajaya', destLocation: { lat: 2.93 } });
    const list = await officer.get<{ items: Movement[] }>(`/api/movements?from=${day}&to=${day}`);
    expect(list.body.items.map((m) => m.id)).toEqual([res.body.id]);
  });

  it('enforces the daily cap of R18 with the figures in the answer', async () => {
    expect((await move(officer, '13:00', '15:00')).status).toBe(201);
    const over = await move(officer, '15:00', '15:30');
    expect(over.status).toBe(422);
    const err = over.body as unknown as Err;
    expect(err.error.code).toBe('MOVEMENT_CAP_EXCEEDED');
    expect(err.error.details).toMatchObject({ date: day, capMinutes: 240, usedMinutes: 240, remainingMinutes: 0 });
    expect(err.error.message).toBe('Jumlah keluar pejabat pada tarikh itu melebihi had harian.');
    const list = await officer.get<{ items: Movement[] }>(`/api/movements?from=${day}&to=${day}`);
    expect(list.body.items).toHaveLength(2);
  });

  it('refuses a movement outside the working span of its date (WBF 07:30–18:00), naming the date', async () => {
    const count = async () => (await officer.get<{ items: Movement[] }>(`/api/movements?from=${day}&to=${day}`)).body.items.length;
    const before = await count();
    for (const [from, to] of [
      ['19:23', '20:23'],
      ['07:00', '08:00'],
      ['17:30', '18:30'],
    ] as const) {
      const res = await move(officer, from, to);
      expect(res.status).toBe(422);
      expect((res.body as unknown as Err).error).toMatchObject({
        code: 'MOVEMENT_OUTSIDE_HOURS',
        message: 'Pergerakan mesti dalam waktu bekerja tarikh itu.',
        details: { date: day, from: '07:30', to: '18:00' },
      });
    }
    expect(await count()).toBe(before);
  });

  it('names the field at fault', async () => {
    const reversed = await move(officer, '12:00', '11:00');
    expect((reversed.body as unknown as Err).error.details?.fields?.[0]?.path).toBe('expectedReturn');
    const overnight = await officer.post<Err>('/api/movements', {
      leaveAt: local('16:00'),
      expectedReturn: local('09:00', addDays(day, 1)),
      destination: 'x y',
      purpose: 'abc',
    });
    expect(overnight.body.error.details?.fields?.[0]?.path).toBe('expectedReturn');
    const empty = await officer.post<Err>('/api/movements', { leaveAt: 'soon', destination: '', purpose: '' });
    expect(empty.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['destination', 'expectedReturn', 'leaveAt', 'purpose']);
    const past = await officer.post<Err>('/api/movements', {
      leaveAt: local('10:00', '2026-01-05'),
      expectedReturn: local('11:00', '2026-01-05'),
      destination: 'x y',
      purpose: 'abc',
    });
    expect(past.body.error.details?.fields?.[0]?.path).toBe('leaveAt');
  });

  it('cancels a waiting movement, which frees the cap; another organisation gets 404', async () => {
    const list = await officer.get<{ items: Movement[] }>(`/api/movements?from=${day}&to=${day}`);
    const first = list.body.items[0]!;
    expect((await stranger.post(`/api/movements/${first.id}/cancel`)).status).toBe(404);
    expect((await officer.post<Movement>(`/api/movements/${first.id}/cancel`)).body.state).toBe('DIBATALKAN');
    expect((await officer.post<Err>(`/api/movements/${first.id}/cancel`)).body.error.code).toBe('NOT_PENDING');
    expect((await move(officer, '15:00', '15:30')).status).toBe(201);
  });

  it('records the actual return once, not in the future', async () => {
    const today = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date;
    // Today, from the start of the working span (07:30) for up to an hour; before 07:31 there is no earlier time in the span.
    const leave = new Date(`${today}T07:30:00+08:00`);
    if (Date.now() < leave.getTime() + 60_000) return;
    const until = new Date(Math.min(leave.getTime() + 3_600_000, Date.now()));
    const res = await officer.post<Movement>('/api/movements', {
      leaveAt: leave.toISOString(),
      expectedReturn: until.toISOString(),
      destination: 'Bank',
      purpose: 'Urusan rasmi',
    });
    expect(res.status).toBe(201);
    const future = await officer.post<Err>(`/api/movements/${res.body.id}/return`, { at: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.body.error.details?.fields?.[0]?.path).toBe('at');
    const back = await officer.post<Movement>(`/api/movements/${res.body.id}/return`, {});
    expect(back.body.actualReturn).not.toBeNull();
    expect((await officer.post<Err>(`/api/movements/${res.body.id}/return`, {})).body.error.code).toBe('NOT_PENDING');
  });
});
