import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Task = {
  id: string;
  date: string;
  title: string;
  details: string | null;
  minutes: number | null;
  startTime: string | null;
  endTime: string | null;
  spentMinutes: number | null;
  category: string;
  progress: string;
  copiedFrom: string | null;
};
type List = { from: string; to: string; items: Task[] };

let t: TestApp;
let officer: TestClient;
let colleague: TestClient;
let executive: TestClient;
let outsider: TestClient;
let admin: TestClient;
let englishOfficer: TestClient;

const today = Temporal.Now.zonedDateTimeISO('Asia/Kuala_Lumpur').toPlainDate();
const day = (offset: number) => today.add({ days: offset }).toString();
/** Monday of the week three weeks back: a whole week safely in the past. */
const monday = today.subtract({ days: today.dayOfWeek - 1 + 21 });
const weekDay = (i: number) => monday.add({ days: i }).toString();
const task = (over: Record<string, unknown> = {}) => ({ date: day(0), title: 'Sediakan minit mesyuarat', category: 'MESYUARAT', ...over });
const firstField = (r: { body: Err }) => r.body.error.details?.fields?.[0]?.path;

async function login(email: string, password: string) {
  const c = t.client();
  await c.login(email, password);
  return c;
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  officer = await login(a.officer.email, a.officer.password);
  colleague = await login(a.supervisor.email, a.supervisor.password);
  executive = await login(a.executive.email, a.executive.password);
  admin = await login(a.admin.email, a.admin.password);
  outsider = await login(b.officer.email, b.officer.password);
  const english = await makeUser(t.db, a.org.id, { language: 'en-GB' });
  englishOfficer = await login(english.email, english.password);
});
afterAll(async () => t.close());

