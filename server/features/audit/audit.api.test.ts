import { eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { Err } from '../../test/error-body';

type Row = {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  orgId?: string;
  ip: string | null;
  targetUserId: string | null;
  targetName: string | null;
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('the audit log', () => {
  it("records logins (success and failure) and logouts, newest first, only for the caller's organisation", async () => {
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

  it("names the target of each row and filters by person, by dates in the organisation's zone and by action", async () => {
    const world = await makeOrgWithRoles(t.db);
    const admin = t.client();
    await admin.login(world.admin.email, world.admin.password);
    const officer = t.client();
    await officer.login(world.officer.email, world.officer.password);
    await admin.post(`/api/users/${world.officer.id}/deactivate`);
    const unit = await admin.post<{ id: string }>('/api/units', { name: 'Unit Siasatan', code: 'US' });
    await admin.delete(`/api/units/${unit.body.id}`);
    const all = (await admin.get<{ items: Row[] }>('/api/audit?pageSize=100')).body.items;
    const nameOf = async (id: string) => (await t.db.select({ n: users.fullName }).from(users).where(eq(users.id, id)))[0]?.n;
    const off = all.find((r) => r.action === 'user.deactivated')!;
    expect(off).toMatchObject({ targetUserId: world.officer.id, targetName: await nameOf(world.officer.id), actorName: await nameOf(world.admin.id) });
    // A deleted unit is named by the name it had.
    expect(all.filter((r) => r.action.startsWith('unit.')).map((r) => [r.action, r.targetName])).toEqual([
      ['unit.deleted', 'Unit Siasatan'],
      ['unit.created', 'Unit Siasatan'],
    ]);

    // The person: rows they made (their login) and rows about them (the deactivation).
    const theirs = (await admin.get<{ items: Row[] }>(`/api/audit?pageSize=100&personId=${world.officer.id}`)).body.items.map((r) => r.action);
    expect(theirs).toEqual(['user.deactivated', 'auth.login']);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await admin.get<{ total: number }>(`/api/audit?from=${today}&to=${today}`)).body.total).toBe(all.length);
    expect((await admin.get<{ items: Row[]; total: number }>(`/api/audit?from=${tomorrow}`)).body).toMatchObject({ items: [], total: 0 });
    expect((await admin.get<{ items: Row[] }>(`/api/audit?to=${today}&action=unit.deleted`)).body.items.map((r) => r.targetName)).toEqual(['Unit Siasatan']);

    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['from=2026-12-02&to=2026-12-01', 'to'],
      ['personId=seorang', 'personId'],
    ] as const) {
      const bad = await admin.get<Err>(`/api/audit?${query}`);
      expect({ query, status: bad.status, field: bad.body.error.details?.fields?.[0]?.path }).toEqual({ query, status: 400, field });
    }
    expect((await officer.get('/api/audit')).status).toBe(401); // deactivated: the session ended
    const supervisor = t.client();
    await supervisor.login(world.supervisor.email, world.supervisor.password);
    expect((await supervisor.get('/api/audit')).status).toBe(403);
    expect((await t.client().get('/api/audit')).status).toBe(401);
  });

  it('cannot be changed or deleted, even with direct SQL', async () => {
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });
});
