import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';

type Row = { id: number; at: string; action: string; actorId: string | null; orgId?: string; ip: string | null };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('the audit log', () => {
  it('records logins (success and failure) and logouts, newest first, only for the caller\'s organisation', async () => {
    const world = await makeOrgWithRoles(t.db);
    const other = await makeOrgWithRoles(t.db);
    await t.client().post('/api/auth/login', { login: world.officer.email, password: 'salah-salah' });
    const o = t.client();
    await o.login(world.officer.email, world.officer.password);
    await o.post('/api/auth/logout');
    await t.client().login(other.officer.email, other.officer.password);
    const admin = t.client();
    await admin.login(world.admin.email, world.admin.password);
    const res = await admin.get<{ items: Row[]; total: number }>('/api/audit?pageSize=50');
    const actions = res.body.items.filter((r) => r.actorId === world.officer.id).map((r) => r.action);
    expect(actions).toEqual(['auth.logout', 'auth.login', 'auth.login_failed']);
    expect(res.body.items.some((r) => r.actorId === other.officer.id)).toBe(false);
    expect(res.body.items.every((r) => r.ip === '127.0.0.1')).toBe(true);
    const times = res.body.items.map((r) => Date.parse(r.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const paged = await admin.get<{ items: Row[]; total: number }>('/api/audit?pageSize=2&page=2');
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.total).toBe(res.body.total);
  });

  it('cannot be changed or deleted, even with direct SQL', async () => {
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });
});
