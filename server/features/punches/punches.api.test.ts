import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Punch = {
  id: string;
  at: string;
  kind: string | null;
  place: string;
  siteId: string | null;
  siteName: string | null;
  flags: string[];
  source: string;
  reason: string | null;
};
type Today = {
  day: { punches: Punch[]; checkIn: string | null; status: string; provisional: boolean; issues: { code: string }[] };
  next: string;
  sites: { name: string }[];
};

let t: TestApp;
let admin: TestClient;
let officer: TestClient;
let executive: TestClient;
let otherAdmin: TestClient;
let orgA: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let orgB: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let siteId: string;

const office = { lat: 2.9264, lng: 101.6964 };
const inside = { ...office, accuracy: 15 };
const outside = { lat: 3.139, lng: 101.6869, accuracy: 15 };
const punch = (c: TestClient, location: unknown, key: string = randomUUID(), headers?: Record<string, string>) =>
  c.post<Punch>('/api/punches', { idempotencyKey: key, location, deviceTime: new Date().toISOString() }, { headers });

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrgWithRoles(t.db);
  orgB = await makeOrgWithRoles(t.db);
  admin = t.client();
  await admin.login(orgA.admin.email, orgA.admin.password);
  officer = t.client();
  await officer.login(orgA.officer.email, orgA.officer.password);
  executive = t.client();
  await executive.login(orgA.executive.email, orgA.executive.password);
  otherAdmin = t.client();
  await otherAdmin.login(orgB.admin.email, orgB.admin.password);
  siteId = (await admin.post<{ id: string }>('/api/sites', { name: 'Ibu Pejabat', shape: { type: 'circle', centre: office, radiusMeters: 150 } })).body.id;
});
afterAll(async () => t.close());

async function freshOfficer(): Promise<TestClient> {
  const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
  const c = t.client();
  await c.login(u.email, u.password);
  return c;
}

