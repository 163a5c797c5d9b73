import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, auditLog, users } from '../../db/schema';
import { FIELD_MESSAGES } from '../../http/field-messages';
import { makeOrgWithRoles, makeUser, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import { recipientOf, startSmtpReceiver, tokenIn } from '../../test/smtp-receiver';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Me = { user: { email: string; phone: string | null }; pendingEmail: string | null };

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let orgId: string;
let otherAgencyEmail: string;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://spotme.example.gov.my' });
  orgId = (await makeOrgWithRoles(t.db)).org.id;
  otherAgencyEmail = (await makeOrgWithRoles(t.db)).officer.email;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const fresh = async (): Promise<{ u: MadeUser; c: TestClient }> => {
  const u = await makeUser(t.db, orgId, { language: 'en-GB' });
  return { u, c: await loginAs(t, u) };
};
const newAddress = () => `baharu.${randomUUID().slice(0, 8)}@contoh.gov.my`;
const fields = (b: Err) => b.error.details?.fields?.map((f) => f.path) ?? [];
const canLogin = async (login: string, password: string) => (await t.client().post('/api/auth/login', { login, password })).status === 200;
const confirmMailTo = (to: string) => smtp.waitFor((m) => recipientOf(m) === to && (m.text ?? '').includes('/confirm-email?token='));

describe("changing one's own email", () => {
  it('needs the current password: missing or wrong answers 400 on currentPassword, a wrong one counts as a failed login', async () => {
    const { u, c } = await fresh();
    const missing = await c.patch<Err>('/api/me/profile', { email: newAddress() });
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toEqual(['currentPassword']);
    const wrong = await c.patch<Err>('/api/me/profile', { email: newAddress(), currentPassword: 'bukan-ini', phone: '03-8888 0000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    expect(fields(wrong.body)).toEqual(['currentPassword']);
    const [row] = await t.db.select({ failedLogins: users.failedLogins, email: users.email, phone: users.phone }).from(users).where(eq(users.id, u.id));
    expect(row).toEqual({ failedLogins: 1, email: u.email, phone: null });
    expect(await t.db.select().from(accountTokens).where(eq(accountTokens.userId, u.id))).toEqual([]);
  });

  it('sends a link to the new address; the old one works until the link is used, then is told of the change', async () => {
    const { u, c } = await fresh();
    const address = newAddress();
    const res = await c.patch<Me>('/api/me/profile', { email: address.toUpperCase(), currentPassword: u.password, phone: '012-345 6789' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: u.email, phone: '012-345 6789' });
    expect(res.body.pendingEmail).toBe(address);
    expect((await c.get<Me>('/api/me')).body.pendingEmail).toBe(address);

    const mail = await confirmMailTo(address);
    expect(mail.headers.get('content-language')).toBe('en-GB');
    expect(mail.text).toContain('https://spotme.example.gov.my/confirm-email?token=');
    const token = tokenIn(mail);
    const [stored] = await t.db
      .select()
      .from(accountTokens)
      .where(and(eq(accountTokens.userId, u.id), eq(accountTokens.purpose, 'EMAIL_CHANGE')));
    expect(stored).toMatchObject({ id: createHash('sha256').update(token).digest('hex'), newEmail: address, usedAt: null });
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(await canLogin(u.email, u.password)).toBe(true);
    expect(await canLogin(address, u.password)).toBe(false);

    const confirmed = await t.client().post<{ email: string }>('/api/me/email/confirm', { token }); // logged out: a link opened anywhere
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: address });
    const notice = await smtp.waitFor((m) => recipientOf(m) === u.email);
    expect(notice.text).toContain(address);
    expect(await canLogin(address, u.password)).toBe(true);
    expect(await canLogin(u.email, u.password)).toBe(false);
    expect((await c.get<Me>('/api/me')).body).toMatchObject({ user: { email: address }, pendingEmail: null });
    const again = await t.client().post<Err>('/api/me/email/confirm', { token });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('LINK_INVALID');
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.email_changed'), eq(auditLog.entityId, u.id)));
    expect(audit).toMatchObject({ orgId, actorId: u.id, before: { email: u.email }, after: { email: address } });
  });

  it('a newer request replaces the older link', async () => {
    const { u, c } = await fresh();
    const first = newAddress();
    const second = newAddress();
    await c.patch('/api/me/profile', { email: first, currentPassword: u.password });
    const oldToken = tokenIn(await confirmMailTo(first));
    expect((await c.patch<Me>('/api/me/profile', { email: second, currentPassword: u.password })).body.pendingEmail).toBe(second);
    expect((await t.client().post<Err>('/api/me/email/confirm', { token: oldToken })).body.error.code).toBe('LINK_INVALID');
    expect((await t.client().post('/api/me/email/confirm', { token: tokenIn(await confirmMailTo(second)) })).status).toBe(200);
  });

  it('does not tell whether an address is in use (even in another agency): the link goes out as for any address', async () => {
    const { u, c } = await fresh();
    const res = await c.patch<Me>('/api/me/profile', { email: otherAgencyEmail, currentPassword: u.password });
    expect(res.status).toBe(200);
    expect(res.body.pendingEmail).toBe(otherAgencyEmail);
  });

  it('answers 409 with the generic message when the address was taken before the link is used', async () => {
    const { u, c } = await fresh();
    const address = newAddress();
    await c.patch('/api/me/profile', { email: address, currentPassword: u.password });
    const token = tokenIn(await confirmMailTo(address));
    const squatter = await makeUser(t.db, (await makeOrgWithRoles(t.db)).org.id);
    await t.db.update(users).set({ email: address }).where(eq(users.id, squatter.id));
    const clash = await t.client().post<Err>('/api/me/email/confirm', { token }, { headers: { 'accept-language': 'en-GB' } });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details?.fields).toEqual([{ path: 'email', message: FIELD_MESSAGES['email.unavailable']!.en }]);
    expect((await c.get<Me>('/api/me')).body.user.email).toBe(u.email);
  });

  it('leaves phone and notification preferences free of the password; the same email is no change', async () => {
    const { u, c } = await fresh();
    const res = await c.patch<Me>('/api/me/profile', { phone: '+60 3-8000 8000', email: u.email, notificationPrefs: { reminders: { email: false } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { phone: '+60 3-8000 8000', email: u.email }, pendingEmail: null });
  });

  it('refuses a bad or missing token with 400', async () => {
    expect((await t.client().post<Err>('/api/me/email/confirm', { token: 'a'.repeat(43) })).body.error.code).toBe('LINK_INVALID');
    const missing = await t.client().post<Err>('/api/me/email/confirm', {});
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toEqual(['token']);
  });
});