describe('daily tasks: access', () => {
  it('asks anonymous callers to log in and refuses roles without attendance.self', async () => {
    const anon = t.client();
    expect((await anon.get(`/api/tasks?week=${day(0)}`)).status).toBe(401);
    expect((await anon.post('/api/tasks', task())).status).toBe(401);
    expect((await executive.get(`/api/tasks?week=${day(0)}`)).status).toBe(403);
  });

  it("answers 404 for another user's task, in the same organisation or another, and never lists it", async () => {
    const mine = await officer.post<Task>('/api/tasks', task({ title: 'Tugasan peribadi' }));
    expect(mine.status).toBe(201);
    for (const other of [colleague, outsider]) {
      expect((await other.patch(`/api/tasks/${mine.body.id}`, { title: 'Diubah' })).status).toBe(404);
      expect((await other.delete(`/api/tasks/${mine.body.id}`)).status).toBe(404);
      const list = await other.get<List>(`/api/tasks?week=${day(0)}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((i) => i.id)).not.toContain(mine.body.id);
    }
    expect((await officer.patch(`/api/tasks/${crypto.randomUUID()}`, { title: 'X' })).status).toBe(404);
  });
});

describe('daily tasks: bad input', () => {
  it('names the field in a 400', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [task({ date: '2026-02-30' }), 'date'],
      [task({ date: 'esok' }), 'date'],
      [task({ date: day(8) }), 'date'],
      [task({ title: '   ' }), 'title'],
      [task({ minutes: 30, startTime: '09:00', endTime: '10:00' }), 'minutes'],
      [task({ startTime: '11:00', endTime: '10:30' }), 'endTime'],
      [task({ startTime: '09:00' }), 'endTime'],
      [task({ startTime: '9am', endTime: '10:00' }), 'startTime'],
      [task({ minutes: 0 }), 'minutes'],
      [task({ minutes: 1441 }), 'minutes'],
      [task({ category: 'MAKAN' }), 'category'],
      [task({ progress: 'SIAP' }), 'progress'],
    ];
    for (const [body, field] of cases) {
      const r = await officer.post<Err>('/api/tasks', body);
      expect({ body, status: r.status, field: firstField(r) }).toEqual({ body, status: 400, field });
    }
  });

  it("renders its own messages in the caller's language", async () => {
    const r = await officer.post<Err>('/api/tasks', task({ startTime: '11:00', endTime: '10:00' }));
    expect(r.body.error.details?.fields?.[0]?.message).toBe('Masa tamat mesti selepas masa mula.');
    const far = await englishOfficer.post<Err>('/api/tasks', task({ date: day(8) }));
    expect(far.body.error.details?.fields?.[0]?.message).toBe('The date is too far ahead.');
  });

  it('checks list ranges, patches and copies', async () => {
    expect(firstField(await officer.get<Err>('/api/tasks'))).toBe('week');
    expect(firstField(await officer.get<Err>(`/api/tasks?from=${day(-3)}`))).toBe('to');
    expect(firstField(await officer.get<Err>(`/api/tasks?from=${day(0)}&to=${day(-1)}`))).toBe('to');
    expect(firstField(await officer.get<Err>(`/api/tasks?from=${day(-31)}&to=${day(0)}`))).toBe('to');
    expect((await officer.get<List>(`/api/tasks?from=${day(-30)}&to=${day(0)}`)).status).toBe(200);
    const made = await officer.post<Task>('/api/tasks', task());
    expect(firstField(await officer.patch<Err>(`/api/tasks/${made.body.id}`, { date: day(9) }))).toBe('date');
    expect(firstField(await officer.patch<Err>(`/api/tasks/${made.body.id}`, { endTime: '10:00' }))).toBe('startTime');
    expect(firstField(await officer.patch<Err>(`/api/tasks/${made.body.id}`, { owner: 'x' }))).toBeDefined();
    expect(firstField(await officer.post<Err>('/api/tasks/copy-unfinished', { from: day(0), to: day(0) }))).toBe('to');
    expect(firstField(await officer.post<Err>('/api/tasks/copy-unfinished', { from: day(-1), to: day(8) }))).toBe('to');
  });
});

describe('daily tasks: happy paths', () => {
  it('adds tasks and lists one week, Monday to Sunday, by date then entry', async () => {
    const sunday = await officer.post<Task>('/api/tasks', task({ date: weekDay(6), title: 'Laporan mingguan', category: 'PENTADBIRAN', minutes: 45 }));
    const first = await officer.post<Task>(
      '/api/tasks',
      task({ date: weekDay(0), title: 'Taklimat pagi', startTime: '08:30', endTime: '09:15', details: 'Bilik Mesyuarat Utama' }),
    );
    const second = await officer.post<Task>('/api/tasks', task({ date: weekDay(0), title: 'Lawatan tapak', category: 'LAPANGAN', progress: 'SELESAI' }));
    await officer.post<Task>('/api/tasks', task({ date: weekDay(7), title: 'Minggu depan' }));
    await officer.post<Task>('/api/tasks', task({ date: weekDay(-1), title: 'Minggu lepas' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      minutes: null,
      startTime: '08:30',
      endTime: '09:15',
      spentMinutes: 45,
      progress: 'DIRANCANG',
      details: 'Bilik Mesyuarat Utama',
      copiedFrom: null,
    });
    expect(sunday.body).toMatchObject({ minutes: 45, spentMinutes: 45, startTime: null });

    const list = await officer.get<List>(`/api/tasks?week=${weekDay(3)}`);
    expect(list.status).toBe(200);
    expect({ from: list.body.from, to: list.body.to }).toEqual({ from: weekDay(0), to: weekDay(6) });
    expect(list.body.items.map((i) => i.id)).toEqual([first.body.id, second.body.id, sunday.body.id]);
    const byRange = await officer.get<List>(`/api/tasks?from=${weekDay(6)}&to=${weekDay(7)}`);
    expect(byRange.body.items.map((i) => i.title)).toEqual(['Laporan mingguan', 'Minggu depan']);
  });

  it('edits and deletes own tasks, switching between minutes and start–end, with audit rows', async () => {
    const made = await officer.post<Task>('/api/tasks', task({ date: day(7), minutes: 90 }));
    expect(made.status).toBe(201);
    const ranged = await officer.patch<Task>(`/api/tasks/${made.body.id}`, { startTime: '14:00', endTime: '16:30', progress: 'DALAM_TINDAKAN' });
    expect(ranged.status).toBe(200);
    expect(ranged.body).toMatchObject({
      minutes: null,
      startTime: '14:00',
      endTime: '16:30',
      spentMinutes: 150,
      progress: 'DALAM_TINDAKAN',
      title: 'Sediakan minit mesyuarat',
    });
    const counted = await officer.patch<Task>(`/api/tasks/${made.body.id}`, { minutes: 20, details: 'Draf pertama', date: day(-1) });
    expect(counted.body).toMatchObject({ minutes: 20, startTime: null, endTime: null, details: 'Draf pertama', date: day(-1) });
    const cleared = await officer.patch<Task>(`/api/tasks/${made.body.id}`, { details: null, minutes: null });
    expect(cleared.body).toMatchObject({ details: null, minutes: null, spentMinutes: null });

    expect((await officer.delete(`/api/tasks/${made.body.id}`)).status).toBe(204);
    expect((await officer.patch(`/api/tasks/${made.body.id}`, { title: 'X' })).status).toBe(404);
    expect((await officer.get<List>(`/api/tasks?week=${day(-1)}`)).body.items.map((i) => i.id)).not.toContain(made.body.id);

    const audit = await admin.get<{ items: { action: string; entityId: string; before: unknown; after: unknown }[] }>('/api/audit?pageSize=100');
    const rows = audit.body.items.filter((a) => a.entityId === made.body.id);
    expect(rows.map((a) => a.action).sort()).toEqual(['task.created', 'task.deleted', 'task.updated', 'task.updated', 'task.updated']);
    expect(rows.find((a) => a.action === 'task.deleted')?.before).toMatchObject({ id: made.body.id, title: 'Sediakan minit mesyuarat' });
  });

  it('copies unfinished tasks of a date to today once, keeping progress and the source', async () => {
    const from = day(-10);
    const planned = await officer.post<Task>('/api/tasks', task({ date: from, title: 'Semak fail', progress: 'DIRANCANG', minutes: 30 }));
    const ongoing = await officer.post<Task>('/api/tasks', task({ date: from, title: 'Kemaskini data', progress: 'DALAM_TINDAKAN', category: 'PROJEK' }));
    await officer.post<Task>('/api/tasks', task({ date: from, title: 'Sudah siap', progress: 'SELESAI' }));
    await colleague.post<Task>('/api/tasks', task({ date: from, title: 'Milik rakan' }));

    const copy = await officer.post<{ copied: number; items: Task[] }>('/api/tasks/copy-unfinished', { from });
    expect(copy.status).toBe(200);
    expect(copy.body.copied).toBe(2);
    expect(copy.body.items.map((i) => ({ title: i.title, date: i.date, progress: i.progress, copiedFrom: i.copiedFrom, minutes: i.minutes }))).toEqual([
      { title: 'Semak fail', date: day(0), progress: 'DIRANCANG', copiedFrom: planned.body.id, minutes: 30 },
      { title: 'Kemaskini data', date: day(0), progress: 'DALAM_TINDAKAN', copiedFrom: ongoing.body.id, minutes: null },
    ]);
    const again = await officer.post<{ copied: number; items: Task[] }>('/api/tasks/copy-unfinished', { from, to: day(0) });
    expect(again.body).toEqual({ copied: 0, items: [] });
    const todays = await officer.get<List>(`/api/tasks?from=${day(0)}&to=${day(0)}`);
    expect(todays.body.items.filter((i) => i.copiedFrom === planned.body.id || i.copiedFrom === ongoing.body.id)).toHaveLength(2);

    const elsewhere = await officer.post<{ copied: number; items: Task[] }>('/api/tasks/copy-unfinished', { from, to: day(-9) });
    expect(elsewhere.body.copied).toBe(2);

    const audit = await admin.get<{ items: { action: string; entityId: string }[] }>('/api/audit?pageSize=100&action=task.copied');
    expect(audit.body.items.map((a) => a.entityId)).toEqual(expect.arrayContaining(copy.body.items.map((i) => i.id)));
  });
});
