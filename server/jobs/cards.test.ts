import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import { attendanceCards, notifications, organisations } from '../db/schema';
import { makeOrg, makePunches, makeUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import { countCards, dueCardMonths } from './cards';
import { closeDay } from './day-close';

let t: TestApp;
let org: { id: string; timeZone: string; state: string; settings: unknown; onboardedOn: string };
const ids: Record<'often' | 'twice' | 'never', string> = { often: '', twice: '', never: '' };
let supervisorId = '';
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/** Closes every date of a month range (as the server would have). */
async function closeAll(from: string, to: string) {
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    await closeDay(t.database, org, d.toISOString().slice(0, 10));
  }
}
async function cards(month: string) {
  const rows = await t.db
    .select()
    .from(attendanceCards)
    .where(and(eq(attendanceCards.orgId, org.id), eq(attendanceCards.month, month)));
  return Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, rows.find((r) => r.userId === id)?.card]));
}

beforeAll(async () => {
  t = await startTestApp();
  const o = await makeOrg(t.db);
  await t.db.update(organisations).set({ onboardedOn: '2026-09-01' }).where(eq(organisations.id, o.id));
  org = { id: o.id, timeZone: o.timeZone, state: o.state, settings: DEFAULT_ORG_SETTINGS, onboardedOn: '2026-09-01' };
  supervisorId = (await makeUser(t.db, o.id, { roles: ['PENYELIA'] })).id;
  for (const k of Object.keys(ids) as (keyof typeof ids)[]) ids[k] = (await makeUser(t.db, o.id, { roles: ['PEGAWAI'], supervisorId })).id;
  // Every working day of September and October in Selangor: "often" is late on 3 days a month, "twice" on 2, "never" on none.
  const rows = [];
  for (const month of ['2026-09', '2026-10']) {
    for (let day = 1; day <= (month === '2026-09' ? 30 : 31); day++) {
      const date = `${month}-${String(day).padStart(2, '0')}`;
      for (const [k, id] of Object.entries(ids)) {
        const late = (k === 'often' && [1, 2, 8].includes(day)) || (k === 'twice' && [1, 2].includes(day));
        rows.push({ userId: id, at: at(date, late ? '09:30' : '08:00') }, { userId: id, at: at(date, '18:00') });
      }
    }
  }
  await makePunches(t.db, o.id, rows);
}, 120_000);
afterAll(async () => t.close());

describe('monthly attendance cards', () => {
  it("waits until a month's days are all closed, then counts it on the 1st", async () => {
    const now = new Date('2026-11-02T02:00:00Z');
    expect(await dueCardMonths(t.database, [org], now)).toEqual([]);
    await closeAll('2026-09-01', '2026-10-31');
    expect((await dueCardMonths(t.database, [org], now)).map((d) => d.month)).toEqual(['2026-09', '2026-10']);
  }, 120_000);

  it('moves the card up after 3 offence days, keeps it after 1–2, and keeps history; counting again changes nothing', async () => {
    expect(await countCards(t.database, org, '2026-09')).toMatchObject({ officers: 3, changed: 1 });
    expect(await cards('2026-09')).toEqual({ often: 'HIJAU', twice: 'KUNING', never: 'KUNING' });
    expect(await countCards(t.database, org, '2026-10')).toMatchObject({ changed: 1 });
    expect(await cards('2026-10')).toEqual({ often: 'MERAH', twice: 'KUNING', never: 'KUNING' });
    await countCards(t.database, org, '2026-09');
    expect(await cards('2026-09')).toEqual({ often: 'HIJAU', twice: 'KUNING', never: 'KUNING' });
    const [row] = await t.db
      .select()
      .from(attendanceCards)
      .where(and(eq(attendanceCards.userId, ids.often), eq(attendanceCards.month, '2026-10')));
    expect(row).toMatchObject({ fromCard: 'HIJAU', card: 'MERAH', offenceDays: 3 });
    expect(await dueCardMonths(t.database, [org], new Date('2026-11-02T02:00:00Z'))).toEqual([]);
  });

  it('tells a changed card to the officer and their supervisor once per month counted (R27)', async () => {
    const told = (await t.db.select().from(notifications).where(eq(notifications.orgId, org.id)).orderBy(notifications.createdAt)).filter((n) =>
      n.kind.includes('CARD'),
    );
    expect(told.filter((n) => n.userId === ids.often).map((n) => [n.kind, (n.params as { card: string }).card])).toEqual([
      ['CARD_CHANGED', 'HIJAU'],
      ['CARD_CHANGED', 'MERAH'],
    ]);
    const team = told.filter((n) => n.userId === supervisorId);
    expect(team.map((n) => [n.kind, n.link, (n.params as { card: string }).card])).toEqual([
      ['TEAM_CARD_CHANGED', `/team/${ids.often}`, 'HIJAU'],
      ['TEAM_CARD_CHANGED', `/team/${ids.often}`, 'MERAH'],
    ]);
    expect(told.some((n) => n.userId === ids.twice || n.userId === ids.never)).toBe(false);
  });

  it('shows the officer the card in force and its history', async () => {
    const u = await t.db.query.users.findFirst({ where: (users, { eq: e }) => e(users.id, ids.often) });
    expect(u).toBeDefined();
    const c = t.client();
    await c.login(u!.email, 'Ujian#Kehadiran-2026');
    const m = await c.get<{ card: { card: string; months: { month: string; card: string; offenceDays: number }[] } }>('/api/attendance/month?month=2026-10');
    expect(m.body.card).toEqual({
      card: 'MERAH',
      months: [
        { month: '2026-10', offenceDays: 3, card: 'MERAH' },
        { month: '2026-09', offenceDays: 3, card: 'HIJAU' },
      ],
    });
  });
});
