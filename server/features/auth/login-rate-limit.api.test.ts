import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, rateLimitHits } from '../../db/schema';
import { startOfWindow, uniqueClientIp } from '../../test/client-address';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const unknownLogin = () => `nobody-${randomBytes(6).toString('hex')}@tiada.gov.my`;

/** A failed login (an unknown user, so no account gets locked) with this X-Forwarded-For. */
const attempt = (app: TestApp, login: string, forwardedFor?: string) =>
  app.client().post('/api/auth/login', { login, password: 'salah-salah-salah' }, forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : undefined);

/** How many failed logins the audit log holds from these addresses (nothing typed into the login field is kept, so rows are told apart by address: each test's are its own). */
const auditedFrom = async (...ips: string[]) =>
  (
    await t.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login_failed'), inArray(auditLog.ip, ips)))
  ).length;

describe('TRUST_PROXY: whose address a request is', () => {
  it('behind one proxy (TRUST_PROXY=1), counts and audits the address the proxy appended, never the one the client wrote', async () => {
    const app = await startTestApp({ TRUST_PROXY: '1', LOGIN_RATE_LIMIT_PER_MINUTE: '5' }, t.database);
    try {
      const client = uniqueClientIp();
      const login = unknownLogin();
      await startOfWindow();
      const statuses: number[] = [];
      const forged = Array.from({ length: 6 }, uniqueClientIp); // a new forged address each time
      for (const f of forged) statuses.push((await attempt(app, login, `${f}, ${client}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect(await auditedFrom(client)).toBe(5);
      expect(await auditedFrom(...forged)).toBe(0);
      expect((await attempt(app, unknownLogin(), `${client}, ${uniqueClientIp()}`)).status).toBe(401); // another client, forging the first one's address

      const { officer } = await makeOrgWithRoles(t.db);
      const other = uniqueClientIp();
      const ok = await app
        .client()
        .post('/api/auth/login', { login: officer.email, password: officer.password }, { headers: { 'x-forwarded-for': `10.9.8.7, ${other}` } });
      expect(ok.status).toBe(200);
      const [row] = await t.db
        .select({ ip: auditLog.ip })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.entityId, officer.id)));
      expect(row?.ip).toBe(other);
    } finally {
      await app.close();
    }
  });

  it('trusts the N nearest hops for TRUST_PROXY=N, and only the listed proxies for a list', async () => {
    const twoHops = await startTestApp({ TRUST_PROXY: '2' }, t.database);
    const listed = await startTestApp({ TRUST_PROXY: '127.0.0.1/8, ::1' }, t.database);
    try {
      const [client, forged, a, b] = [uniqueClientIp(), uniqueClientIp(), unknownLogin(), unknownLogin()];
      await attempt(twoHops, a, `${forged}, ${client}, 10.0.0.5`); // the outer proxy saw the client, the inner one saw the outer
      await attempt(listed, b, `${forged}, ${client}`);
      expect(await auditedFrom(client)).toBe(2);
      expect(await auditedFrom(forged)).toBe(0);
    } finally {
      await twoHops.close();
      await listed.close();
    }
  });

  it('believes no X-Forwarded-For by default', async () => {
    const written = uniqueClientIp();
    const before = await auditedFrom('127.0.0.1');
    await attempt(t, unknownLogin(), written);
    expect(await auditedFrom(written)).toBe(0);
    expect(await auditedFrom('127.0.0.1')).toBe(before + 1);
  });
});

describe('the login rate limit, shared by every server process', () => {
  it('two processes on one database allow LOGIN_RATE_LIMIT_PER_MINUTE together, not each', async () => {
    const env = { TRUST_PROXY: '1', LOGIN_RATE_LIMIT_PER_MINUTE: '5' };
    const one = await startTestApp(env, t.database);
    const two = await startTestApp(env, t.database);
    try {
      const client = uniqueClientIp();
      await startOfWindow();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await attempt(i % 2 === 0 ? one : two, unknownLogin(), client)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
      const limited = await attempt(two, unknownLogin(), client);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('deletes windows over an hour old', async () => {
    const key = `test-sweep ${randomBytes(4).toString('hex')}`;
    await t.db.insert(rateLimitHits).values([
      { key, windowStart: new Date(Date.now() - 2 * 3600_000), hits: 3 },
      { key, windowStart: new Date(Date.now() - 10 * 60_000), hits: 4 },
    ]);
    const fresh = await startTestApp({}, t.database); // its store has not swept yet: its first hit does
    try {
      await attempt(fresh, unknownLogin());
      await expect
        .poll(async () => (await t.db.select().from(rateLimitHits).where(eq(rateLimitHits.key, key))).map((r) => r.hits), { timeout: 5000 })
        .toEqual([4]);
    } finally {
      await fresh.close();
    }
  });
});
