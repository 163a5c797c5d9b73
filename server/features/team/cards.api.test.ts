import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceCards } from '../../db/schema';
import { makeOrgWithRoles, makeUnit, makeUser, type MadeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Item = {
  officer: { id: string; fullName: string; unitName: string | null; supervisorName: string | null };
  card: string;
  setByMonth: string | null;
  since: string | null;
  previousCard: string | null;
  lastCountedMonth: string | null;
  offenceDays: number;
  offenceDates: string[];
  history: { month: string; card: string }[];
};
type Cards = { scope: string; items: Item[] };

let t: TestApp;
const c: Record<string, TestClient> = {};
const p: Record<string, MadeUser> = {};
/** Months counted before now, relative to the current month: the answer reads 24 months back. */
const ago = (n: number) => Temporal.PlainYearMonth.from(new Date().toISOString().slice(0, 7)).subtract({ months: n }).toString();

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const orgId = a.org.id;
  const unit = await makeUnit(t.db, orgId, 'Unit Aplikasi');
  p.boss = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'], fullName: 'Bos Penyelia' });
  p.red = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: p.boss.id, fullName: 'Zulkifli Merah', unitId: unit.id });
  p.green = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: p.boss.id, fullName: 'Yusof Hijau' });
  p.yellowA = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: p.boss.id, fullName: 'Aminah Kuning' });
  p.lead = await makeUser(t.db, orgId, { roles: ['PENYELIA', 'PEGAWAI'], supervisorId: p.boss.id, fullName: 'Bakri Ketua' });
  p.deep = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: p.lead.id, fullName: 'Chong Dalam' });
  p.gone = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: p.boss.id, fullName: 'Tidak Aktif', status: 'INACTIVE' });
  p.foreign = await makeUser(t.db, b.org.id, { roles: ['PEGAWAI'], supervisorId: b.supervisor.id, fullName: 'Asing Merah' });
  const row = (u: MadeUser, org: string, months: number, fromCard: string, card: string, dates: string[]) => ({
    orgId: org,
    userId: u.id,
    month: ago(months),
    fromCard,
    card,
    offenceDays: dates.length,
    offenceDates: dates,
  });
  await t.db
    .insert(attendanceCards)
    .values([
      row(p.red, orgId, 4, 'KUNING', 'KUNING', []),
      row(p.red, orgId, 3, 'KUNING', 'HIJAU', ['d1', 'd2', 'd3']),
      row(p.red, orgId, 2, 'HIJAU', 'MERAH', ['d4', 'd5', 'd6', 'd7']),
      row(p.red, orgId, 1, 'MERAH', 'MERAH', ['2026-10-07']),
      row(p.green, orgId, 1, 'KUNING', 'HIJAU', ['2026-10-01', '2026-10-02', '2026-10-03']),
      row(p.deep, orgId, 1, 'HIJAU', 'MERAH', ['x', 'y', 'z']),
      row(p.foreign, b.org.id, 1, 'HIJAU', 'MERAH', ['x', 'y', 'z']),
    ]);
  const login = async (u: MadeUser) => {
    const client = t.client();
    await client.login(u.email, u.password);
    return client;
  };
  c.boss = await login(p.boss);
  c.executive = await login(a.executive);
  c.admin = await login(a.admin);
  c.officer = await login(a.officer);
  c.otherBoss = await login(b.supervisor);
  c.platform = await login(await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] }));
  c.anonymous = t.client();
});
afterAll(async () => t.close());

const names = (r: { body: Cards }) => r.body.items.map((i) => i.officer.fullName);

describe("the team's attendance cards", () => {
  it('answers 401 without a session and 403 to an officer or a platform admin', async () => {
    expect((await c.anonymous!.get('/api/team/cards')).status).toBe(401);
    expect((await c.officer!.get<Err>('/api/team/cards')).body.error.code).toBe('FORBIDDEN');
    expect((await c.platform!.get('/api/team/cards')).status).toBe(403);
  });

  it('lists the direct reports, red first, then green, then yellow, then by name; KUNING when nothing is stored (R24)', async () => {
    const res = await c.boss!.get<Cards>('/api/team/cards');
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe('direct');
    expect(names(res)).toEqual(['Zulkifli Merah', 'Yusof Hijau', 'Aminah Kuning', 'Bakri Ketua']);
    expect(res.body.items.map((i) => i.card)).toEqual(['MERAH', 'HIJAU', 'KUNING', 'KUNING']);
  });

  it('says when and from what the card was set, the offence days of the newest count, and six months of history', async () => {
    const [red, green, yellow] = (await c.boss!.get<Cards>('/api/team/cards?scope=direct')).body.items;
    expect(red).toMatchObject({
      officer: { fullName: 'Zulkifli Merah', unitName: 'Unit Aplikasi', supervisorName: 'Bos Penyelia' },
      card: 'MERAH',
      setByMonth: ago(2),
      since: ago(1),
      previousCard: 'HIJAU',
      lastCountedMonth: ago(1),
      offenceDays: 1,
      offenceDates: ['2026-10-07'],
    });
    expect(red!.history.map((h) => [h.month, h.card])).toEqual([
      [ago(1), 'MERAH'],
      [ago(2), 'MERAH'],
      [ago(3), 'HIJAU'],
      [ago(4), 'KUNING'],
    ]);
    expect(green).toMatchObject({ card: 'HIJAU', setByMonth: ago(1), previousCard: 'KUNING', offenceDays: 3 });
    expect(yellow).toMatchObject({
      card: 'KUNING',
      setByMonth: null,
      since: null,
      previousCard: null,
      lastCountedMonth: null,
      offenceDays: 0,
      offenceDates: [],
      history: [],
    });
  });

  it('covers the whole sub-tree with scope=all; refuses the organisation to a supervisor without org.monitor and a bad scope with the field named', async () => {
    const all = await c.boss!.get<Cards>('/api/team/cards?scope=all');
    expect(names(all)).toEqual(['Chong Dalam', 'Zulkifli Merah', 'Yusof Hijau', 'Aminah Kuning', 'Bakri Ketua']);
    expect((await c.boss!.get('/api/team/cards?scope=org')).status).toBe(403);
    const bad = await c.boss!.get<Err>('/api/team/cards?scope=everyone');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.map((f) => f.path)).toEqual(['scope']);
  });

  it("gives executives and org admins the whole organisation (their default), never another organisation's officers", async () => {
    const exec = await c.executive!.get<Cards>('/api/team/cards');
    expect(exec.status).toBe(200);
    expect(exec.body.scope).toBe('org');
    expect(names(exec).slice(0, 2)).toEqual(['Chong Dalam', 'Zulkifli Merah']);
    expect(names(exec)).toEqual(expect.arrayContaining(['Yusof Hijau', 'Aminah Kuning', 'Bakri Ketua', 'Bos Penyelia']));
    expect(names(exec)).not.toContain('Asing Merah');
    expect(names(exec)).not.toContain('Tidak Aktif');
    const admin = await c.admin!.get<Cards>('/api/team/cards?scope=org');
    expect(names(admin)).toEqual(names(exec));
    // An executive without team.monitor has no sub-tree scope.
    expect((await c.executive!.get('/api/team/cards?scope=direct')).status).toBe(403);
    // The other organisation's supervisor sees their own officer's card only.
    const other = await c.otherBoss!.get<Cards>('/api/team/cards');
    expect(other.body.items.map((i) => [i.officer.fullName, i.card])).toEqual(expect.arrayContaining([['Asing Merah', 'MERAH']]));
    expect(names(other)).not.toContain('Zulkifli Merah');
  });
});
