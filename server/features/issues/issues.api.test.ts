import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { attendanceCards, justifications } from '../../db/schema';
import { countCards } from '../../jobs/cards';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makePunches, makeUser, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Issue = { id: string; date: string; code: string; minutes: number | null; rule: string; justification: { state: string; remark: string | null } | null };
type Pending = { kind: string; id: string; date: string; issue: { code: string; category: string } | null; note: string | null };

let t: TestApp;
let officer: TestClient;
let supervisor: TestClient;
let colleague: TestClient;
let stranger: TestClient;
let officerUser: MadeUser;
let orgId: string;
const LATE_DAYS = ['2026-09-01', '2026-09-02', '2026-09-03']; // Tuesday to Thursday

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  orgId = a.org.id;
  officerUser = a.officer;
  const other = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: a.supervisor.id });
  const login = (u: MadeUser) => loginAs(t, u);
  officer = await login(a.officer);
  supervisor = await login(a.supervisor);
  colleague = await login(other);
  stranger = await login(b.supervisor);
  await makePunches(
    t.db,
    orgId,
    LATE_DAYS.flatMap((d) => [
      { userId: a.officer.id, at: new Date(`${d}T09:15:00+08:00`), kind: 'IN' },
      { userId: a.officer.id, at: new Date(`${d}T18:00:00+08:00`), kind: 'OUT' },
    ]),
  );
  const org = { id: orgId, timeZone: a.org.timeZone, state: a.org.state, settings: DEFAULT_ORG_SETTINGS };
  for (const d of LATE_DAYS) await closeDay(t.database, org, d);
});
afterAll(async () => t.close());

const myIssues = async () => (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;

describe('attendance issues and justifications', () => {
  it("lists the officer's issues of closed days with the rule behind each, and nobody else's", async () => {
    const items = await myIssues();
    expect(items.map((i) => [i.date, i.code, i.minutes, i.rule])).toEqual(LATE_DAYS.map((d) => [d, 'LEWAT', 15, 'R11']));
    // The colleague, absent on those closed days, sees only their own issues.
    const theirs = (await colleague.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    expect(theirs.map((i) => i.code)).toEqual(['TIDAK_HADIR', 'TIDAK_HADIR', 'TIDAK_HADIR']);
    expect(theirs.some((i) => items.some((m) => m.id === i.id))).toBe(false);
  });

  it('takes an answer with the field named when it is bad, from the officer only, once while it waits', async () => {
    const [first] = await myIssues();
    const bad = await officer.post<Err>(`/api/issues/${first!.id}/justification`, { category: 'CUACA', text: 'x' });
    expect(bad.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['category', 'text']);
    expect((await colleague.post(`/api/issues/${first!.id}/justification`, { category: 'LAIN_LAIN', text: 'Bukan isu saya' })).status).toBe(404);
    const sent = await officer.post<Issue>(`/api/issues/${first!.id}/justification`, { category: 'KENDERAAN_ROSAK', text: 'Kereta rosak di lebuh raya' });
    expect(sent.body.justification).toMatchObject({ state: 'MENUNGGU' });
    const again = await officer.post<Err>(`/api/issues/${first!.id}/justification`, { category: 'KENDERAAN_ROSAK', text: 'Kereta rosak lagi' });
    expect(again.body.error.code).toBe('NOT_PENDING');
  });

  it("goes to the officer's own supervisor, who can ask for more, then accept; deciding twice is refused", async () => {
    const queue = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items.filter((i) => i.kind === 'JUSTIFICATION');
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ date: '2026-09-01', issue: { code: 'LEWAT', category: 'KENDERAAN_ROSAK' }, note: 'Kereta rosak di lebuh raya' });
    const id = queue[0]!.id;
    expect((await stranger.post(`/api/approvals/JUSTIFICATION/${id}/decide`, { decision: 'DITERIMA' })).status).toBe(404);
    const wrong = await supervisor.post<Err>(`/api/approvals/JUSTIFICATION/${id}/decide`, { decision: 'DILULUSKAN' });
    expect(wrong.body.error.details?.fields?.[0]?.path).toBe('decision');
    await supervisor.post(`/api/approvals/JUSTIFICATION/${id}/decide`, { decision: 'PERLU_MAKLUMAT', note: 'Sila sertakan resit bengkel' });
    expect((await myIssues())[0]?.justification).toMatchObject({ state: 'PERLU_MAKLUMAT', remark: 'Sila sertakan resit bengkel' });
    await officer.post(`/api/issues/${(await myIssues())[0]!.id}/justification`, {
      category: 'KENDERAAN_ROSAK',
      text: 'Resit bengkel no. 4411 disimpan oleh unit',
    });
    expect((await supervisor.post(`/api/approvals/JUSTIFICATION/${id}/decide`, { decision: 'DITERIMA' })).status).toBe(200);
    expect((await supervisor.post<Err>(`/api/approvals/JUSTIFICATION/${id}/decide`, { decision: 'DITOLAK' })).body.error.code).toBe('NOT_PENDING');
    expect((await myIssues())[0]?.justification?.state).toBe('DITERIMA');
  });

  it('marks a justification waiting past the review deadline (R23) as overdue, and decides several at once, all or none', async () => {
    const open = (await myIssues()).filter((i) => !i.justification);
    for (const i of open) await officer.post(`/api/issues/${i.id}/justification`, { category: 'URUSAN_PERIBADI', text: 'Menghantar anak ke hospital' });
    await t.db
      .update(justifications)
      .set({ updatedAt: new Date(Date.now() - 8 * 86_400_000) })
      .where(eq(justifications.issueId, open[0]!.id));
    const queue = (await supervisor.get<{ items: (Pending & { overdue: boolean })[] }>('/api/approvals')).body.items.filter((i) => i.kind === 'JUSTIFICATION');
    expect(queue.map((q) => q.overdue).sort()).toEqual([false, true]);
    const bad = await supervisor.post<Err & { error: { details?: { index?: number } } }>('/api/approvals/decide-many', {
      items: [...queue.map((q) => ({ kind: q.kind, id: q.id })), { kind: 'JUSTIFICATION', id: orgId }],
      decision: 'DITOLAK',
    });
    expect(bad.status).toBe(404);
    expect(bad.body.error.details?.index).toBe(2);
    expect((await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items.filter((i) => i.kind === 'JUSTIFICATION')).toHaveLength(2);
    const ok = await supervisor.post<{ decided: number }>('/api/approvals/decide-many', {
      items: queue.map((q) => ({ kind: q.kind, id: q.id })),
      decision: 'DITOLAK',
      note: 'Tiada bukti',
    });
    expect(ok.body.decided).toBe(2);
    expect((await myIssues()).map((i) => i.justification?.state)).toEqual(['DITERIMA', 'DITOLAK', 'DITOLAK']);
  });

  it('an accepted justification takes its day out of the card count (worked example 16)', async () => {
    const org = { id: orgId, timeZone: 'Asia/Kuala_Lumpur', onboardedOn: '2026-09-01' };
    await countCards(t.database, org, '2026-09');
    const [row] = await t.db
      .select()
      .from(attendanceCards)
      .where(and(eq(attendanceCards.orgId, orgId), eq(attendanceCards.userId, officerUser.id)));
    expect(row).toMatchObject({ offenceDays: 2, fromCard: 'KUNING', card: 'KUNING', offenceDates: ['2026-09-02', '2026-09-03'] });
  });
});
