import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, users } from '../../db/schema';
import { makeOrgWithRoles, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import { recipientOf, startSmtpReceiver } from '../../test/smtp-receiver';
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

const NEW_PASSWORD = 'Kuat-dan-Panjang-77';
const login = (u: MadeUser, password: string) => t.client().post<Err>('/api/auth/login', { login: u.email, password });
const lockOf = async (id: string) => (await t.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, id)))[0]?.lockedUntil ?? null;
const unlockTokens = (id: string) =>
  t.db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, id), eq(accountTokens.purpose, 'UNLOCK')));

/** The right password opens no session: the account is locked. */
async function expectLocked(u: MadeUser) {
  const c = t.client();
  const res = await c.post<Err>('/api/auth/login', { login: u.email, password: u.password });
  expect(res.status).toBe(401);
  expect(c.cookie).toBeNull();
  expect((await lockOf(u.id))?.getTime()).toBeGreaterThan(Date.now());
}

describe('the failed-login counter', () => {
  it('counts every one of 20 parallel wrong passwords: the account ends locked, with one unlock link', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(officer, `salah-${i}`)));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 401));
    await expectLocked(officer);
    expect(await unlockTokens(officer.id)).toHaveLength(1); // one lock, one link, however many failures came at once
    await smtp.waitFor((m) => recipientOf(m) === officer.email);
  });

  it('counts wrong current passwords of POST /api/auth/password against the same counter and lock', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const c = await loginAs(t, officer);
    for (let i = 0; i < 3; i++) expect((await login(officer, `salah-${i}`)).status).toBe(401);
    for (let i = 0; i < 2; i++) {
      const wrong = await c.post<Err>('/api/auth/password', { currentPassword: `salah-lagi-${i}`, newPassword: NEW_PASSWORD });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
      expect(wrong.body.error.details?.fields?.map((f) => f.path)).toEqual(['currentPassword']);
    }
    await expectLocked(officer);
    // The session's owner may be told: it is their own account. Nothing is checked or changed.
    const right = await c.post<Err>('/api/auth/password', { currentPassword: officer.password, newPassword: NEW_PASSWORD });
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('ACCOUNT_LOCKED');
    expect((await login(officer, NEW_PASSWORD)).status).toBe(401);
    expect(await unlockTokens(officer.id)).toHaveLength(1);
    await smtp.waitFor((m) => recipientOf(m) === officer.email);
  });

  it('counts 20 parallel wrong current passwords too', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    const c = await loginAs(t, officer);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => c.post<Err>('/api/auth/password', { currentPassword: `salah-${i}`, newPassword: NEW_PASSWORD })),
    );
    // Each is refused: a wrong password, or (once the lock holds) the lock itself.
    for (const a of answers) expect(['WRONG_PASSWORD', 'ACCOUNT_LOCKED']).toContain(a.body.error.code);
    await expectLocked(officer);
  });

  it('a right password clears the count, so failures far apart do not add up to a lock', async () => {
    const { officer } = await makeOrgWithRoles(t.db);
    for (let i = 0; i < 4; i++) await login(officer, `salah-${i}`);
    expect((await login(officer, officer.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(officer, `salah-${i}`);
    expect((await login(officer, officer.password)).status).toBe(200);
  });
});