describe('POST /api/punches', () => {
  it('needs a session, the officer ability and the CSRF token', async () => {
    expect((await punch(t.client(), inside)).status).toBe(401);
    expect((await punch(executive, inside)).status).toBe(403);
    const noCsrf = await officer.post(
      '/api/punches',
      { idempotencyKey: randomUUID(), location: inside, deviceTime: new Date().toISOString() },
      { csrf: false },
    );
    expect(noCsrf.status).toBe(403);
  });

  it('names the field at fault and writes nothing', async () => {
    const before = (await officer.get<Today>('/api/attendance/today')).body.day.punches.length;
    const bad = await officer.post<Err>('/api/punches', { idempotencyKey: 'abc', location: { lat: 91, lng: 0, accuracy: 5 }, deviceTime: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['deviceTime', 'idempotencyKey', 'location.lat']);
    expect((await officer.get<Today>('/api/attendance/today')).body.day.punches.length).toBe(before);
  });

  it('matches the site inside the geofence, stores the source, and answers a repeated key with the same punch', async () => {
    const key = randomUUID();
    const first = await punch(officer, inside, key, { 'x-client': 'pwa' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ place: 'SITE', siteId, siteName: 'Ibu Pejabat', flags: [], source: 'pwa' });
    expect(Math.abs(Date.parse(first.body.at) - Date.now())).toBeLessThan(5_000);
    const again = await punch(officer, outside, key);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const today = await officer.get<Today>('/api/attendance/today');
    expect(today.body.day.punches.filter((p) => p.id === first.body.id)).toHaveLength(1);
    expect(today.body.sites.map((s) => s.name)).toEqual(['Ibu Pejabat']);
    expect(today.body.next).toBe('OUT');
    expect(today.body.day.checkIn).toBe(first.body.at);
    // Stored without a declared kind: the engine reads it as the check-in (today.next is OUT).
    expect(first.body.kind).toBeNull();
    const out = await punch(officer, inside);
    expect(out.body.kind).toBeNull();
    expect(today.body.day.provisional).toBe(true);
  });

  it('flags outside the geofence, without a location, an inaccurate fix and impossible travel; refuses them when the organisation says so', async () => {
    expect((await punch(await freshOfficer(), outside)).body).toMatchObject({ place: 'OUTSIDE', flags: ['LUAR_KAWASAN'] });
    expect((await punch(await freshOfficer(), null)).body).toMatchObject({ place: 'NONE', flags: ['TIADA_LOKASI'] });
    expect((await punch(await freshOfficer(), { ...office, accuracy: 900 })).body).toMatchObject({ place: 'SITE', flags: ['KETEPATAN_RENDAH'] });
    const traveller = await freshOfficer();
    await punch(traveller, outside);
    expect((await punch(traveller, inside)).body).toMatchObject({ place: 'SITE', flags: ['KELAJUAN_MUSTAHIL'] });
    await admin.patch('/api/organisation', { settings: { geofencePolicy: 'BLOCK', punchWithoutLocation: 'REFUSE' } });
    try {
      const far = await punch(officer, outside);
      expect(far.status).toBe(422);
      expect((far.body as unknown as Err).error.code).toBe('PUNCH_OUTSIDE_SITE');
      const none = await punch(officer, null);
      expect((none.body as unknown as Err).error.code).toBe('PUNCH_LOCATION_REQUIRED');
      expect((await punch(officer, inside)).status).toBe(201);
    } finally {
      await admin.patch('/api/organisation', { settings: { geofencePolicy: 'FLAG', punchWithoutLocation: 'ACCEPT_FLAGGED' } });
    }
  });

  it("writes many officers' concurrent punches, one each, and repeats of one key once", async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => freshOfficer()));
    const key = randomUUID();
    const results = await Promise.all([
      ...clients.map((c) => punch(c, inside)),
      punch(clients[0]!, inside, key),
      punch(clients[0]!, inside, key),
      punch(clients[0]!, inside, key),
    ]);
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    const repeated = results.slice(-3);
    expect(new Set(repeated.map((r) => r.body.id)).size).toBe(1);
    expect(repeated.filter((r) => r.status === 201)).toHaveLength(1);
    const counts = await Promise.all(clients.map(async (c) => (await c.get<Today>('/api/attendance/today')).body.day.punches.length));
    expect(counts).toEqual([2, ...Array(19).fill(1)]);
  });

  it('matches only the sites allowed to the officer when the admin has set some', async () => {
    const annex = await admin.post<{ id: string }>('/api/sites', {
      name: 'Annex',
      shape: { type: 'circle', centre: { lat: 2.95, lng: 101.7 }, radiusMeters: 100 },
    });
    const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
    const c = t.client();
    await c.login(u.email, u.password);
    expect((await otherAdmin.put(`/api/users/${u.id}/sites`, { siteIds: [annex.body.id] })).status).toBe(404);
    const bad = await admin.put<Err>(`/api/users/${u.id}/sites`, { siteIds: [orgA.org.id] });
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('siteIds');
    const set = await admin.put<{ siteIds: string[] }>(`/api/users/${u.id}/sites`, { siteIds: [annex.body.id, annex.body.id] });
    expect(set.body.siteIds).toEqual([annex.body.id]);
    expect((await punch(c, inside)).body).toMatchObject({ place: 'OUTSIDE', flags: ['LUAR_KAWASAN'] });
    expect((await c.get<Today>('/api/attendance/today')).body.sites.map((s) => s.name)).toEqual(['Annex']);
    await admin.put(`/api/users/${u.id}/sites`, { siteIds: [] });
    expect((await admin.get<{ siteIds: string[] }>(`/api/users/${u.id}/sites`)).body.siteIds).toEqual([]);
    const audit = await admin.get<{ items: { action: string }[] }>('/api/audit?action=user.sites');
    expect(audit.body.items).toHaveLength(2);
  });

  it('refuses deleting a site that punches use', async () => {
    const res = await admin.delete<Err>(`/api/sites/${siteId}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SITE_IN_USE');
  });
});

describe('POST /api/admin/punches (missing punch)', () => {
  const at = () => new Date(Date.now() - 60 * 60_000).toISOString();
  it('is for the organisation admin only, and 404 for an officer of another organisation', async () => {
    const body = { userId: orgA.officer.id, at: at(), kind: 'IN', reason: 'Telefon rosak pagi ini' };
    expect((await officer.post('/api/admin/punches', body)).status).toBe(403);
    expect((await otherAdmin.post('/api/admin/punches', body)).status).toBe(404);
  });
  it('names the field at fault', async () => {
    const res = await admin.post<Err>('/api/admin/punches', {
      userId: orgA.officer.id,
      at: new Date(Date.now() + 3_600_000).toISOString(),
      kind: 'X',
      reason: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['kind', 'reason']);
    const future = await admin.post<Err>('/api/admin/punches', {
      userId: orgA.officer.id,
      at: new Date(Date.now() + 3_600_000).toISOString(),
      kind: 'IN',
      reason: 'Lupa daftar',
    });
    expect(future.body.error.details?.fields?.[0]?.path).toBe('at');
  });
  it('adds the punch with its reason, audits it and evaluates the day again', async () => {
    const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
    const res = await admin.post<{ punch: Punch; day: { punches: Punch[]; checkIn: string | null } }>('/api/admin/punches', {
      userId: u.id,
      at: at(),
      kind: 'IN',
      reason: 'Telefon rosak pagi ini',
    });
    expect(res.status).toBe(201);
    expect(res.body.punch).toMatchObject({ source: 'correction', reason: 'Telefon rosak pagi ini' });
    expect(res.body.day.punches.map((p) => p.id)).toContain(res.body.punch.id);
    const audit = await admin.get<{ items: { action: string; entityId: string }[] }>('/api/audit?action=punch.corrected');
    expect(audit.body.items.map((a) => a.entityId)).toContain(res.body.punch.id);
  });

  it('refuses the same punch again (officer, minute and kind) with 409 naming the one there, in BM and EN', async () => {
    type Dup = { error: { code: string; message: string; details: { existingPunchId: string; at: string; kind: string | null; source: string } } };
    const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
    const when = new Date(Math.floor((Date.now() - 3 * 3_600_000) / 60_000) * 60_000);
    const body = { userId: u.id, at: when.toISOString(), kind: 'IN', reason: 'Telefon rosak pagi ini' };
    const first = await admin.post<{ punch: Punch }>('/api/admin/punches', body);
    expect(first.status).toBe(201);
    const again = await admin.post<Dup>('/api/admin/punches', body);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'PUNCH_DUPLICATE',
      message: 'Daftar yang sama (pegawai, masa dan jenis) sudah direkod.',
      details: { existingPunchId: first.body.punch.id, at: when.toISOString(), kind: 'IN', source: 'correction' },
    });
    // Seconds later in the same minute is the same punch; in English too.
    const en = await admin.request<Dup>(
      'POST',
      '/api/admin/punches',
      { ...body, at: new Date(when.getTime() + 30_000).toISOString() },
      { headers: { 'accept-language': 'en' } },
    );
    expect(en.status).toBe(409);
    expect(en.body.error.details.existingPunchId).toBe(first.body.punch.id);
    // A check-out at another minute is another punch.
    expect((await admin.post('/api/admin/punches', { ...body, at: new Date(when.getTime() + 2 * 3_600_000).toISOString(), kind: 'OUT' })).status).toBe(201);
    const audit = await admin.get<{ items: { entityId: string; after: { userId: string } }[] }>('/api/audit?action=punch.corrected');
    expect(audit.body.items.filter((a) => a.after.userId === u.id)).toHaveLength(2);
  });

  it("refuses a correction where the officer's own punch already is, and two at once write one", async () => {
    type Dup = { error: { code: string; details: { existingPunchId: string; source: string } } };
    const u = await makeUser(t.db, orgA.org.id, { roles: ['PEGAWAI'] });
    const own = t.client();
    await own.login(u.email, u.password);
    const mine = await punch(own, inside);
    expect(mine.status).toBe(201);
    const dup = await admin.post<Dup>('/api/admin/punches', { userId: u.id, at: mine.body.at, kind: 'IN', reason: 'Pegawai kata terlupa' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details).toMatchObject({ existingPunchId: mine.body.id, source: 'web' });

    const body = { userId: u.id, at: new Date(Date.now() - 5 * 3_600_000).toISOString(), kind: 'IN', reason: 'Dua pentadbir serentak' };
    const second = t.client();
    await second.login(orgA.admin.email, orgA.admin.password);
    const statuses = (await Promise.all([admin.post('/api/admin/punches', body), second.post('/api/admin/punches', body)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
  });
});
