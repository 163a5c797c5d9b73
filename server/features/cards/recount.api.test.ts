import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { attendanceCards, notifications, organisations } from '../../db/schema';
import { countCards } from '../../jobs/cards';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makePunches, makeUser, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import { recountCardsFrom } from './service';

type Issue = { id: string; date: string; code: string; justification: { state: string } | null };
type Pending = { kind: string; id: string; date: string };
type AuditRow = {
  action: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  targetName: string | null;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};
type Told = { kind: string; title: string; body: string; link: string };

/*
 * Cards follow late decisions (R22, R25–R27). The organisation moves a card up at 2
 * offence days (its settings, not R26's default 3). Two officers, each with 2 offence days
 * in September and 2 in October: both months counted, KUNING → HIJAU → MERAH. Then one
 * officer's justification is accepted, and the other's missing check-out is added by the
 * admin: each card is counted again from September on, October with it.
 */
const SETTINGS = { ...DEFAULT_ORG_SETTINGS, cardUpAtDays: 2 };
const SEPT = ['2026-09-01', '2026-09-02']; // Tuesday, Wednesday
const OCT = ['2026-10-06', '2026-10-07'];

let t: TestApp;
let orgId: string;
let org: { id: string; timeZone: string; state: string; settings: unknown; onboardedOn: string };
let supervisorUser: MadeUser;
let late: MadeUser; // late on every one of the four days
let forgetful: MadeUser; // no check-out on the September days, late in October
let officer: TestClient;
let forgetfulClient: TestClient;
let supervisor: TestClient;
let admin: TestClient;

const cardOf = async (userId: string, month: string) =>
  (
    await t.db
      .select()
      .from(attendanceCards)
      .where(and(eq(attendanceCards.orgId, orgId), eq(attendanceCards.userId, userId), eq(attendanceCards.month, month)))
  )[0];
const cardsTold = async (userId: string) =>
  (
    await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId)))
      .orderBy(notifications.createdAt)
  ).filter((n) => n.kind.includes('CARD'));
const recounts = async () => (await admin.get<{ items: AuditRow[] }>('/api/audit?action=card.recounted&pageSize=50')).body.items;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  orgId = a.org.id;
  await t.db.update(organisations).set({ settings: SETTINGS, onboardedOn: '2026-09-01' }).where(eq(organisations.id, orgId));
  org = { id: orgId, timeZone: a.org.timeZone, state: a.org.state, settings: SETTINGS, onboardedOn: '2026-09-01' };
  supervisorUser = a.supervisor;
  late = a.officer;
  forgetful = await makeUser(t.db, orgId, { roles: ['PEGAWAI'], supervisorId: a.supervisor.id, language: 'en-GB' });
  const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
  await makePunches(t.db, orgId, [
    ...[...SEPT, ...OCT].flatMap((d) => [
      { userId: late.id, at: at(d, '09:30'), kind: 'IN' },
      { userId: late.id, at: at(d, '18:30'), kind: 'OUT' },
    ]),
    ...SEPT.map((d) => ({ userId: forgetful.id, at: at(d, '08:00'), kind: 'IN' })),
    ...OCT.flatMap((d) => [
      { userId: forgetful.id, at: at(d, '09:30'), kind: 'IN' },
      { userId: forgetful.id, at: at(d, '18:30'), kind: 'OUT' },
    ]),
  ]);
  for (const d of [...SEPT, ...OCT]) await closeDay(t.database, org, d);
  await countCards(t.database, org, '2026-09');
  await countCards(t.database, org, '2026-10');
  officer = await loginAs(t, late);
  forgetfulClient = await loginAs(t, forgetful);
  supervisor = await loginAs(t, a.supervisor);
  admin = await loginAs(t, a.admin);
}, 120_000);
afterAll(async () => t.close());

