import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { attendanceCards, users } from '../db/schema';
import { countCards, dueCardMonths } from '../jobs/cards';
import { closeDay, dueCloses } from '../jobs/day-close';
import { organisationsToClose } from '../jobs/day-close-repo';
import { deliverDue } from '../jobs/deliveries';
import { startTestApp, type TestApp } from '../test/harness';
import { startPushReceiver } from '../test/push-receiver';
import { startSmtpReceiver } from '../test/smtp-receiver';
import type { TestClient } from '../test/test-client';
import { DEMO_PASSWORD } from './demo-people';
import { seedDemo } from './demo';
import { formatDate } from '../../domain/format/dates';
import { formatMinutes } from '../../domain/format/duration';

/**
 * Issue 5's "done when", on the demo agency: a late check-in becomes an issue once the day
 * closes, the officer answers it, the supervisor accepts it, the officer is told in-app,
 * by push and by email, and the month's card counts only the offences not accepted.
 */
const NOW = new Date('2026-11-25T04:00:00Z'); // noon in Putrajaya; the demo's history is the 31 days before
let database: Database;
let t: TestApp;
let push: Awaited<ReturnType<typeof startPushReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let org: { id: string; timeZone: string; state: string; settings: unknown; onboardedOn: string };

beforeAll(async () => {
  // Demo emails are unique platform-wide, so the demo gets its own database (as in demo.test.ts).
  database = await openDatabase({ kind: 'pglite-memory' });
  await database.migrate();
  await seedDemo(database.db, NOW);
  push = await startPushReceiver();
  smtp = await startSmtpReceiver();
  t = await startTestApp({ SMTP_URL: smtp.url, PUSH_ALLOWED_HOSTS: push.host }, database, { pushAgent: push.agent });
  const [o] = await organisationsToClose(database.db);
  org = { id: o!.id, timeZone: o!.time_zone, state: o!.state, settings: o!.settings, onboardedOn: o!.onboarded_on };
}, 120_000);
afterAll(async () => {
  await t.close();
  await database.close();
  await push.close();
  await smtp.close();
});

const login = async (email: string) => {
  const c = t.client();
  await c.login(email, DEMO_PASSWORD);
  return c;
};
type Issue = { id: string; date: string; code: string; minutes: number | null; justification: { id: string; state: string } | null };

describe('the demo agency, from a late check-in to the card', () => {
  let officer: TestClient;
  let late: Issue;
  let octoberOffences = 0;

  it("closes the past days: the officer's late check-ins are issues, each told in the bell", async () => {
    for (const { date } of await dueCloses(database.db, NOW)) await closeDay(database, org, date, NOW);
    officer = await login('pegawai@demo.gov.my');
    const issues = (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-10-01&to=2026-11-25')).body.items;
    late = issues.find((i) => i.code === 'LEWAT' && i.date < '2026-11-01')!;
    expect(late).toBeDefined();
    const told = (await officer.get<{ items: { kind: string; body: string }[] }>('/api/notifications?pageSize=100')).body.items;
    expect(
      told.some(
        (n) => n.kind === 'ISSUE_NEW' && n.body.startsWith(`Lewat ${formatMinutes(late.minutes ?? 0, 'ms-MY')} pada ${formatDate(late.date, 'ms-MY')}`),
      ),
    ).toBe(true);
    // October's cards, counted once its days are all closed, hold this late day as an offence.
    for (const { month } of await dueCardMonths(database, [org], NOW)) await countCards(database, org, month);
    const [card] = await database.db
      .select()
      .from(attendanceCards)
      .innerJoin(users, eq(users.id, attendanceCards.userId))
      .where(and(eq(users.email, 'pegawai@demo.gov.my'), eq(attendanceCards.month, '2026-10')));
    expect(card!.attendance_cards.offenceDates).toContain(late.date);
    octoberOffences = card!.attendance_cards.offenceDays;
  });

  it('the officer answers, the supervisor accepts; the officer is told in-app, by push and by email, and the card leaves the day out', async () => {
    const device = push.device();
    expect((await officer.post('/api/notifications/push/subscriptions', { endpoint: device.endpoint, keys: device.keys })).status).toBe(201);
    const answered = await officer.post<Issue>(`/api/issues/${late.id}/justification`, { category: 'KENDERAAN_ROSAK', text: 'Kereta rosak di Lebuhraya Maju' });
    expect(answered.body.justification?.state).toBe('MENUNGGU');
    const supervisor = await login('penyelia@demo.gov.my');
    const queue = (await supervisor.get<{ items: { kind: string; id: string; date: string }[] }>('/api/approvals')).body.items;
    const item = queue.find((q) => q.kind === 'JUSTIFICATION' && q.date === late.date)!;
    expect(
      (await supervisor.post<{ state: string }>(`/api/approvals/JUSTIFICATION/${item.id}/decide`, { decision: 'DITERIMA', note: 'Diterima' })).body.state,
    ).toBe('DITERIMA');

    const first = (await officer.get<{ items: { title: string }[] }>('/api/notifications')).body.items[0];
    expect(first?.title).toBe('Justifikasi diterima');
    await deliverDue(database, t.app.deps.senders);
    expect(push.received.find((p) => p.path === new URL(device.endpoint).pathname)?.payload).toMatchObject({ title: 'Justifikasi diterima', url: '/issues' });
    expect(push.received.every((p) => p.vapidValid)).toBe(true);
    const mail = smtp.messages.find((m) => m.subject === 'Justifikasi diterima');
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('pegawai@demo.gov.my');

    // No new count: the acceptance itself counted October again.
    const [card] = await database.db
      .select()
      .from(attendanceCards)
      .innerJoin(users, eq(users.id, attendanceCards.userId))
      .where(and(eq(users.email, 'pegawai@demo.gov.my'), eq(attendanceCards.month, '2026-10')));
    expect(card!.attendance_cards.offenceDates).not.toContain(late.date);
    expect(card!.attendance_cards.offenceDays).toBe(octoberOffences - 1);
  });
});
