import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import type { Err } from '../test/error-body';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('the one error shape', () => {
  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"login":' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Maklumat yang dihantar tidak sah.');
  });

  it("renders zod messages in the caller's language", async () => {
    const { admin } = await makeOrgWithRoles(t.db);
    const c = t.client();
    await c.login(admin.email, admin.password);
    const ms = await c.get<Err>('/api/users?pageSize=1000');
    expect(ms.status).toBe(400);
    expect(ms.body.error.details?.fields?.[0]?.path).toBe('pageSize');
    expect(ms.body.error.details?.fields?.[0]?.message).toMatch(/Terlalu besar/);
    await c.patch('/api/me/preferences', { language: 'en-GB' });
    const en = await c.get<Err>('/api/users?pageSize=1000');
    expect(en.body.error.details?.fields?.[0]?.message).toMatch(/Too big/);
  });

  it('refuses at start-up a route that declares no access rule', async () => {
    const { buildApp } = await import('../app');
    const app = await buildApp({ config: t.config, database: t.database, logger: false, serveApp: false });
    expect(() => app.get('/api/open-by-accident', async () => ({}))).toThrow(/declares no access rule/);
    await app.close();
  });
});
