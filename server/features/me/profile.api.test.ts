import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { makeOrgWithRoles, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Home = { approved: { lat: number } | null; pending: { lat: number; state: string } | null };

let t: TestApp;
let officer: TestClient;
let officerId: string;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const u = await makeUser(t.db, a.org.id, { roles: ['PEGAWAI'] });
  officerId = u.id;
  officer = t.client();
  await officer.login(u.email, u.password);
});
afterAll(async () => t.close());

describe('own profile', () => {
  it('changes phone and notification preferences, audited', async () => {
    const res = await officer.patch<{ user: { phone: string } }>('/api/me/profile', {
      phone: '+60 12-345 6789',
      notificationPrefs: { reminders: { email: false } },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ phone: '+60 12-345 6789' });
    const prefs = await officer.get<Record<string, { push: boolean; email: boolean }>>('/api/me/notification-preferences');
    expect(prefs.body.reminders).toEqual({ push: true, email: false });
    expect(prefs.body.issues).toEqual({ push: true, email: true });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.profile'), eq(auditLog.entityId, officerId)));
    expect(row?.after).toMatchObject({ phone: '+60 12-345 6789' });
  });
  it('refuses bad values, naming the field, and changes nothing', async () => {
    const bad = await officer.patch<Err>('/api/me/profile', { phone: 'call me', notificationPrefs: { reminders: { fax: true } } });
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['notificationPrefs.reminders', 'phone']);
    const me = await officer.get<{ user: { phone: string } }>('/api/me');
    expect(me.body.user.phone).toBe('+60 12-345 6789');
  });
  it('registers a BDR home that waits for approval; a new one replaces the waiting one', async () => {
    expect((await officer.get<Home>('/api/me/home-location')).body).toEqual({ approved: null, pending: null });
    await officer.post('/api/me/home-location', { lat: 3.1, lng: 101.6, accuracy: 20, address: 'Rumah' });
    const second = await officer.post<Home>('/api/me/home-location', { lat: 3.2, lng: 101.6, accuracy: 25 });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ approved: null, pending: { lat: 3.2, state: 'MENUNGGU' } });
    const bad = await officer.post<Err>('/api/me/home-location', { lat: 200, lng: 101.6 });
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['accuracy', 'lat']);
  });
});
