import type { RequestState } from '../../../domain/requests/states';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { assignReviewers } from '../requests';
import { makeIssue, makeJustification, makeOrg, makeOrgWithRoles, makeUnit, makeUser, type MadeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Item = { officer: { fullName: string }; issueDate: string; issueCode: string; stage: number; daysWaiting: number };
type Group = {
  reviewer: { id: string; fullName: string; staffNo: string; unitName: string | null } | null;
  overdue: number;
  oldestDays: number;
  items: Item[];
};
type Report = { scope: string; deadlineDays: number; totalOverdue: number; reviewers: Group[] };

const DAY = 86_400_000;
const HOUR = 3_600_000;
let t: TestApp;
const c: Record<string, TestClient> = {};
const p: Record<string, MadeUser> = {};
let day = 0;

/** An issue of the officer (a distinct date each time) answered and waiting since `ageMs` ago. */
async function waiting(orgId: string, u: MadeUser, ageMs: number, opts: { stage?: number; state?: RequestState; code?: string } = {}) {
  day += 1;
  const date = `2026-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, '0')}`;
  const issue = await makeIssue(t.db, orgId, u.id, date, { code: (opts.code ?? 'LEWAT') as 'LEWAT', rule: 'R11' });
  const j = await makeJustification(t.db, orgId, issue, {
    category: 'KENDERAAN_ROSAK',
    text: 'Kereta rosak',
    state: opts.state ?? 'MENUNGGU',
    stage: opts.stage ?? 1,
    updatedAt: new Date(Date.now() - ageMs),
    createdAt: new Date(Date.now() - ageMs),
  });
  // Its reviewer, as the app stores it when a justification is sent or supported.
  await assignReviewers(t.db, orgId, { kind: 'JUSTIFICATION', ids: [j.id] });
  return date;
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const orgId = a.org.id;
  const unit = await makeUnit(t.db, orgId, 'Bahagian Teknologi');
  const u = (fullName: string, roles: ('PEGAWAI' | 'PENYELIA')[], supervisorId?: string, unitId?: string) =>
    makeUser(t.db, orgId, { fullName, roles, supervisorId, unitId });
  p.head = await u('Hajah Ketua', ['PENYELIA', 'PEGAWAI']);
  p.boss = await u('Bos Penyelia', ['PENYELIA', 'PEGAWAI'], p.head.id, unit.id);
  p.o1 = await u('Osman Satu', ['PEGAWAI'], p.boss.id);
  p.lead = await u('Lina Ketua Unit', ['PENYELIA', 'PEGAWAI'], p.boss.id);
  p.o2 = await u('Ong Dua', ['PEGAWAI'], p.lead.id);
  p.peer = await u('Puan Rakan', ['PENYELIA', 'PEGAWAI'], p.head.id);
  p.o3 = await u('Omar Tiga', ['PEGAWAI'], p.peer.id);
  p.orphan = await u('Yatim Tanpa Penyelia', ['PEGAWAI']);
  await waiting(orgId, p.o1, 10 * DAY + HOUR);
  await waiting(orgId, p.o1, 8 * DAY + HOUR, { code: 'BALIK_AWAL' });
  await waiting(orgId, p.o1, 6 * DAY); // not yet past the deadline
  await waiting(orgId, p.o1, 20 * DAY, { state: 'DITERIMA' }); // decided
  await waiting(orgId, p.o1, 20 * DAY, { state: 'PERLU_MAKLUMAT' }); // back with the officer
  await waiting(orgId, p.o2, 9 * DAY + HOUR);
  await waiting(orgId, p.o2, 12 * DAY + HOUR, { stage: 2 }); // supported by the penyemak (lead): waits for the pengesah (boss)
  await waiting(orgId, p.o3, 15 * DAY + HOUR);
  await waiting(orgId, p.o3, 7 * DAY + 60_000); // a minute past the deadline
  await waiting(orgId, p.o3, 7 * DAY - 60_000); // a minute before it
  await waiting(orgId, p.orphan, 11 * DAY + HOUR);
  await waiting(b.org.id, b.officer, 30 * DAY); // another organisation's
  // An organisation with a three-day deadline.
  const quick = await makeOrg(t.db, { settings: { ...DEFAULT_ORG_SETTINGS, reviewDeadlineDays: 3 } });
  p.quickBoss = await makeUser(t.db, quick.id, { roles: ['PENYELIA', 'PEGAWAI'], fullName: 'Cepat Penyelia' });
  p.quickOfficer = await makeUser(t.db, quick.id, { roles: ['PEGAWAI'], supervisorId: p.quickBoss.id });
  await waiting(quick.id, p.quickOfficer, 4 * DAY);
  await waiting(quick.id, p.quickOfficer, 2 * DAY);

  const login = async (m: MadeUser) => {
    const client = t.client();
    await client.login(m.email, m.password);
    return client;
  };
  for (const k of ['head', 'boss', 'lead', 'peer', 'quickBoss']) c[k] = await login(p[k]!);
  c.admin = await login(a.admin);
  c.executive = await login(await makeUser(t.db, orgId, { roles: ['EKSEKUTIF'], language: 'en-GB' }));
  c.officer = await login(a.officer);
  c.otherAdmin = await login(b.admin);
  c.platform = await login(await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] }));
  c.anonymous = t.client();
});
afterAll(async () => t.close());

