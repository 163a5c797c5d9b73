import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit, makeUser, randomNric } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type User = { id: string; fullName: string; nricMasked: string; status: string; supervisorId: string | null; unitName: string | null; roles: string[] };
type Page = { items: User[]; total: number; page: number; pageSize: number };

let t: TestApp;
let admin: TestClient;
let world: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let other: Awaited<ReturnType<typeof makeOrgWithRoles>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await makeOrgWithRoles(t.db);
  other = await makeOrgWithRoles(t.db);
  admin = t.client();
  await admin.login(world.admin.email, world.admin.password);
});
afterAll(async () => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  fullName: 'Nur Syafiqah binti Ramli',
  nric: randomNric(),
  staffNo: `N${Date.now()}${Math.floor(Math.random() * 1000)}`,
  email: `syafiqah.${Date.now()}.${Math.floor(Math.random() * 1e6)}@ujian.gov.my`,
  gender: 'P',
  dutyState: 'MY-16',
  roles: ['PEGAWAI'],
  ...over,
});
const fieldsOf = (b: unknown) => (b as Err).error.details?.fields?.map((f) => f.path) ?? [];

describe('creating users', () => {
  it('creates a user whose temporary password logs in and forces a change', async () => {
    const unit = await makeUnit(t.db, world.org.id, 'Unit Ujian');
    const body = newUser({ unitId: unit.id, supervisorId: world.supervisor.id });
    const res = await admin.post<{ user: User; temporaryPassword: string }>('/api/users', body);
    expect(res.status).toBe(201);
    expect(res.body.user.unitName).toBe('Unit Ujian');
    expect(res.body.user.supervisorId).toBe(world.supervisor.id);
    const c = t.client();
    const login = await c.post<{ user: { mustChangePassword: boolean } }>('/api/auth/login', { login: body.email, password: res.body.temporaryPassword });
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
  });

  it('answers 400 naming each bad field, and writes nothing', async () => {
    const before = (await admin.get<Page>('/api/users?pageSize=1')).body.total;
    const res = await admin.post<Err>('/api/users', newUser({ nric: '991399-14-1234', email: 'not-an-email', roles: [], dutyState: 'MY-99' }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['nric', 'email', 'roles', 'dutyState']));
    expect(res.body.error.details?.fields?.find((f) => f.path === 'nric')?.message).toContain('MyKad');
    expect((await admin.get<Page>('/api/users?pageSize=1')).body.total).toBe(before);
  });

  it('refuses duplicates with 409 and the field', async () => {
    const body = newUser();
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const dupEmail = await admin.post<Err>('/api/users', newUser({ email: body.email.toUpperCase() }));
    expect(dupEmail.status).toBe(409);
    expect(fieldsOf(dupEmail.body)).toEqual(['email']);
    const dupNric = await admin.post<Err>('/api/users', newUser({ nric: body.nric }));
    expect(dupNric.status).toBe(409);
    expect(fieldsOf(dupNric.body)).toEqual(['nric']);
    const dupStaff = await admin.post<Err>('/api/users', newUser({ staffNo: body.staffNo }));
    expect(dupStaff.body.error.code).toBe('STAFF_NO_TAKEN');
  });

  it('refuses a unit or supervisor of another organisation as a bad field', async () => {
    const foreignUnit = await makeUnit(t.db, other.org.id);
    const u = await admin.post<Err>('/api/users', newUser({ unitId: foreignUnit.id }));
    expect(u.status).toBe(400);
    expect(fieldsOf(u.body)).toEqual(['unitId']);
    const s = await admin.post<Err>('/api/users', newUser({ supervisorId: other.supervisor.id }));
    expect(s.status).toBe(400);
    expect(fieldsOf(s.body)).toEqual(['supervisorId']);
  });
});

