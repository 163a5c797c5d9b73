import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUser, TEST_PASSWORD, workingTuesdayAhead } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Pending = {
  kind: string;
  id: string;
  officer: { fullName: string };
  code: string | null;
  destination: string | null;
  location: { lat: number } | null;
  office?: { siteName: string; meters: number } | null;
};

let t: TestApp;
let officer: TestClient;
let supervisor: TestClient;
let otherSupervisor: TestClient;
let stranger: TestClient;
let lonely: TestClient;
const soon = workingTuesdayAhead(1);

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const other = await makeUser(t.db, a.org.id, { roles: ['PENYELIA', 'PEGAWAI'] });
  // A supervisor of someone else: they review, but not our officer's requests.
  await makeUser(t.db, a.org.id, { roles: ['PEGAWAI'], supervisorId: other.id });
  const login = async (email: string, password: string) => {
    const c = t.client();
    await c.login(email, password);
    return c;
  };
  officer = await login(a.officer.email, a.officer.password); // supervised by a.supervisor
  supervisor = await login(a.supervisor.email, a.supervisor.password);
  otherSupervisor = await login(other.email, other.password);
  stranger = await login(b.supervisor.email, b.supervisor.password);
  lonely = await login((await makeUser(t.db, a.org.id, { roles: ['PENYELIA', 'PEGAWAI'] })).email, TEST_PASSWORD);
  // Two office sites; the officer's home (3.1, 101.6) is nearest the Kuala Lumpur one's edge.
  const admin = await login(a.admin.email, a.admin.password);
  await admin.post('/api/sites', { name: 'Ibu Pejabat Putrajaya', shape: { type: 'circle', centre: { lat: 2.9431, lng: 101.6994 }, radiusMeters: 150 } });
  await admin.post('/api/sites', { name: 'Pejabat Kuala Lumpur', shape: { type: 'circle', centre: { lat: 3.1, lng: 101.65 }, radiusMeters: 200 } });
  await officer.post('/api/day-statuses', { date: soon, code: 'BDR', note: 'Laporan' });
  await officer.post('/api/movements', {
    leaveAt: `${soon}T10:00:00+08:00`,
    expectedReturn: `${soon}T11:00:00+08:00`,
    destination: 'JPA Putrajaya',
    destLocation: { lat: 2.93, lng: 101.69 },
    purpose: 'Mesyuarat',
  });
  await officer.post('/api/me/home-location', { lat: 3.1, lng: 101.6, accuracy: 20, address: 'Rumah' });
});
afterAll(async () => t.close());

describe("the supervisor's queue", () => {
  it('lists the status, movement and BDR home waiting from their own officer only', async () => {
    const mine = await supervisor.get<{ items: Pending[] }>('/api/approvals');
    expect(mine.body.items.map((i) => i.kind).sort()).toEqual(['HOME', 'MOVEMENT', 'STATUS']);
    expect(mine.body.items.find((i) => i.kind === 'MOVEMENT')).toMatchObject({ destination: 'JPA Putrajaya', location: { lat: 2.93 } });
    // Not only coordinates: the BDR home's distance from the nearest office site (≈ 5.56 km to the centre, less the 200 m radius).
    const office = mine.body.items.find((i) => i.kind === 'HOME')?.office;
    expect(office?.siteName).toBe('Pejabat Kuala Lumpur');
    expect(office?.meters).toBeGreaterThan(5200);
    expect(office?.meters).toBeLessThan(5500);
    expect((await otherSupervisor.get<{ items: Pending[] }>('/api/approvals')).body.items).toEqual([]);
    expect((await stranger.get<{ items: Pending[] }>('/api/approvals')).body.items).toEqual([]);
    expect((await officer.get('/api/approvals')).status).toBe(403);
    // Reviewing follows from supervising someone, not from the PENYELIA role.
    expect((await lonely.get('/api/approvals')).status).toBe(403);
  });

  it('gives each item the decisions the caller may make on it', async () => {
    const items = (await supervisor.get<{ items: (Pending & { decisions: { decision: string; final: boolean }[] })[] }>('/api/approvals')).body.items;
    expect(items.find((i) => i.kind === 'STATUS')?.decisions).toEqual([
      { decision: 'DILULUSKAN', final: true },
      { decision: 'DITOLAK', final: true },
    ]);
    expect(items.find((i) => i.kind === 'HOME')?.decisions.map((d) => d.decision)).toEqual(['DILULUSKAN', 'DITOLAK']);
  });

  it("lets only the officer's own supervisor decide, once; names bad input", async () => {
    const items = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items;
    const status = items.find((i) => i.kind === 'STATUS')!;
    expect((await otherSupervisor.post(`/api/approvals/STATUS/${status.id}/decide`, { decision: 'DILULUSKAN' })).status).toBe(404);
    expect((await stranger.post(`/api/approvals/STATUS/${status.id}/decide`, { decision: 'DILULUSKAN' })).status).toBe(404);
    const bad = await supervisor.post<Err>(`/api/approvals/STATUS/${status.id}/decide`, { decision: 'MAYBE' });
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('decision');
    expect((await supervisor.post(`/api/approvals/MOVEMENT/${status.id}/decide`, { decision: 'DILULUSKAN' })).status).toBe(404);
    const ok = await supervisor.post<{ state: string }>(`/api/approvals/STATUS/${status.id}/decide`, { decision: 'DILULUSKAN', note: 'Diluluskan' });
    expect(ok.body.state).toBe('DILULUSKAN');
    const twice = await supervisor.post<Err>(`/api/approvals/STATUS/${status.id}/decide`, { decision: 'DITOLAK' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('NOT_PENDING');
    const day = await officer.get<{ status: string }>(`/api/attendance/days/${soon}`);
    expect(day.body.status).toBe('BDR');
  });

  it('rejects a movement with a note and approves the BDR home, which the officer then sees; both audited', async () => {
    const items = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items;
    const move = items.find((i) => i.kind === 'MOVEMENT')!;
    const home = items.find((i) => i.kind === 'HOME')!;
    await supervisor.post(`/api/approvals/MOVEMENT/${move.id}/decide`, { decision: 'DITOLAK', note: 'Sila hantar wakil' });
    await supervisor.post(`/api/approvals/HOME/${home.id}/decide`, { decision: 'DILULUSKAN' });
    const moves = await officer.get<{ items: { state: string; decisionNote: string }[] }>(`/api/movements?from=${soon}&to=${soon}`);
    expect(moves.body.items[0]).toMatchObject({ state: 'DITOLAK', decisionNote: 'Sila hantar wakil' });
    expect((await officer.get<{ approved: { lat: number } | null }>('/api/me/home-location')).body.approved).toMatchObject({ lat: 3.1 });
    expect((await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items).toEqual([]);
  });
});
