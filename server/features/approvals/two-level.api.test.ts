import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { auditLog, organisations, users } from '../../db/schema';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makePunches, makeUser, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';

type Issue = { id: string; justification: { state: string; stage: number; checkRemark: string | null; remark: string | null } | null };
type Pending = { kind: string; id: string; review: { stage: number; checkedBy: string | null; checkRemark: string | null } | null };

/**
 * Two review levels (R22): the officer's supervisor (penyemak) supports or stops a
 * justification; their own supervisor (pengesah) makes the final decision.
 */
let t: TestApp;
let officer: TestClient;
let penyemak: TestClient;
let pengesah: TestClient;
let pengesahUser: MadeUser;
let admin: TestClient;
let penyemakId: string;
const DAYS = ['2026-08-04', '2026-08-05', '2026-08-06', '2026-08-11']; // Tuesday to Thursday, and the next Tuesday

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const settings = { ...DEFAULT_ORG_SETTINGS, reviewLevels: 2 };
  await t.db.update(organisations).set({ settings }).where(eq(organisations.id, a.org.id));
  pengesahUser = await makeUser(t.db, a.org.id, { roles: ['PENYELIA', 'PEGAWAI'] });
  await t.db.update(users).set({ supervisorId: pengesahUser.id }).where(eq(users.id, a.supervisor.id));
  const login = (u: MadeUser) => loginAs(t, u);
  officer = await login(a.officer);
  penyemak = await login(a.supervisor);
  pengesah = await login(pengesahUser);
  admin = await login(a.admin);
  penyemakId = a.supervisor.id;
  await makePunches(
    t.db,
    a.org.id,
    DAYS.flatMap((d) => [
      { userId: a.officer.id, at: new Date(`${d}T09:20:00+08:00`), kind: 'IN' },
      { userId: a.officer.id, at: new Date(`${d}T18:30:00+08:00`), kind: 'OUT' },
    ]),
  );
  for (const d of DAYS) await closeDay(t.database, { id: a.org.id, timeZone: a.org.timeZone, state: a.org.state, settings }, d);
});
afterAll(async () => t.close());

const issues = async () => (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-08-01&to=2026-08-31')).body.items;
const queue = async (c: TestClient) => (await c.get<{ items: Pending[] }>('/api/approvals')).body.items.filter((i) => i.kind === 'JUSTIFICATION');

describe('two review levels', () => {
  it("the penyemak's acceptance passes the justification to the pengesah, who decides it finally", async () => {
    const [first] = await issues();
    await officer.post(`/api/issues/${first!.id}/justification`, { category: 'KLINIK_HOSPITAL', text: 'Rawatan di klinik kesihatan' });
    expect(await queue(pengesah)).toEqual([]);
    const [item] = await queue(penyemak);
    expect(item!.review).toMatchObject({ stage: 1, checkedBy: null });
    // The pengesah cannot decide before the penyemak.
    expect((await pengesah.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' })).status).toBe(404);
    const supported = await penyemak.post<{ state: string; stage: number }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, {
      decision: 'DITERIMA',
      note: 'Disokong',
    });
    expect(supported.body).toMatchObject({ state: 'MENUNGGU', stage: 2 });
    expect(await queue(penyemak)).toEqual([]);
    const [waiting] = await queue(pengesah);
    expect(waiting!.review).toMatchObject({ stage: 2, checkRemark: 'Disokong' });
    expect((await issues())[0]!.justification).toMatchObject({ state: 'MENUNGGU', stage: 2, checkRemark: 'Disokong' });
    // The penyemak may not decide again at the second level.
    expect((await penyemak.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITOLAK' })).status).toBe(404);
    const final = await pengesah.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA', note: 'Disahkan' });
    expect(final.body.state).toBe('DITERIMA');
    expect((await issues())[0]!.justification).toMatchObject({ state: 'DITERIMA', remark: 'Disahkan' });
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, item!.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['approval.disokong', 'approval.diterima']));
  });

  it("the penyemak's request for more information returns it to the officer, and an answer starts again at the penyemak", async () => {
    const second = (await issues())[1]!;
    await officer.post(`/api/issues/${second.id}/justification`, { category: 'URUSAN_PERIBADI', text: 'Menghantar anak ke sekolah' });
    const [item] = await queue(penyemak);
    await penyemak.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' });
    await pengesah.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'PERLU_MAKLUMAT', note: 'Sila lampirkan surat' });
    expect((await issues())[1]!.justification).toMatchObject({ state: 'PERLU_MAKLUMAT' });
    await officer.post(`/api/issues/${second.id}/justification`, { category: 'URUSAN_PERIBADI', text: 'Menghantar anak ke sekolah, surat dilampirkan' });
    expect((await issues())[1]!.justification).toMatchObject({ state: 'MENUNGGU', stage: 1, checkRemark: null });
    expect((await queue(penyemak)).map((i) => i.id)).toEqual([item!.id]);
    expect(await queue(pengesah)).toEqual([]);
    const rejected = await penyemak.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, {
      decision: 'DITOLAK',
      note: 'Tidak munasabah',
    });
    expect(rejected.body.state).toBe('DITOLAK');
    expect(await queue(pengesah)).toEqual([]);
  });

  it('the pengesah is whoever supervises the penyemak, whatever their role', async () => {
    await t.db
      .update(users)
      .set({ roles: ['EKSEKUTIF', 'PEGAWAI'] })
      .where(eq(users.id, pengesahUser.id));
    const [, , third] = await issues();
    await officer.post(`/api/issues/${third!.id}/justification`, { category: 'MESYUARAT', text: 'Mesyuarat di luar pejabat' });
    const [item] = await queue(penyemak);
    expect((item as Pending & { decisions: unknown }).decisions).toEqual([
      { decision: 'DITERIMA', final: false },
      { decision: 'DITOLAK', final: true },
      { decision: 'PERLU_MAKLUMAT', final: true },
    ]);
    const supported = await penyemak.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' });
    expect(supported.body.state).toBe('MENUNGGU');
    const [waiting] = await queue(pengesah);
    expect(waiting?.id).toBe(item!.id);
    const decided = await pengesah.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' });
    expect(decided.body.state).toBe('DITERIMA');
  });

  it('lets the penyemak decide alone when nobody supervises them', async () => {
    await admin.patch(`/api/users/${penyemakId}`, { supervisorId: null });
    const fourth = (await issues()).find((i) => i.justification === null);
    await officer.post(`/api/issues/${fourth!.id}/justification`, { category: 'MESYUARAT', text: 'Mesyuarat pagi' });
    const [item] = await queue(penyemak);
    expect((item as Pending & { decisions: { final: boolean }[] }).decisions.every((d) => d.final)).toBe(true);
    const decided = await penyemak.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' });
    expect(decided.body.state).toBe('DITERIMA');
  });
});
