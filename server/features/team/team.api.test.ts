import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOf } from '../../../domain/day/local-time';
import { dayStatuses, movements } from '../../db/schema';
import { makeOrgWithRoles, makeUser, type MadeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';

type Member = {
  officer: { fullName: string; id: string };
  state: string;
  siteName: string | null;
  checkIn: string | null;
  destination: string | null;
  pendingMovement: { destination: string; leaveAt: string; expectedReturn: string } | null;
};

let t: TestApp;
let boss: TestClient;
const people: Record<string, MadeUser> = {};

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const orgId = a.org.id;
  const bossUser = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'] });
  people.inOffice = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: bossUser.id });
  people.onLeave = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: bossUser.id });
  people.out = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: bossUser.id });
  people.waiting = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: bossUser.id });
  people.lead = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'], supervisorId: bossUser.id });
  people.deep = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: people.lead.id });
  people.elsewhere = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: a.supervisor.id });
  people.foreign = await makeUser(t.db, b.org.id, { roles: ['PEGAWAI'], supervisorId: b.supervisor.id });
  const admin = t.client();
  await admin.login(a.admin.email, a.admin.password);
  await admin.post('/api/sites', { name: 'Menara JDD', shape: { type: 'circle', centre: { lat: 2.9, lng: 101.7 }, radiusMeters: 200 } });
  const c = t.client();
  await c.login(people.inOffice.email, people.inOffice.password);
  await c.post('/api/punches', { idempotencyKey: randomUUID(), location: { lat: 2.9, lng: 101.7, accuracy: 10 }, deviceTime: new Date().toISOString() });
  const today = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date;
  await t.db.insert(dayStatuses).values({ orgId, userId: people.onLeave.id, date: today, code: 'CUTI', part: 'FULL', state: 'DILULUSKAN' });
  await t.db.insert(movements).values([
    {
      orgId,
      userId: people.out.id,
      date: today,
      leaveAt: new Date(Date.now() - 60_000),
      expectedReturn: new Date(Date.now() + 3_600_000),
      destination: 'Perbendaharaan',
      purpose: 'Serahan',
      state: 'DILULUSKAN',
    },
    {
      orgId,
      userId: people.waiting.id,
      date: today,
      leaveAt: new Date(Date.now() - 60_000),
      expectedReturn: new Date(Date.now() + 3_600_000),
      destination: 'Bank Negara',
      purpose: 'Urusan rasmi',
      state: 'MENUNGGU',
    },
  ]);
  boss = t.client();
  await boss.login(bossUser.email, bossUser.password);
});
afterAll(async () => t.close());

describe('the team board', () => {
  it("shows each direct report's state now, with the site of the punch", async () => {
    const res = await boss.get<{ items: Member[] }>('/api/team/today');
    expect(res.status).toBe(200);
    const by = (u: MadeUser) => res.body.items.find((i) => i.officer.id === u.id);
    expect(by(people.inOffice!)).toMatchObject({ state: 'DI_PEJABAT', siteName: 'Menara JDD' });
    expect(by(people.inOffice!)?.checkIn).not.toBeNull();
    expect(by(people.onLeave!)?.state).toBe('CUTI');
    expect(by(people.out!)).toMatchObject({ state: 'KELUAR_PEJABAT', destination: 'Perbendaharaan', pendingMovement: null });
    // Waiting for approval: shown as waiting, and the officer is not out of the office.
    expect(['BELUM_MASUK', 'HARI_REHAT']).toContain(by(people.waiting!)?.state);
    expect(by(people.waiting!)).toMatchObject({ destination: null, pendingMovement: { destination: 'Bank Negara' } });
    expect(['BELUM_MASUK', 'HARI_REHAT']).toContain(by(people.lead!)?.state);
    expect(by(people.deep!)).toBeUndefined();
    expect(by(people.elsewhere!)).toBeUndefined();
    expect(by(people.foreign!)).toBeUndefined();
  });
  it('opens the month calendar of an officer anywhere under the supervisor, and 404 for anyone else', async () => {
    const month = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date.slice(0, 7);
    const deep = await boss.get<{ officer: { id: string }; days: { date: string }[]; card: { card: string } }>(
      `/api/team/officers/${people.deep!.id}/month?month=${month}`,
    );
    expect(deep.status).toBe(200);
    expect(deep.body.officer.id).toBe(people.deep!.id);
    expect(deep.body.days.length).toBeGreaterThanOrEqual(28);
    expect(deep.body.card.card).toBe('KUNING');
    expect((await boss.get(`/api/team/officers/${people.elsewhere!.id}/month?month=${month}`)).status).toBe(404);
    expect((await boss.get(`/api/team/officers/${people.foreign!.id}/month?month=${month}`)).status).toBe(404);
    expect((await boss.get(`/api/team/officers/${people.deep!.id}/month?month=2026-13`)).status).toBe(400);
  });

  it('covers the whole sub-tree on request, and refuses a bad scope', async () => {
    const all = await boss.get<{ items: Member[] }>('/api/team/today?scope=all');
    expect(all.body.items.map((i) => i.officer.id)).toContain(people.deep!.id);
    expect(all.body.items).toHaveLength(6);
    expect((await boss.get('/api/team/today?scope=everyone')).status).toBe(400);
  });
});
