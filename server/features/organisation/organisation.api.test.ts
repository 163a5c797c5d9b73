import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Org = { id: string; name: string; settings: typeof DEFAULT_ORG_SETTINGS };

let t: TestApp;
let admin: TestClient;
let world: Awaited<ReturnType<typeof makeOrgWithRoles>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await makeOrgWithRoles(t.db);
  admin = t.client();
  await admin.login(world.admin.email, world.admin.password);
});
afterAll(async () => t.close());

describe('organisation settings', () => {
  it('shows the defaults, merges a change, and audits it', async () => {
    const before = await admin.get<Org>('/api/organisation');
    expect(before.body.id).toBe(world.org.id);
    expect(before.body.settings).toEqual(DEFAULT_ORG_SETTINGS);
    const res = await admin.patch<Org>('/api/organisation', { name: 'Jabatan Ujian Baharu', settings: { graceMinutes: 5, reviewLevels: 2 } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Jabatan Ujian Baharu');
    expect(res.body.settings).toEqual({ ...DEFAULT_ORG_SETTINGS, graceMinutes: 5, reviewLevels: 2 });
    const audit = await admin.get<{
      items: { action: string; before: { settings: { graceMinutes: number } }; after: { settings: { graceMinutes: number } } }[];
    }>('/api/audit?action=organisation.updated');
    expect(audit.body.items[0]?.before.settings.graceMinutes).toBe(0);
    expect(audit.body.items[0]?.after.settings.graceMinutes).toBe(5);
  });

  it('answers 400 with the setting at fault, and for unknown keys', async () => {
    const bad = await admin.patch<Err>('/api/organisation', { settings: { graceMinutes: 500 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('settings.graceMinutes');
    expect((await admin.patch('/api/organisation', { settings: { colour: 'blue' } })).status).toBe(400);
    expect((await admin.patch('/api/organisation', { state: 'MY-01' })).status).toBe(400);
  });

  it("the places' radii and the travel-speed limit are settings with bounds, 400 naming the one at fault", async () => {
    for (const [key, value] of [
      ['travelSpeedLimitKmh', 20],
      ['bdrHomeRadiusMeters', 5000],
      ['movementDestinationRadiusMeters', 10],
      ['bdrHomeRadiusMeters', 'far'],
    ] as const) {
      const bad = await admin.patch<Err>('/api/organisation', { settings: { [key]: value } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details?.fields?.map((f) => f.path)).toEqual([`settings.${key}`]);
    }
    const ok = await admin.patch<Org>('/api/organisation', {
      settings: { travelSpeedLimitKmh: 400, bdrHomeRadiusMeters: 200, movementDestinationRadiusMeters: 500 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.settings).toMatchObject({ travelSpeedLimitKmh: 400, bdrHomeRadiusMeters: 200, movementDestinationRadiusMeters: 500 });
  });
});