describe('listing users', () => {
  it('searches, filters, paginates, and never sends an NRIC in full', async () => {
    const unit = await makeUnit(t.db, world.org.id);
    for (let i = 0; i < 3; i++) await makeUser(t.db, world.org.id, { fullName: `Zainab Carian ${i}`, unitId: unit.id });
    const res = await admin.request<Page>('GET', '/api/users?q=zainab%20carian&pageSize=2');
    expect(res.body.total).toBe(3);
    expect(res.body.items).toHaveLength(2);
    const page2 = await admin.get<Page>('/api/users?q=zainab%20carian&pageSize=2&page=2');
    expect(page2.body.items).toHaveLength(1);
    expect((await admin.get<Page>(`/api/users?unitId=${unit.id}`)).body.total).toBe(3);
    expect((await admin.get<Page>('/api/users?role=PENYELIA')).body.items.map((u) => u.id)).toEqual([world.supervisor.id]);
    const raw = await fetch(`${t.url}/api/users?pageSize=100`, { headers: { cookie: admin.cookie ?? '' } }).then((r) => r.text());
    expect(raw).not.toContain(world.officer.nric);
    expect(raw).toContain(world.officer.nric.slice(-4));
  });

  it("lists only the caller's organisation and answers 404 for another organisation's user", async () => {
    const list = await admin.get<Page>('/api/users?pageSize=100');
    expect(list.body.items.map((u) => u.id)).not.toContain(other.officer.id);
    for (const [method, path, body] of [
      ['GET', `/api/users/${other.officer.id}`, undefined],
      ['PATCH', `/api/users/${other.officer.id}`, { fullName: 'X' }],
      ['POST', `/api/users/${other.officer.id}/deactivate`, undefined],
      ['POST', `/api/users/${other.officer.id}/activate`, undefined],
      ['POST', `/api/users/${other.officer.id}/reset-password`, undefined],
    ] as const) {
      const res = await admin.request<Err>(method, path, body ?? (method === 'GET' ? undefined : {}));
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 400 for a malformed id', async () => {
    const res = await admin.get<Err>('/api/users/not-a-uuid');
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });
});

describe('editing users', () => {
  it('edits fields and records before/after in the audit log', async () => {
    const u = await makeUser(t.db, world.org.id);
    const res = await admin.patch<User>(`/api/users/${u.id}`, { fullName: 'Nama Baharu', roles: ['PEGAWAI', 'PENYELIA'] });
    expect(res.status).toBe(200);
    expect(res.body.fullName).toBe('Nama Baharu');
    const audit = await admin.get<{ items: { action: string; entityId: string; before: { fullName: string }; after: { fullName: string } }[] }>(
      '/api/audit?action=user.updated',
    );
    const row = audit.body.items.find((a) => a.entityId === u.id);
    expect(row?.after.fullName).toBe('Nama Baharu');
    expect(row?.before.fullName).not.toBe('Nama Baharu');
  });

  it('refuses a supervision cycle and self-supervision', async () => {
    const a = await makeUser(t.db, world.org.id);
    const b = await makeUser(t.db, world.org.id, { supervisorId: a.id });
    const c = await makeUser(t.db, world.org.id, { supervisorId: b.id });
    const cycle = await admin.patch<Err>(`/api/users/${a.id}`, { supervisorId: c.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe('SUPERVISOR_CYCLE');
    expect(fieldsOf(cycle.body)).toEqual(['supervisorId']);
    expect((await admin.patch<Err>(`/api/users/${a.id}`, { supervisorId: a.id })).body.error.code).toBe('SUPERVISOR_CYCLE');
  });

  it('refuses unknown keys and an NRIC change', async () => {
    const res = await admin.patch<Err>(`/api/users/${world.officer.id}`, { nric: randomNric() });
    expect(res.status).toBe(400);
  });
});

describe('deactivating and resetting', () => {
  it("deactivation ends the user's sessions at once and blocks login; activation restores it", async () => {
    const u = await makeUser(t.db, world.org.id);
    const c = t.client();
    await c.login(u.email, u.password);
    expect((await admin.post<User>(`/api/users/${u.id}/deactivate`)).body.status).toBe('INACTIVE');
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await t.client().post<Err>('/api/auth/login', { login: u.email, password: u.password })).body.error.code).toBe('ACCOUNT_INACTIVE');
    expect((await admin.post<User>(`/api/users/${u.id}/activate`)).body.status).toBe('ACTIVE');
    expect((await t.client().post('/api/auth/login', { login: u.email, password: u.password })).status).toBe(200);
  });

  it('an admin cannot deactivate themself', async () => {
    expect((await admin.post(`/api/users/${world.admin.id}/deactivate`)).status).toBe(403);
  });

  it('reset issues a new temporary password, revokes sessions and forces a change', async () => {
    const u = await makeUser(t.db, world.org.id);
    const c = t.client();
    await c.login(u.email, u.password);
    const res = await admin.post<{ temporaryPassword: string }>(`/api/users/${u.id}/reset-password`);
    expect(res.status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { login: u.email, password: u.password })).status).toBe(401);
    const fresh = await t.client().post<{ user: { mustChangePassword: boolean } }>('/api/auth/login', { login: u.email, password: res.body.temporaryPassword });
    expect(fresh.body.user.mustChangePassword).toBe(true);
  });
});
