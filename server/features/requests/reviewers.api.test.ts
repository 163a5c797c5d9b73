import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayStatuses, notifications } from '../../db/schema';
import { makeOrgWithRoles, makeUser, workingTuesdayAhead, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';

type Err = { error: { code: string; details?: { index?: number; fields?: { path: string; message: string }[] } } };
type Pending = { kind: string; id: string; officer: { id: string; fullName: string }; decisions: { decision: string; final: boolean }[] };
type Me = { abilities: string[] };

/**
 * Who reviews a request is one stored fact (`reviewer_id`), set when it is made and
 * re-pointed when the officer's supervisor changes; reviewing follows from supervising
 * someone, not from a role.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let boss: MadeUser;
const c: Record<string, TestClient> = {};
const soon = workingTuesdayAhead(1);
const later = workingTuesdayAhead(8);
const latest = workingTuesdayAhead(15);

beforeAll(async () => {
  t = await startTestApp();
  w = await makeOrgWithRoles(t.db);
  // The supervisor's own supervisor is an executive, with no PENYELIA role.
  boss = await makeUser(t.db, w.org.id, { roles: ['EKSEKUTIF', 'PEGAWAI'], fullName: 'Ketua Bahagian' });
  for (const [k, u] of Object.entries({ officer: w.officer, supervisor: w.supervisor, admin: w.admin, boss })) c[k] = await loginAs(t, u);
  await c.admin!.patch(`/api/users/${w.supervisor.id}`, { supervisorId: boss.id });
});
afterAll(async () => t.close());

const queue = async (client: TestClient) => (await client.get<{ items: Pending[] }>('/api/approvals')).body.items;

describe('reviewers by relationship', () => {
  it("sends a supervisor's own BDR request to their supervisor, an executive, who may decide it", async () => {
    const sent = await c.supervisor!.post<{ id: string; state: string }>('/api/day-statuses', { date: soon, code: 'BDR', note: 'Kertas cadangan' });
    expect(sent.body.state).toBe('MENUNGGU');
    expect((await c.boss!.get<Me>('/api/me')).body.abilities).toContain('requests.review');
    expect((await queue(c.supervisor!)).map((p) => p.id)).not.toContain(sent.body.id);
    const [item] = (await queue(c.boss!)).filter((p) => p.id === sent.body.id);
    expect(item).toMatchObject({ kind: 'STATUS', officer: { id: w.supervisor.id } });
    expect(item!.decisions.map((d) => d.decision)).toEqual(['DILULUSKAN', 'DITOLAK']);
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, boss.id), eq(notifications.kind, 'REVIEW_WAITING')));
    expect(told).toHaveLength(1);
    const decided = await c.boss!.post<{ state: string }>(`/api/approvals/STATUS/${sent.body.id}/decide`, { decision: 'DILULUSKAN' });
    expect(decided.body.state).toBe('DILULUSKAN');
  });

  it('gives the review ability to nobody without reports: a plain executive is refused the queue', async () => {
    const alone = await loginAs(t, w.executive);
    expect((await alone.get<Me>('/api/me')).body.abilities).not.toContain('requests.review');
    expect((await alone.get('/api/approvals')).status).toBe(403);
  });

  it("re-points a waiting request when the officer's supervisor changes, and tells the new reviewer", async () => {
    const sent = await c.officer!.post<{ id: string }>('/api/day-statuses', { date: later, code: 'BDR', note: 'Laporan suku tahun' });
    expect((await queue(c.supervisor!)).map((p) => p.id)).toContain(sent.body.id);
    await c.admin!.patch(`/api/users/${w.officer.id}`, { supervisorId: boss.id });
    // With no report left the old supervisor no longer reviews at all.
    expect((await c.supervisor!.get('/api/approvals')).status).toBe(403);
    expect((await queue(c.boss!)).map((p) => p.id)).toContain(sent.body.id);
    const [row] = await t.db.select({ reviewerId: dayStatuses.reviewerId }).from(dayStatuses).where(eq(dayStatuses.id, sent.body.id));
    expect(row?.reviewerId).toBe(boss.id);
    // The old supervisor can no longer decide it; the new one can.
    expect((await c.supervisor!.post(`/api/approvals/STATUS/${sent.body.id}/decide`, { decision: 'DITOLAK' })).status).toBe(403);
    expect((await c.boss!.post<{ state: string }>(`/api/approvals/STATUS/${sent.body.id}/decide`, { decision: 'DITOLAK' })).body.state).toBe('DITOLAK');
    await c.admin!.patch(`/api/users/${w.officer.id}`, { supervisorId: w.supervisor.id });
  });

  it('refuses an inactive supervisor, and deactivating someone who still supervises active officers', async () => {
    const gone = await makeUser(t.db, w.org.id, { roles: ['PENYELIA', 'PEGAWAI'], status: 'INACTIVE' });
    const bad = await c.admin!.patch<Err>(`/api/users/${w.officer.id}`, { supervisorId: gone.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]).toMatchObject({ path: 'supervisorId' });
    const busy = await c.admin!.post<Err>(`/api/users/${w.supervisor.id}/deactivate`, {});
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('USER_HAS_REPORTS');
  });
});

describe('several decisions at once', () => {
  it('checks the whole set first: one item not waiting for the caller stops them all, naming its index', async () => {
    const a = await c.officer!.post<{ id: string }>('/api/movements', {
      leaveAt: `${soon}T10:00:00+08:00`,
      expectedReturn: `${soon}T10:30:00+08:00`,
      destination: 'Bank',
      purpose: 'Urusan rasmi',
    });
    const b = await c.officer!.post<{ id: string }>('/api/movements', {
      leaveAt: `${soon}T14:00:00+08:00`,
      expectedReturn: `${soon}T14:30:00+08:00`,
      destination: 'JPA',
      purpose: 'Mesyuarat',
    });
    const theirs = await c.supervisor!.post<{ id: string }>('/api/day-statuses', { date: latest, code: 'BDR', note: 'Menulis laporan' });
    const stopped = await c.supervisor!.post<Err>('/api/approvals/decide-many', {
      items: [
        { kind: 'MOVEMENT', id: a.body.id },
        { kind: 'STATUS', id: theirs.body.id },
        { kind: 'MOVEMENT', id: b.body.id },
      ],
      decision: 'DILULUSKAN',
    });
    expect(stopped.status).toBe(404);
    expect(stopped.body.error.details?.index).toBe(1);
    expect(
      (await queue(c.supervisor!))
        .filter((p) => p.kind === 'MOVEMENT')
        .map((p) => p.id)
        .sort(),
    ).toEqual([a.body.id, b.body.id].sort());
    const twice = await c.supervisor!.post<Err>('/api/approvals/decide-many', {
      items: [
        { kind: 'MOVEMENT', id: a.body.id },
        { kind: 'MOVEMENT', id: a.body.id },
      ],
      decision: 'DILULUSKAN',
    });
    expect(twice.status).toBe(400);
    const done = await c.supervisor!.post<{ decided: number; results: { id: string; state: string }[] }>('/api/approvals/decide-many', {
      items: [
        { kind: 'MOVEMENT', id: a.body.id },
        { kind: 'MOVEMENT', id: b.body.id },
      ],
      decision: 'DILULUSKAN',
    });
    expect(done.body).toMatchObject({ decided: 2 });
    expect(done.body.results.map((r) => r.state)).toEqual(['DILULUSKAN', 'DILULUSKAN']);
    expect((await queue(c.supervisor!)).filter((p) => p.kind === 'MOVEMENT')).toEqual([]);
  });
});
