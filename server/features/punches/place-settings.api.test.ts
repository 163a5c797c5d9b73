import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOf } from '../../../domain/day/local-time';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';

type Punch = { place: string; flags: string[] };
type Pending = { kind: string; id: string };

let t: TestApp;
let admin: TestClient;
let officer: TestClient;

const home = { lat: 3.1, lng: 101.6 };
// 180 m north of the registered home: outside the default 150 m, inside 200 m.
const near = { lat: home.lat + 180 / 111_195, lng: home.lng, accuracy: 10 };
const punch = () => officer.post<Punch>('/api/punches', { idempotencyKey: randomUUID(), location: near, deviceTime: new Date().toISOString() });

beforeAll(async () => {
  t = await startTestApp();
  const world = await makeOrgWithRoles(t.db);
  const login = async (u: { email: string; password: string }) => {
    const c = t.client();
    await c.login(u.email, u.password);
    return c;
  };
  admin = await login(world.admin);
  officer = await login(world.officer);
  const supervisor = await login(world.supervisor);
  // Work from home today, in force at once; the home approved by the supervisor.
  expect((await admin.patch('/api/organisation', { settings: { statusesNeedingApproval: [] } })).status).toBe(200);
  const today = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date;
  expect((await officer.post('/api/day-statuses', { date: today, code: 'BDR', note: 'Kerja dari rumah' })).status).toBe(201);
  await officer.post('/api/me/home-location', { ...home, accuracy: 20, address: 'Rumah' });
  const pending = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items.find((i) => i.kind === 'HOME')!;
  expect((await supervisor.post(`/api/approvals/HOME/${pending.id}/decide`, { decision: 'DILULUSKAN' })).status).toBe(200);
});
afterAll(async () => t.close());

describe("the organisation's BDR home radius decides where a punch was made", () => {
  it('150 m by default: a punch 180 m from home is outside; with a 200 m radius it is at home', async () => {
    expect((await punch()).body).toMatchObject({ place: 'OUTSIDE', flags: ['LUAR_KAWASAN'] });
    expect((await admin.patch('/api/organisation', { settings: { bdrHomeRadiusMeters: 200 } })).status).toBe(200);
    expect((await punch()).body).toMatchObject({ place: 'HOME', flags: [] });
  });
});
