import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { formatNric } from '../../../domain/identity/nric';
import { startOfWindow, uniqueClientIp } from '../../test/client-address';
import { makeOrgWithRoles, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { Err } from '../../test/error-body';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

type Me = { user: { id: string; mustChangePassword: boolean; language: string }; abilities: string[]; csrfToken: string };

describe('POST /api/auth/login', () => {
  it('logs in by email, sets an HttpOnly cookie and returns the user, abilities and CSRF token', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const c = t.client();
    const res = await c.post<Me>('/api/auth/login', { login: officer.email.toUpperCase(), password: officer.password });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/spotme_session=.+HttpOnly/i);
    expect(res.body.user.id).toBe(officer.id);
    expect(res.body.abilities).toContain('attendance.self');
    expect(res.body.abilities).not.toContain('users.manage');
    expect(res.body.csrfToken.length).toBeGreaterThan(20);
    const me = await c.get<Me>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('logs in by MyKad number, with or without dashes', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    expect((await t.client().post('/api/auth/login', { login: officer.nric, password: officer.password })).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { login: formatNric(officer.nric), password: officer.password })).status).toBe(200);
  });

  it('answers 400 naming the missing field', async () => {
    const res = await t.client().post<Err>('/api/auth/login', { login: 'a@b.my' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details?.fields?.[0]?.path).toBe('password');
  });

  it('refuses a wrong password with 401 and the same answer for an unknown login', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const wrong = await t.client().post<Err>('/api/auth/login', { login: officer.email, password: 'not-the-password' });
    const unknown = await t.client().post<Err>('/api/auth/login', { login: 'nobody@nowhere.gov.my', password: 'whatever-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks the account for 15 minutes after 5 failures, even against the right password, answering as to a wrong one', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await t.client().post('/api/auth/login', { login: officer.email, password: `wrong-${i}` })).status);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const right = await t.client().post<Err>('/api/auth/login', { login: officer.email, password: officer.password });
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe('INVALID_CREDENTIALS');
    const [row] = await t.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, officer.id));
    const minutes = ((row?.lockedUntil?.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('refuses a login from a foreign Origin', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const res = await t
      .client()
      .post<Err>('/api/auth/login', { login: officer.email, password: officer.password }, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ORIGIN_MISMATCH');
    const ok = await t.client().post('/api/auth/login', { login: officer.email, password: officer.password }, { headers: { origin: t.url } });
    expect(ok.status).toBe(200);
  });

  it('refuses inactive users', async () => {
    const { org } = await makeOrgWithRoles(t.db);
    const gone = await makeUser(t.db, org.id, { status: 'INACTIVE' });
    const res = await t.client().post<Err>('/api/auth/login', { login: gone.email, password: gone.password });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_INACTIVE');
  });

  it('is rate-limited per IP', async () => {
    // The count is kept in the database this file shares with others: this client gets an address of its own through a trusted proxy.
    const limited = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' }, t.database);
    try {
      const headers = { 'x-forwarded-for': uniqueClientIp() };
      await startOfWindow();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await limited.client().post('/api/auth/login', { login: 'x@y.gov.my', password: 'nope-nope' }, { headers })).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions and CSRF', () => {
  it('GET /api/me answers 401 without a session', async () => {
    const res = await t.client().get<Err>('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutating request without the CSRF header, accepts it with', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const c = t.client();
    await c.login(officer.email, officer.password);
    const without = await c.patch<Err>('/api/me/preferences', { language: 'en-GB' }, { csrf: false });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('CSRF_INVALID');
    const withToken = await c.patch<Me>('/api/me/preferences', { language: 'en-GB' });
    expect(withToken.status).toBe(200);
    expect(withToken.body.user.language).toBe('en-GB');
  });

  it('logout revokes the session', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const c = t.client();
    await c.login(officer.email, officer.password);
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    c.cookie = cookie; // a stolen copy of the cookie is worthless after logout
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it("answers in the user's language", async () => {
    const { org } = await makeOrgWithRoles(t.db);
    const en = await makeUser(t.db, org.id, { language: 'en-GB' });
    const c = t.client();
    await c.login(en.email, en.password);
    const res = await c.get<Err>('/api/users');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('You do not have permission for this action.');
    const anon = t.client();
    expect((await anon.get<Err>('/api/me')).body.error.message).toBe('Sila log masuk.');
    anon.lang = 'en-GB,en;q=0.9';
    expect((await anon.get<Err>('/api/me')).body.error.message).toBe('Please log in.');
  });
});

describe('POST /api/auth/password', () => {
  it('forces a change after a temporary password: everything else answers 403 until then', async () => {
    const { org } = await makeOrgWithRoles(t.db);
    const fresh = await makeUser(t.db, org.id, { mustChangePassword: true, roles: ['PENTADBIR_ORGANISASI'] });
    const c = t.client();
    const login = await c.login(fresh.email, fresh.password);
    expect((login.body as Me).user.mustChangePassword).toBe(true);
    expect((await c.get('/api/me')).status).toBe(200);
    const blocked = await c.get<Err>('/api/users');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await c.post<Err>('/api/auth/password', { currentPassword: fresh.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('PASSWORD_POLICY');
    expect(weak.body.error.details?.fields?.map((f) => f.path)).toContain('newPassword');

    const common = await c.post<Err>('/api/auth/password', { currentPassword: fresh.password, newPassword: 'Password123' });
    expect(common.status).toBe(400);
    const asLogin = await c.post<Err>('/api/auth/password', { currentPassword: fresh.password, newPassword: fresh.email });
    expect(asLogin.status).toBe(400);
    const wrongCurrent = await c.post<Err>('/api/auth/password', { currentPassword: 'nope', newPassword: 'Kuat-dan-Panjang-77' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.details?.fields?.[0]?.path).toBe('currentPassword');

    const ok = await c.post<Me>('/api/auth/password', { currentPassword: fresh.password, newPassword: 'Kuat-dan-Panjang-77' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBe(false);
    expect((await c.get('/api/users')).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { login: fresh.email, password: 'Kuat-dan-Panjang-77' })).status).toBe(200);
  });

  it("revokes the user's other sessions, keeps this one", async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const a = t.client();
    const b = t.client();
    await a.login(officer.email, officer.password);
    await b.login(officer.email, officer.password);
    expect((await a.post('/api/auth/password', { currentPassword: officer.password, newPassword: 'Baharu-Selamat-2027' })).status).toBe(200);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
  });
});