const report = async (who: string) => {
  const res = await c[who]!.get<Report>('/api/reports/overdue-reviews');
  expect(res.status, who).toBe(200);
  return res.body;
};
const summary = (r: Report) => r.reviewers.map((g) => [g.reviewer?.fullName ?? null, g.overdue, g.oldestDays]);

describe('justifications overdue for review (R23), reported against the reviewer', () => {
  it('answers 401 without a session and 403 to an officer or a platform admin', async () => {
    expect((await c.anonymous!.get('/api/reports/overdue-reviews')).status).toBe(401);
    expect((await c.officer!.get<Err>('/api/reports/overdue-reviews')).body.error.code).toBe('FORBIDDEN');
    expect((await c.platform!.get('/api/reports/overdue-reviews')).status).toBe(403);
  });

  it("gives the organisation to an org admin: per reviewer, most overdue first, stage 2 against the supervisor's supervisor, the unreviewed too", async () => {
    const r = await report('admin');
    expect(r).toMatchObject({ scope: 'org', deadlineDays: 7, totalOverdue: 7 });
    expect(summary(r)).toEqual([
      ['Bos Penyelia', 3, 12],
      ['Puan Rakan', 2, 15],
      [null, 1, 11],
      ['Lina Ketua Unit', 1, 9],
    ]);
    const boss = r.reviewers[0]!;
    expect(boss.reviewer).toMatchObject({ id: p.boss!.id, unitName: 'Bahagian Teknologi' });
    expect(boss.reviewer?.staffNo).toMatch(/^S/);
    expect(boss.items.map((i) => [i.officer.fullName, i.issueCode, i.stage, i.daysWaiting])).toEqual([
      ['Ong Dua', 'LEWAT', 2, 12],
      ['Osman Satu', 'LEWAT', 1, 10],
      ['Osman Satu', 'BALIK_AWAL', 1, 8],
    ]);
    expect(boss.items[0]!.issueDate).toMatch(/^2026-\d\d-\d\d$/);
    // A minute past the deadline is overdue (7 days), a minute before it is not.
    expect(r.reviewers[1]!.items.map((i) => i.daysWaiting)).toEqual([15, 7]);
    expect(r.reviewers[2]!.items[0]!.officer.fullName).toBe('Yatim Tanpa Penyelia');
  });

  it('gives the same to an executive, and nothing of another organisation', async () => {
    expect(summary(await report('executive'))).toEqual(summary(await report('admin')));
    const other = await report('otherAdmin');
    expect(other.totalOverdue).toBe(1);
    expect(other.reviewers[0]!.items.map((i) => i.officer.fullName)).not.toContain('Osman Satu');
  });

  it('gives a supervisor the reviewers of their own sub-tree, themselves included', async () => {
    expect(summary(await report('boss'))).toEqual([
      ['Bos Penyelia', 3, 12],
      ['Lina Ketua Unit', 1, 9],
    ]);
    expect(summary(await report('lead'))).toEqual([['Lina Ketua Unit', 1, 9]]);
    expect(summary(await report('peer'))).toEqual([['Puan Rakan', 2, 15]]);
    expect(summary(await report('head'))).toEqual([
      ['Bos Penyelia', 3, 12],
      ['Puan Rakan', 2, 15],
      ['Lina Ketua Unit', 1, 9],
    ]);
    expect((await report('head')).scope).toBe('subtree');
  });

  it("follows the organisation's own deadline", async () => {
    const r = await report('quickBoss');
    expect(r.deadlineDays).toBe(3);
    expect(summary(r)).toEqual([['Cepat Penyelia', 1, 4]]);
  });

  it("downloads as CSV with a BOM in the caller's language, one row per overdue justification; a bad format names the field", async () => {
    const res = await fetch(`${t.url}/api/reports/overdue-reviews?format=csv`, { headers: { cookie: c.admin!.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="semakan-lewat-\d{4}-\d\d-\d\d\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('Penyemak,No. pekerja penyemak,Unit penyemak,Pegawai,No. pekerja pegawai,Tarikh isu,Isu,Peringkat,Dihantar,Hari menunggu');
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^Bos Penyelia,S\w+,Bahagian Teknologi,Ong Dua,S\w+,\d{1,2} \w{3} 2026,Lewat,Pengesah,"\d{1,2} \w{3} \d{4}, \d\d:\d\d",12$/);
    expect(lines.some((l) => l.startsWith('Tiada penyemak,,,Yatim Tanpa Penyelia'))).toBe(true);
    const en = await fetch(`${t.url}/api/reports/overdue-reviews?format=csv`, { headers: { cookie: c.executive!.cookie! } });
    const enText = Buffer.from(await en.arrayBuffer())
      .subarray(3)
      .toString('utf8');
    expect(enText.split('\n')[0]).toBe('Reviewer,Reviewer staff no.,Reviewer unit,Officer,Officer staff no.,Issue date,Issue,Level,Sent,Days waiting');
    expect(en.headers.get('content-disposition')).toContain('overdue-reviews-');
    const bad = await c.admin!.get<Err>('/api/reports/overdue-reviews?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.map((f) => f.path)).toEqual(['format']);
  });
});
