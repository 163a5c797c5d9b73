import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeOrg, makeOrgWithRoles, makeUnit, makeUser } from '../test/factories';
import { loginAs, startTestApp, type TestApp } from '../test/harness';
import type { TestClient } from '../test/test-client';
import type { Err } from '../test/error-body';

let t: TestApp;
let admin: TestClient;
let platform: TestClient;
let paths: { client: () => TestClient; path: string }[];

beforeAll(async () => {
  t = await startTestApp();
  const world = await makeOrgWithRoles(t.db);
  admin = await loginAs(t, world.admin);
  platform = await loginAs(t, await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] }));
  const unit = await makeUnit(t.db, world.org.id);
  const site = await admin.post<{ id: string }>('/api/sites', {
    name: 'Ibu Pejabat',
    shape: { type: 'circle', centre: { lat: 3.1, lng: 101.7 }, radiusMeters: 100 },
  });
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Kuala_Lumpur' });
  const task = await admin.post<{ id: string }>('/api/tasks', { date: today, title: 'Laporan bulanan', category: 'PENTADBIRAN' });
  const agency = await makeOrg(t.db);
  paths = [
    { client: () => admin, path: `/api/users/${world.officer.id}` },
    { client: () => admin, path: `/api/units/${unit.id}` },
    { client: () => admin, path: `/api/sites/${site.body.id}` },
    { client: () => admin, path: `/api/tasks/${task.body.id}` },
    { client: () => admin, path: '/api/organisation' },
    { client: () => admin, path: '/api/me/profile' },
    { client: () => platform, path: `/api/platform/organisations/${agency.id}` },
  ];
});
afterAll(async () => t.close());

describe('an empty PATCH', () => {
  it('answers 400 "nothing to change" on every PATCH route that takes a subset of fields (units and sites answered 500)', async () => {
    for (const { client, path } of paths) {
      const res = await client().patch<Err>(path, {});
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('VALIDATION_FAILED');
      expect(res.body.error.details?.fields, path).toEqual([{ path: 'body', message: 'Tiada apa-apa untuk diubah: hantar sekurang-kurangnya satu medan.' }]);
    }
    // The one PATCH with a required field says which.
    const prefs = await admin.patch<Err>('/api/me/preferences', {});
    expect(prefs.status).toBe(400);
    expect(prefs.body.error.details?.fields?.[0]?.path).toBe('language');
  });

  it('still takes one field alone', async () => {
    const unit = paths[1]!;
    const res = await unit.client().patch<{ name: string }>(unit.path, { name: 'Unit Baharu' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Unit Baharu');
  });

  it('refuses at start-up a PATCH route whose body accepts {}', async () => {
    const { buildApp } = await import('../app');
    const app = await buildApp({ config: t.config, database: t.database, logger: false, serveApp: false });
    const route = (body?: z.ZodType) => () =>
      app.patch('/api/lax', { config: { access: { permission: 'authenticated' } }, schema: body ? { body } : {} }, async () => ({}));
    expect(route(z.object({ name: z.string() }).partial())).toThrow(/accepts an empty body/);
    expect(route()).toThrow(/accepts an empty body/);
    await app.close();
  });
});
