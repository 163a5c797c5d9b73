import { formatDate } from '../../../domain/format/dates';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUser, type MadeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Person = { id: string; fullName: string };
type Comment = { id: string; taskId: string; text: string; author: Person; createdAt: string };
type Review = { date: string; reviewedBy: Person; reviewedAt: string; note: string | null };
type Task = {
  id: string;
  date: string;
  title: string;
  progress: string;
  minutes: number | null;
  details: string | null;
  assignedBy: Person | null;
  comments: Comment[];
  copiedFrom: string | null;
};
type List = { from: string; to: string; items: Task[]; reviews: Review[]; officer?: Person };
type Notes = { items: { kind: string; title: string; body: string; link: string }[] };
type Audit = { items: { action: string; entityId: string; actorId: string; before: unknown; after: unknown }[] };

let t: TestApp;
const u: Record<'boss' | 'lead' | 'direct' | 'deep' | 'elsewhere' | 'foreign', MadeUser> = {} as never;
const c: Record<'boss' | 'lead' | 'direct' | 'deep' | 'otherBoss' | 'foreignBoss' | 'executive' | 'admin' | 'anon', TestClient> = {} as never;

const today = Temporal.Now.zonedDateTimeISO('Asia/Kuala_Lumpur').toPlainDate();
const day = (offset: number) => today.add({ days: offset }).toString();
const firstField = (r: { body: Err }) => r.body.error.details?.fields?.[0]?.path;
const assignment = (over: Record<string, unknown> = {}) => ({
  officerId: u.direct.id,
  date: day(2),
  title: 'Sediakan kertas cadangan',
  category: 'PROJEK',
  ...over,
});

async function login(user: MadeUser) {
  const client = t.client();
  await client.login(user.email, user.password);
  return client;
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const orgId = a.org.id;
  u.boss = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'], fullName: 'Norazlina binti Mat Yusof' });
  u.lead = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'], supervisorId: u.boss.id, fullName: 'Mohd Azrul bin Hassan' });
  u.direct = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: u.boss.id, fullName: 'Tan Mei Ling' });
  u.deep = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: u.lead.id, fullName: 'Wong Kah Hoe' });
  u.elsewhere = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: a.supervisor.id });
  u.foreign = await makeUser(t.db, b.org.id, { roles: ['PEGAWAI'], supervisorId: b.supervisor.id });
  for (const k of ['boss', 'lead', 'direct', 'deep'] as const) c[k] = await login(u[k]);
  c.otherBoss = await login(a.supervisor);
  c.foreignBoss = await login(b.supervisor);
  c.executive = await login(a.executive);
  c.admin = await login(a.admin);
  c.anon = t.client();
});
afterAll(async () => t.close());