describe('cards follow late decisions and corrections', () => {
  it("counts the months with the organisation's thresholds: 2 offence days move the card up", async () => {
    for (const u of [late, forgetful]) {
      expect(await cardOf(u.id, '2026-09')).toMatchObject({ fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: SEPT });
      expect(await cardOf(u.id, '2026-10')).toMatchObject({ fromCard: 'HIJAU', card: 'MERAH', offenceDays: 2, offenceDates: OCT });
    }
    expect((await officer.get<{ card: { card: string } }>('/api/attendance/month?month=2026-10')).body.card.card).toBe('MERAH');
  });

  it('a justification accepted after the month was counted takes its day out: the card is counted again from that month on, audited and told', async () => {
    // Sent back for more information first: not final, no card changes.
    const issue = (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items.find((i) => i.date === SEPT[0]);
    expect(issue?.code).toBe('LEWAT');
    await officer.post(`/api/issues/${issue!.id}/justification`, { category: 'KENDERAAN_ROSAK', text: 'Kereta rosak di lebuh raya' });
    const asked = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items.find((i) => i.kind === 'JUSTIFICATION' && i.date === SEPT[0]);
    expect(
      (await supervisor.post(`/api/approvals/JUSTIFICATION/${asked!.id}/decide`, { decision: 'PERLU_MAKLUMAT', note: 'Sila sertakan resit' })).status,
    ).toBe(200);
    expect(await cardOf(late.id, '2026-09')).toMatchObject({ card: 'HIJAU', offenceDays: 2 });
    expect(await recounts()).toEqual([]);

    await officer.post(`/api/issues/${issue!.id}/justification`, { category: 'KENDERAAN_ROSAK', text: 'Resit bengkel no. 4411 disimpan oleh unit' });
    const item = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items.find((i) => i.kind === 'JUSTIFICATION' && i.date === SEPT[0]);
    expect((await supervisor.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' })).status).toBe(200);

    // September: 1 offence day, the card stays KUNING; October (chained): from KUNING, 2 days → HIJAU, no longer MERAH.
    expect(await cardOf(late.id, '2026-09')).toMatchObject({ fromCard: 'KUNING', card: 'KUNING', offenceDays: 1, offenceDates: [SEPT[1]] });
    expect(await cardOf(late.id, '2026-10')).toMatchObject({ fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: OCT });
    const month = (
      await officer.get<{ card: { card: string; months: { month: string; offenceDays: number; card: string }[] } }>('/api/attendance/month?month=2026-10')
    ).body.card;
    expect(month).toEqual({
      card: 'HIJAU',
      months: [
        { month: '2026-10', offenceDays: 2, card: 'HIJAU' },
        { month: '2026-09', offenceDays: 1, card: 'KUNING' },
      ],
    });

    // The history of the change: who, when, each month before and after (R27).
    const [row, ...more] = await recounts();
    expect(more).toEqual([]);
    expect(row).toMatchObject({ actorId: supervisorUser.id, entityType: 'attendance_card', entityId: late.id });
    expect(row!.targetName).not.toBeNull();
    expect(row!.before).toEqual({
      '2026-09': { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: SEPT },
      '2026-10': { fromCard: 'HIJAU', card: 'MERAH', offenceDays: 2, offenceDates: OCT },
    });
    expect(row!.after).toEqual({
      date: SEPT[0],
      '2026-09': { fromCard: 'KUNING', card: 'KUNING', offenceDays: 1, offenceDates: [SEPT[1]] },
      '2026-10': { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: OCT },
    });

    // The card in force went from MERAH to HIJAU: the officer and the supervisor are told, with the monthly count's notice.
    const mine = await cardsTold(late.id);
    expect(mine.map((n) => [n.kind, n.params])).toEqual([
      ['CARD_CHANGED', { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, month: '2026-09', upAt: 2, downAt: 0 }],
      ['CARD_CHANGED', { fromCard: 'HIJAU', card: 'MERAH', offenceDays: 2, month: '2026-10', upAt: 2, downAt: 0 }],
      ['CARD_CHANGED', { fromCard: 'MERAH', card: 'HIJAU', offenceDays: 1, month: '2026-09', upAt: 2, downAt: 0 }],
    ]);
    const bell = (await officer.get<{ items: Told[] }>('/api/notifications')).body.items.find((n) => n.kind === 'CARD_CHANGED');
    expect(bell).toMatchObject({ kind: 'CARD_CHANGED', title: 'Kad kehadiran: Hijau (amaran pertama)', link: '/attendance' });
    expect(bell!.body).toContain('Kad anda bertukar daripada Merah kepada Hijau berdasarkan 1 hari kesalahan pada September 2026.');
    expect(bell!.body).toContain('2 hari kesalahan atau lebih dalam sebulan');
    const team = (await cardsTold(supervisorUser.id)).filter((n) => n.link === `/team/${late.id}`);
    expect(team.map((n) => [n.kind, (n.params as { fromCard: string }).fromCard, (n.params as { card: string }).card])).toEqual([
      ['TEAM_CARD_CHANGED', 'KUNING', 'HIJAU'],
      ['TEAM_CARD_CHANGED', 'HIJAU', 'MERAH'],
      ['TEAM_CARD_CHANGED', 'MERAH', 'HIJAU'],
    ]);
  });

  it('a missing check-out the admin adds for a closed day takes its offence out, and the card is counted again from that month on', async () => {
    const res = await admin.post('/api/admin/punches', {
      userId: forgetful.id,
      at: `${SEPT[0]}T17:45:00+08:00`,
      kind: 'OUT',
      reason: 'Telefon rosak semasa daftar keluar',
    });
    expect(res.status).toBe(201);
    const issues = (await forgetfulClient.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    expect(issues.filter((i) => i.code === 'TIADA_DAFTAR_KELUAR').map((i) => i.date)).toEqual([SEPT[1]]);

    expect(await cardOf(forgetful.id, '2026-09')).toMatchObject({ fromCard: 'KUNING', card: 'KUNING', offenceDays: 1, offenceDates: [SEPT[1]] });
    expect(await cardOf(forgetful.id, '2026-10')).toMatchObject({ fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: OCT });
    const row = (await recounts()).find((r) => r.entityId === forgetful.id);
    expect(row).toMatchObject({ actorId: null, after: { date: SEPT[0] } });
    expect(Object.keys(row!.before).sort()).toEqual(['2026-09', '2026-10']);

    const bell = (await forgetfulClient.get<{ items: Told[] }>('/api/notifications')).body.items.find((n) => n.kind === 'CARD_CHANGED');
    expect(bell).toMatchObject({ kind: 'CARD_CHANGED', title: 'Attendance card: Green (first warning)' });
    expect(bell!.body).toContain('Your card changed from Red to Green on 1 offence days in September 2026.');
  });

  it('does nothing for a month never counted, nor when the count stays the same', async () => {
    const none = await t.database.forTenant(orgId, (tx) => recountCardsFrom(tx, orgId, late.id, '2026-11-03'));
    expect(none).toEqual({ changed: [] });
    expect(await cardOf(late.id, '2026-11')).toBeUndefined();
    const same = await t.database.forTenant(orgId, (tx) => recountCardsFrom(tx, orgId, late.id, SEPT[1]!));
    expect(same).toEqual({ changed: [] });
    expect((await recounts()).filter((r) => r.entityId === late.id)).toHaveLength(1);
  });

  it('holds the card job off the months it may touch until it commits (advisory locks; PostgreSQL only, PGlite has one connection)', async (ctx) => {
    if (t.database.driver !== 'postgres') ctx.skip();
    const outcome = await t.database.forTenant(orgId, async (tx) => {
      await recountCardsFrom(tx, orgId, late.id, SEPT[1]!);
      return countCards(t.database, org, '2026-10');
    });
    expect(outcome).toMatchObject({ officers: 0, changed: 0 });
    expect(await countCards(t.database, org, '2026-10')).toMatchObject({ changed: 2 }); // both officers' October: KUNING → HIJAU, as the recounts left it
  });
});
