import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Site = { id: string; name: string; shape: { type: string }; active: boolean };

let t: TestApp;
let admin: TestClient;
let otherAdmin: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  admin = t.client();
  await admin.login(a.admin.email, a.admin.password);
  otherAdmin = t.client();
  await otherAdmin.login(b.admin.email, b.admin.password);
});
afterAll(async () => t.close());

const hq = { name: 'Ibu Pejabat', address: 'Presint 1, Putrajaya', shape: { type: 'circle', centre: { lat: 2.9431, lng: 101.6994 }, radiusMeters: 150 } };
const annex = {
  name: 'Bangunan Annex',
  shape: {
    type: 'polygon',
    points: [
      { lat: 2.92, lng: 101.69 },
      { lat: 2.92, lng: 101.7 },
      { lat: 2.93, lng: 101.7 },
    ],
  },
};

describe('sites (geofences)', () => {
  it('adds circle and polygon sites, lists, edits and deletes them, with audit rows', async () => {
    const c = await admin.post<Site>('/api/sites', hq);
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ name: 'Ibu Pejabat', shape: hq.shape, active: true });
    const p = await admin.post<Site>('/api/sites', annex);
    expect(p.body.shape).toEqual(annex.shape);
    expect((await admin.get<{ items: Site[] }>('/api/sites')).body.items.map((s) => s.name)).toEqual(['Bangunan Annex', 'Ibu Pejabat']);
    const moved = await admin.patch<Site>(`/api/sites/${c.body.id}`, {
      shape: { type: 'circle', centre: { lat: 2.95, lng: 101.7 }, radiusMeters: 300 },
      active: false,
    });
    expect(moved.body).toMatchObject({ active: false, shape: { radiusMeters: 300 } });
    expect((await admin.delete(`/api/sites/${p.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/sites/${p.body.id}`)).status).toBe(404);
    const audit = await admin.get<{ items: { action: string }[] }>('/api/audit?pageSize=100');
    expect(audit.body.items.map((a) => a.action)).toEqual(expect.arrayContaining(['site.created', 'site.updated', 'site.deleted']));
  });

  it('answers 400 naming the field for a bad shape', async () => {
    const small = await admin.post<Err>('/api/sites', { ...hq, shape: { ...hq.shape, radiusMeters: 2 } });
    expect(small.status).toBe(400);
    expect(small.body.error.details?.fields?.[0]?.path).toBe('shape.radiusMeters');
    const line = await admin.post<Err>('/api/sites', {
      name: 'Garis',
      shape: {
        type: 'polygon',
        points: [
          { lat: 1, lng: 1 },
          { lat: 2, lng: 2 },
        ],
      },
    });
    expect(line.body.error.details?.fields?.[0]?.path).toBe('shape.points');
    const lat = await admin.post<Err>('/api/sites', { ...hq, shape: { ...hq.shape, centre: { lat: 95, lng: 0 } } });
    expect(lat.body.error.details?.fields?.[0]?.path).toBe('shape.centre.lat');
  });

  it("keeps organisations apart: another organisation's site is 404 and not listed", async () => {
    const mine = await admin.post<Site>('/api/sites', { ...hq, name: 'Tapak Sendiri' });
    expect((await otherAdmin.get(`/api/sites/${mine.body.id}`)).status).toBe(404);
    expect((await otherAdmin.patch(`/api/sites/${mine.body.id}`, { name: 'X' })).status).toBe(404);
    expect((await otherAdmin.delete(`/api/sites/${mine.body.id}`)).status).toBe(404);
    expect((await otherAdmin.get<{ items: Site[] }>('/api/sites')).body.items.map((s) => s.id)).not.toContain(mine.body.id);
  });
});