describe('task supervision: access', () => {
  it('asks anonymous callers to log in, and refuses callers without the permission', async () => {
    const id = crypto.randomUUID();
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/team/tasks?officerId=${u.direct.id}&week=${day(0)}`],
      ['POST', '/api/team/tasks', assignment()],
      ['POST', `/api/team/tasks/${id}/comments`, { text: 'Bagus' }],
      ['PUT', `/api/team/tasks/reviews/${u.direct.id}/${day(0)}`, {}],
      ['DELETE', `/api/team/tasks/reviews/${u.direct.id}/${day(0)}`],
    ];
    for (const [method, path, body] of calls) {
      expect({ path, status: (await c.anon.request(method, path, body)).status }).toEqual({ path, status: 401 });
      expect({ path, status: (await c.direct.request(method, path, body)).status }).toEqual({ path, status: 403 });
      expect({ path, status: (await c.executive.request(method, path, body)).status }).toEqual({ path, status: 403 });
    }
    expect((await c.anon.post(`/api/tasks/${id}/comments`, { text: 'Baik' })).status).toBe(401);
    expect((await c.executive.post(`/api/tasks/${id}/comments`, { text: 'Baik' })).status).toBe(403);
  });

  it("answers 404 for an officer outside the caller's sub-tree, in the organisation or another", async () => {
    const mine = await c.direct.post<Task>('/api/tasks', { date: day(-1), title: 'Semak laporan', category: 'PENTADBIRAN' });
    expect(mine.status).toBe(201);
    for (const officer of [u.elsewhere, u.foreign, u.boss]) {
      expect((await c.boss.get(`/api/team/tasks?officerId=${officer.id}&week=${day(0)}`)).status).toBe(404);
      expect((await c.boss.put(`/api/team/tasks/reviews/${officer.id}/${day(-1)}`, {})).status).toBe(404);
      expect((await c.boss.delete(`/api/team/tasks/reviews/${officer.id}/${day(-1)}`)).status).toBe(404);
      expect((await c.boss.post('/api/team/tasks', assignment({ officerId: officer.id }))).status).toBe(404);
    }
    // A sibling's supervisor, another organisation's supervisor and the lead (the officer is not under them) see nothing.
    for (const other of [c.otherBoss, c.foreignBoss, c.lead]) {
      expect((await other.get(`/api/team/tasks?officerId=${u.direct.id}&week=${day(0)}`)).status).toBe(404);
      expect((await other.post(`/api/team/tasks/${mine.body.id}/comments`, { text: 'Bukan pegawai saya' })).status).toBe(404);
      expect((await other.put(`/api/team/tasks/reviews/${u.direct.id}/${day(-1)}`, {})).status).toBe(404);
    }
    // Another officer cannot comment on the task as its owner.
    expect((await c.deep.post(`/api/tasks/${mine.body.id}/comments`, { text: 'Salah' })).status).toBe(404);
    expect((await c.boss.post(`/api/team/tasks/${crypto.randomUUID()}/comments`, { text: 'Tiada' })).status).toBe(404);
    expect((await c.boss.get<List>(`/api/team/tasks?officerId=${u.direct.id}&week=${day(-1)}`)).body.items[0]?.comments).toEqual([]);
  });
});

describe('task supervision: bad input', () => {
  it('names the field in a 400', async () => {
    const list = (q: string) => c.boss.get<Err>(`/api/team/tasks?${q}`);
    expect(firstField(await list(`week=${day(0)}`))).toBe('officerId');
    expect(firstField(await list(`officerId=x&week=${day(0)}`))).toBe('officerId');
    expect(firstField(await list(`officerId=${u.direct.id}`))).toBe('week');
    expect(firstField(await list(`officerId=${u.direct.id}&from=${day(-31)}&to=${day(0)}`))).toBe('to');

    const cases: [Record<string, unknown>, string][] = [
      [assignment({ date: day(-1) }), 'date'],
      [assignment({ date: day(31) }), 'date'],
      [assignment({ date: '2026-02-30' }), 'date'],
      [assignment({ title: '  ' }), 'title'],
      [assignment({ category: 'MAKAN' }), 'category'],
      [assignment({ minutes: 0 }), 'minutes'],
      [assignment({ officerId: 'seseorang' }), 'officerId'],
    ];
    for (const [body, field] of cases) {
      const r = await c.boss.post<Err>('/api/team/tasks', body);
      expect({ body, status: r.status, field: firstField(r) }).toEqual({ body, status: 400, field });
    }

    const task = await c.direct.post<Task>('/api/tasks', { date: day(0), title: 'Mesyuarat unit', category: 'MESYUARAT' });
    for (const text of ['   ', 'x'.repeat(1001)]) {
      expect(firstField(await c.boss.post<Err>(`/api/team/tasks/${task.body.id}/comments`, { text }))).toBe('text');
      expect(firstField(await c.direct.post<Err>(`/api/tasks/${task.body.id}/comments`, { text }))).toBe('text');
    }
    // Only a day that has ended may be marked reviewed: not today, not later.
    for (const date of [day(0), day(1)]) {
      const early = await c.boss.put<Err & { error: { message: string; details?: { date?: string } } }>(`/api/team/tasks/reviews/${u.direct.id}/${date}`, {});
      expect({ status: early.status, code: early.body.error.code, message: early.body.error.message, date: early.body.error.details?.date }).toEqual({
        status: 422,
        code: 'TASK_DAY_NOT_ENDED',
        message: 'Tugasan sesuatu hari hanya boleh ditanda disemak selepas hari itu berakhir.',
        date,
      });
    }
    expect(firstField(await c.boss.put<Err>(`/api/team/tasks/reviews/${u.direct.id}/2026-02-30`, {}))).toBe('date');
    expect(firstField(await c.boss.put<Err>(`/api/team/tasks/reviews/${u.direct.id}/${day(0)}`, { note: 'x'.repeat(501) }))).toBe('note');
  });
});

describe('task supervision: happy paths', () => {
  it("reads an officer's week, comments on an entry, and both sides see the conversation", async () => {
    const entry = await c.direct.post<Task>('/api/tasks', { date: day(-2), title: 'Analisis data aduan', category: 'PROJEK', minutes: 120 });
    const week = await c.boss.get<List>(`/api/team/tasks?officerId=${u.direct.id}&from=${day(-2)}&to=${day(-2)}`);
    expect(week.status).toBe(200);
    expect(week.body.officer).toEqual({ id: u.direct.id, fullName: 'Tan Mei Ling' });
    expect(week.body.items.map((i) => i.title)).toEqual(['Analisis data aduan']);
    expect(week.body.items[0]).toMatchObject({ assignedBy: null, comments: [] });

    const remark = await c.boss.post<Comment>(`/api/team/tasks/${entry.body.id}/comments`, { text: '  Sila sertakan carta.  ' });
    expect(remark.status).toBe(201);
    expect(remark.body).toMatchObject({
      taskId: entry.body.id,
      text: 'Sila sertakan carta.',
      author: { id: u.boss.id, fullName: 'Norazlina binti Mat Yusof' },
    });
    const answer = await c.direct.post<Comment>(`/api/tasks/${entry.body.id}/comments`, { text: 'Baik, puan.' });
    expect(answer.status).toBe(201);

    const expected = [
      { text: 'Sila sertakan carta.', author: { id: u.boss.id, fullName: 'Norazlina binti Mat Yusof' } },
      { text: 'Baik, puan.', author: { id: u.direct.id, fullName: 'Tan Mei Ling' } },
    ];
    const own = await c.direct.get<List>(`/api/tasks?week=${day(-2)}`);
    const seen = own.body.items.find((i) => i.id === entry.body.id);
    expect(seen?.comments.map(({ text, author }) => ({ text, author }))).toEqual(expected);
    const again = await c.boss.get<List>(`/api/team/tasks?officerId=${u.direct.id}&week=${day(-2)}`);
    expect(again.body.items.find((i) => i.id === entry.body.id)?.comments.map(({ text, author }) => ({ text, author }))).toEqual(expected);

    const audit = await c.admin.get<Audit>('/api/audit?pageSize=100&action=task.commented');
    expect(audit.body.items.map((a) => a.entityId)).toEqual(expect.arrayContaining([remark.body.id, answer.body.id]));
    // Each side is told of the other's comment, with the page to answer on.
    expect((await c.direct.get<Notes>('/api/notifications')).body.items.find((n) => n.kind === 'TASK_COMMENTED')).toMatchObject({
      title: 'Ulasan tugasan daripada Norazlina binti Mat Yusof',
      body: 'Analisis data aduan: Sila sertakan carta.',
      link: '/tasks',
    });
    expect((await c.boss.get<Notes>('/api/notifications')).body.items.find((n) => n.kind === 'TASK_COMMENTED')).toMatchObject({
      title: 'Ulasan tugasan daripada Tan Mei Ling',
      body: 'Analisis data aduan: Baik, puan.',
      link: `/task-review?officer=${u.direct.id}&week=${day(-2)}`,
    });

    // Deleting a task takes its comments with it.
    expect((await c.direct.delete(`/api/tasks/${entry.body.id}`)).status).toBe(204);
  });

  it('reaches officers deeper in the sub-tree', async () => {
    const entry = await c.deep.post<Task>('/api/tasks', { date: day(-1), title: 'Pemasangan pelayan', category: 'LAPANGAN' });
    const week = await c.boss.get<List>(`/api/team/tasks?officerId=${u.deep.id}&week=${day(-1)}`);
    expect(week.status).toBe(200);
    expect(week.body.items.map((i) => i.id)).toContain(entry.body.id);
    expect((await c.boss.post(`/api/team/tasks/${entry.body.id}/comments`, { text: 'Terima kasih.' })).status).toBe(201);
    expect((await c.lead.get(`/api/team/tasks?officerId=${u.deep.id}&week=${day(-1)}`)).status).toBe(200);
  });

  it('marks a day reviewed, marks it again, and takes the mark off; the officer sees it', async () => {
    const date = day(-3);
    const mark = await c.boss.put<Review>(`/api/team/tasks/reviews/${u.direct.id}/${date}`, { note: 'Disemak' });
    expect(mark.status).toBe(200);
    expect(mark.body).toMatchObject({ date, note: 'Disemak', reviewedBy: { id: u.boss.id, fullName: 'Norazlina binti Mat Yusof' } });

    const own = await c.direct.get<List>(`/api/tasks?week=${date}`);
    expect(own.body.reviews).toEqual([mark.body]);
    const yesterday = await c.boss.request<Review>('PUT', `/api/team/tasks/reviews/${u.direct.id}/${day(-1)}`); // no body: no note
    expect(yesterday.status).toBe(200);
    expect(yesterday.body.note).toBeNull();

    const remark = await c.boss.put<Review>(`/api/team/tasks/reviews/${u.direct.id}/${date}`, { note: null });
    expect(remark.status).toBe(200);
    expect(remark.body.note).toBeNull();
    expect((await c.boss.get<List>(`/api/team/tasks?officerId=${u.direct.id}&from=${date}&to=${date}`)).body.reviews).toEqual([remark.body]);

    expect((await c.boss.delete(`/api/team/tasks/reviews/${u.direct.id}/${date}`)).status).toBe(204);
    expect((await c.boss.delete(`/api/team/tasks/reviews/${u.direct.id}/${date}`)).status).toBe(204);
    expect((await c.direct.get<List>(`/api/tasks?from=${date}&to=${date}`)).body.reviews).toEqual([]);

    const audit = await c.admin.get<Audit>('/api/audit?pageSize=100');
    const rows = audit.body.items.filter((a) => a.entityId === u.direct.id && a.action.startsWith('task.day_review'));
    expect(rows.map((a) => a.action).sort()).toEqual(['task.day_review_removed', 'task.day_reviewed', 'task.day_reviewed', 'task.day_reviewed']);
    expect(rows.find((a) => a.action === 'task.day_review_removed')?.before).toMatchObject({ date });
  });

  it("assigns a task that appears in the officer's list, which they move forward but cannot delete or rewrite", async () => {
    const made = await c.boss.post<Task>('/api/team/tasks', {
      officerId: u.deep.id,
      date: day(20),
      title: 'Kemas kini inventori rangkaian',
      details: 'Semua tingkat',
      category: 'PROJEK',
      minutes: 240,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      date: day(20),
      progress: 'DIRANCANG',
      minutes: 240,
      details: 'Semua tingkat',
      assignedBy: { id: u.boss.id, fullName: 'Norazlina binti Mat Yusof' },
      comments: [],
    });

    const own = await c.deep.get<List>(`/api/tasks?week=${day(20)}`);
    expect(own.body.items.find((i) => i.id === made.body.id)).toMatchObject({
      title: 'Kemas kini inventori rangkaian',
      assignedBy: { id: u.boss.id, fullName: 'Norazlina binti Mat Yusof' },
    });

    // The form sends every field back: unchanged ones are accepted.
    const moved = await c.deep.patch<Task>(`/api/tasks/${made.body.id}`, {
      title: 'Kemas kini inventori rangkaian',
      date: day(20),
      category: 'PROJEK',
      details: 'Semua tingkat',
      progress: 'DALAM_TINDAKAN',
      minutes: 180,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ progress: 'DALAM_TINDAKAN', minutes: 180 });
    for (const change of [{ title: 'Lain' }, { date: day(1) }, { category: 'LAIN_LAIN' }, { details: null }]) {
      const r = await c.deep.patch<Err>(`/api/tasks/${made.body.id}`, change);
      expect({ change, status: r.status, code: r.body.error.code }).toEqual({ change, status: 409, code: 'TASK_ASSIGNED' });
    }
    const refused = await c.deep.delete<Err>(`/api/tasks/${made.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'TASK_ASSIGNED', message: expect.stringContaining('tidak boleh dipadam') });
    expect((await c.lead.get<List>(`/api/team/tasks?officerId=${u.deep.id}&week=${day(20)}`)).body.items.map((i) => i.id)).toContain(made.body.id);

    const audit = await c.admin.get<Audit>('/api/audit?pageSize=100&action=task.assigned');
    expect(audit.body.items.find((a) => a.entityId === made.body.id)).toMatchObject({
      actorId: u.boss.id,
      after: { officerId: u.deep.id, title: 'Kemas kini inventori rangkaian' },
    });
    expect((await c.deep.get<Notes>('/api/notifications')).body.items.find((n) => n.kind === 'TASK_ASSIGNED')).toMatchObject({
      title: 'Tugasan baharu daripada Norazlina binti Mat Yusof',
      body: `Kemas kini inventori rangkaian, pada ${formatDate(day(20), 'ms')}.`,
      link: '/tasks',
    });
  });

  it('keeps a copied assigned task assigned', async () => {
    const made = await c.lead.post<Task>('/api/team/tasks', { officerId: u.deep.id, date: day(0), title: 'Semak log pelayan', category: 'PENTADBIRAN' });
    expect(made.status).toBe(201);
    const copy = await c.deep.post<{ copied: number; items: Task[] }>('/api/tasks/copy-unfinished', { from: day(0), to: day(1) });
    expect(copy.status).toBe(200);
    const copied = copy.body.items.find((i) => i.copiedFrom === made.body.id);
    expect(copied).toBeDefined();
    const list = await c.deep.get<List>(`/api/tasks?from=${day(1)}&to=${day(1)}`);
    expect(list.body.items.find((i) => i.id === copied?.id)?.assignedBy).toEqual({ id: u.lead.id, fullName: 'Mohd Azrul bin Hassan' });
    expect((await c.deep.delete(`/api/tasks/${copied?.id ?? ''}`)).status).toBe(409);
  });
});
