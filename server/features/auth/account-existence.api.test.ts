import { createHash, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, auditLog, users } from '../../db/schema';
import { makeOrgWithRoles, makeUser, TEST_PASSWORD, type MadeUser } from '../../test/factories';
import { startOfWindow, uniqueClientIp } from '../../test/client-address';
import { startTestApp, type TestApp } from '../../test/harness';
import { recipientOf, startSmtpReceiver, tokenIn } from '../../test/smtp-receiver';
import type { Err } from '../../test/error-body';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://spotme.example.gov.my' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const attempt = async (login: string, password: string) => {
  const res = await t.client().post<Err>('/api/auth/login', { login, password });
  return { status: res.status, body: res.body };
};
const lockOut = async (u: MadeUser) => {
  for (let i = 0; i < 5; i++) await attempt(u.email, `salah-${i}`);
};
const unlockMailOf = (u: MadeUser) => smtp.waitFor((m) => recipientOf(m) === u.email && (m.text ?? '').includes('/unlock?token='));

describe('login answers do not tell whether an account exists', () => {
  it('answers unknown, wrong, locked and inactive alike (401, same body) until the password is right', async () => {
    const { org, officer } = await makeOrgWithRoles(t.db);
    const inactive = await makeUser(t.db, org.id, { status: 'INACTIVE' });
    const locked = await makeUser(t.db, org.id);
    const reference = await attempt(`tiada.${randomUUID()}@ujian.gov.my`, 'Salah-Sekali-1');
    expect(reference.status).toBe(401);
    expect(reference.body.error.code).toBe('INVALID_CREDENTIALS');
    const tries: [string, string][] = [];
    for (let i = 0; i < 7; i++) tries.push([locked.email, `salah-${i}`]); // the 5th locks, the 6th and 7th meet the lock
    tries.push([locked.email, TEST_PASSWORD], [locked.nric, TEST_PASSWORD]); // the right password on a locked account
    tries.push([officer.email, 'salah'], [officer.nric, 'salah'], [inactive.email, 'salah'], [inactive.nric, 'salah']);
    const nobody = `tiada.${randomUUID()}@ujian.gov.my`;
    for (let i = 0; i < 7; i++) tries.push([nobody, `salah-${i}`]);
    for (const [login, password] of tries) expect(await attempt(login, password), `${login} / ${password}`).toEqual(reference);
  });

  it('tells inactivity only to the right password', async () => {
    const { org } = await makeOrgWithRoles(t.db);
    const gone = await makeUser(t.db, org.id, { status: 'INACTIVE' });
    const res = await attempt(gone.email, gone.password);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_INACTIVE');
  });

  it('keeps nothing typed into the login field of an unknown account in the audit log', async () => {
    const typed = `Rahsia-Mungkin-Kata-Laluan-${randomUUID()}`;
    await attempt(typed, 'apa-apa-sahaja');
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows).toLowerCase();
    expect(stored).not.toContain(typed.toLowerCase());
    expect(stored).not.toContain(typed.slice(-12).toLowerCase());
  });
});

describe('unlocking by the link emailed to the owner', () => {
  it('emails the owner a one-time link when the account locks; the link unlocks it, once', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    await lockOut(officer);
    const mail = await unlockMailOf(officer);
    expect(mail.text).toContain('https://spotme.example.gov.my/unlock?token=');
    expect(mail.headers.get('content-language')).toBe('ms-MY');
    const token = tokenIn(mail);
    const stored = await t.db
      .select()
      .from(accountTokens)
      .where(and(eq(accountTokens.userId, officer.id), eq(accountTokens.purpose, 'UNLOCK')));
    expect(stored.map((r) => r.id)).toEqual([createHash('sha256').update(token).digest('hex')]);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBe(3_600_000);
    expect((await attempt(officer.email, officer.password)).status).toBe(401);

    const unlock = await t.client().post('/api/auth/unlock', { token });
    expect(unlock.status).toBe(204);
    const [row] = await t.db.select({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, officer.id));
    expect(row).toEqual({ failedLogins: 0, lockedUntil: null });
    expect((await attempt(officer.email, officer.password)).status).toBe(200);
    const again = await t.client().post<Err>('/api/auth/unlock', { token });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('LINK_INVALID');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.unlocked'), eq(auditLog.entityId, officer.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.orgId).toBe(officer.orgId);
  });

  it('refuses an expired or unknown link, and names a missing token', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    await lockOut(officer);
    const token = tokenIn(await unlockMailOf(officer));
    await t.db
      .update(accountTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(accountTokens.userId, officer.id));
    const expired = await t.client().post<Err>('/api/auth/unlock', { token });
    expect(expired.status).toBe(400);
    expect(expired.body.error.code).toBe('LINK_INVALID');
    expect((await attempt(officer.email, officer.password)).status).toBe(401);
    expect((await t.client().post<Err>('/api/auth/unlock', { token: 'x'.repeat(43) })).body.error.code).toBe('LINK_INVALID');
    const missing = await t.client().post<Err & { error: { details: { fields: { path: string }[] } } }>('/api/auth/unlock', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields.map((f) => f.path)).toEqual(['token']);
  });

  it('does not link an inactive account: its owner could not log in anyway', async () => {
    const { org } = await makeOrgWithRoles(t.db);
    const gone = await makeUser(t.db, org.id, { status: 'INACTIVE' });
    await lockOut(gone);
    expect(await t.db.select().from(accountTokens).where(eq(accountTokens.userId, gone.id))).toEqual([]);
  });

  it('is rate-limited per IP like login', async () => {
    // The count is kept in the database this file shares with others: this client gets an address of its own through a trusted proxy.
    const limited = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' }, t.database);
    try {
      const headers = { 'x-forwarded-for': uniqueClientIp() };
      await startOfWindow();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.client().post('/api/auth/unlock', { token: `tiada-${i}` }, { headers })).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
