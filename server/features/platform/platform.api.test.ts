import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_MESSAGES } from '../../http/field-messages';
import { makeOrgWithRoles, makeUser, randomNric } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Agency = { id: string; name: string; code: string; active: boolean; userCount: number };

let t: TestApp;
let platform: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const p = await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] });
  platform = t.client();
  await platform.login(p.email, p.password);
});
afterAll(async () => t.close());

const agency = (over: Record<string, unknown> = {}) => {
  const n = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
  return {
    name: `Jabatan Ujian ${n}`,
    code: `JU${n}`.slice(0, 18),
    state: 'MY-10',
    admin: { fullName: 'Pentadbir Pertama', email: `admin.${n}@agensi.gov.my`, nric: randomNric(), staffNo: 'A0001', gender: 'P' },
    ...over,
  };
};

describe('agencies', () => {
  it('onboards an agency whose first admin sees only it after changing the password', async () => {
    const body = agency();
    const res = await platform.post<{ organisation: Agency; admin: { id: string; email: string }; temporaryPassword: string }>(
      '/api/platform/organisations',
      body,
    );
    expect(res.status).toBe(201);
    expect(res.body.organisation.code).toBe(body.code.toUpperCase());
    const a = t.client();
    await a.login(body.admin.email, res.body.temporaryPassword);
    expect((await a.get('/api/users')).status).toBe(403);
    expect((await a.post('/api/auth/password', { currentPassword: res.body.temporaryPassword, newPassword: 'Agensi-Baharu-2027!' })).status).toBe(200);
    const users = await a.get<{ items: { id: string }[]; total: number }>('/api/users');
    expect(users.body.total).toBe(1);
    expect(users.body.items[0]?.id).toBe(res.body.admin.id);
  });

  it('lists with search and pagination', async () => {
    const body = agency({ name: 'Jabatan Carian Unik Sekali' });
    expect((await platform.post('/api/platform/organisations', body)).status).toBe(201);
    const res = await platform.get<{ items: Agency[]; total: number }>('/api/platform/organisations?q=carian%20unik&pageSize=5');
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]?.userCount).toBe(1);
  });

  it('answers 400 for a bad state, code or time zone, 409 for a taken code', async () => {
    const bad = await platform.post<Err>('/api/platform/organisations', agency({ state: 'MY-17', timeZone: 'Mars/Olympus' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['state', 'timeZone']));
    const first = agency();
    await platform.post('/api/platform/organisations', first);
    const dup = await platform.post<Err>('/api/platform/organisations', agency({ code: first.code.toLowerCase() }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.details?.fields?.[0]?.path).toBe('code');
  });

  it('deactivating an agency logs its users out and blocks their login', async () => {
    const world = await makeOrgWithRoles(t.db);
    const officer = t.client();
    await officer.login(world.officer.email, world.officer.password);
    const res = await platform.patch<Agency>(`/api/platform/organisations/${world.org.id}`, { active: false });
    expect(res.body.active).toBe(false);
    expect((await officer.get('/api/me')).status).toBe(401);
    const again = await t.client().post<Err>('/api/auth/login', { login: world.officer.email, password: world.officer.password });
    expect(again.body.error.code).toBe('ACCOUNT_INACTIVE');
    await platform.patch(`/api/platform/organisations/${world.org.id}`, { active: true });
    expect((await t.client().post('/api/auth/login', { login: world.officer.email, password: world.officer.password })).status).toBe(200);
  });

  it('answers 404 for an unknown agency', async () => {
    expect((await platform.patch('/api/platform/organisations/00000000-0000-4000-8000-000000000000', { active: false })).status).toBe(404);
  });
});

describe('onboarding with a first admin already known on the platform', () => {
  it('answers 400 with a message that does not say another agency has them, also when two onboardings race', async () => {
    const world = await makeOrgWithRoles(t.db);
    const generic = (path: string, key: string) => [{ path, message: FIELD_MESSAGES[key]!.ms }];
    const byEmail = await platform.post<Err>('/api/platform/organisations', agency({ admin: { ...agency().admin, email: world.officer.email } }));
    expect(byEmail.status).toBe(400);
    expect(byEmail.body.error.code).toBe('VALIDATION_FAILED');
    expect(byEmail.body.error.details?.fields).toEqual(generic('admin.email', 'email.unavailable'));
    const byNric = await platform.post<Err>('/api/platform/organisations', agency({ admin: { ...agency().admin, nric: world.officer.nric } }));
    expect(byNric.body.error.details?.fields).toEqual(generic('admin.nric', 'nric.unavailable'));

    const first = agency();
    const second = agency({ admin: first.admin });
    const answers = await Promise.all([platform.post<Err>('/api/platform/organisations', first), platform.post<Err>('/api/platform/organisations', second)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(answers.find((r) => r.status === 400)?.body.error.details?.fields?.[0]?.path).toMatch(/^admin\.(email|nric)$/);
  });
});
