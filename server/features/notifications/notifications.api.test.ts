import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { notificationDeliveries, pushSubscriptions, users } from '../../db/schema';
import { closeDay } from '../../jobs/day-close';
import { deliverDue } from '../../jobs/deliveries';
import { ensureVapidKeys } from '../../integrations/web-push';
import { makeOrgWithRoles, makePunches, workingTuesdayAhead, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import { startPushReceiver, type Device } from '../../test/push-receiver';
import { startSmtpReceiver } from '../../test/smtp-receiver';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Note = { id: string; kind: string; title: string; body: string; link: string; read: boolean };
type List = { items: Note[]; unread: number; total: number };
type Pending = { kind: string; id: string };

let t: TestApp;
let push: Awaited<ReturnType<typeof startPushReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let officer: TestClient;
let supervisor: TestClient;
let stranger: TestClient;
let officerUser: MadeUser;
let supervisorUser: MadeUser;
let device: Device;
const DAYS = ['2026-09-08', '2026-09-09']; // Tuesday, Wednesday

beforeAll(async () => {
  push = await startPushReceiver();
  smtp = await startSmtpReceiver();
  t = await startTestApp(
    {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://spotme.example.gov.my',
      MAIL_FROM: 'SPOT-Me <spotme@example.gov.my>',
      PUSH_ALLOWED_HOSTS: `fcm.googleapis.com,*.push.apple.com,${push.host}`,
    },
    undefined,
    { pushAgent: push.agent },
  );
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  officerUser = a.officer;
  supervisorUser = a.supervisor;
  await t.db.update(users).set({ language: 'en-GB' }).where(eq(users.id, a.officer.id));
  const login = (u: MadeUser) => loginAs(t, u);
  officer = await login(a.officer);
  supervisor = await login(a.supervisor);
  stranger = await login(b.officer);
  await makePunches(
    t.db,
    a.org.id,
    DAYS.flatMap((d) => [
      { userId: a.officer.id, at: new Date(`${d}T09:25:00+08:00`), kind: 'IN' },
      { userId: a.officer.id, at: new Date(`${d}T18:30:00+08:00`), kind: 'OUT' },
    ]),
  );
  device = push.device();
  expect((await officer.post('/api/notifications/push/subscriptions', { endpoint: device.endpoint, keys: device.keys })).status).toBe(201);
  for (const d of DAYS) await closeDay(t.database, { id: a.org.id, timeZone: a.org.timeZone, state: a.org.state, settings: DEFAULT_ORG_SETTINGS }, d);
});
afterAll(async () => {
  await t.close();
  await push.close();
  await smtp.close();
});

const deliver = () => deliverDue(t.database, t.app.deps.senders);
const list = async (c: TestClient) => (await c.get<List>('/api/notifications')).body;

describe('notifications: in-app, Web Push and email', () => {
  it("a closed day's new issue is told to the officer in their language, once however often the day closes", async () => {
    const mine = await list(officer);
    expect(mine.items.map((n) => n.title)).toEqual(['New attendance issue', 'New attendance issue']);
    expect(mine.items[0]).toMatchObject({
      kind: 'ISSUE_NEW',
      link: '/issues',
      read: false,
      body: 'Late 25 minutes on 9 Sep 2026. Please give a justification.',
    });
    expect(mine.unread).toBe(2);
    expect((await officer.get<{ unread: number }>('/api/notifications/unread-count')).body.unread).toBe(2);
    await closeDay(t.database, { id: officerUser.orgId!, timeZone: 'Asia/Kuala_Lumpur', state: 'MY-14', settings: DEFAULT_ORG_SETTINGS }, DAYS[0]!);
    expect((await list(officer)).total).toBe(2);
    expect((await list(stranger)).items).toEqual([]);
  });

  it("carries them by push, encrypted and VAPID-signed, to the registered device, and by email in the officer's language", async () => {
    const r = await deliver();
    // The officer's 2 pushes and 2 emails; the supervisor and admin (officers too, absent those days) 2 emails each.
    expect(r).toEqual({ sent: 8, gone: 0, failed: 0 });
    expect(push.received).toHaveLength(2);
    const got = push.received[0]!;
    expect(got.vapidValid).toBe(true);
    expect(got.audience).toBe(new URL(device.endpoint).origin);
    expect(got.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(got.headers.ttl)).toBeGreaterThan(0);
    expect(got.payload).toMatchObject({ title: 'New attendance issue', url: '/issues' });
    const mail = smtp.messages.find((m) => m.subject === 'New attendance issue');
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe(officerUser.email);
    expect(mail?.headers.get('content-language')).toBe('en-GB');
    expect(mail?.text).toContain('https://spotme.example.gov.my/issues');
    expect((await deliver()).sent).toBe(0);
  });

  it('answer → the supervisor is told in Malay; decision → the officer is told in-app, by push and by email', async () => {
    const [issue] = (await officer.get<{ items: { id: string }[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    await officer.post(`/api/issues/${issue!.id}/justification`, { category: 'KLINIK_HOSPITAL', text: 'Rawatan pergigian pagi' });
    const theirs = await list(supervisor);
    expect(theirs.items[0]).toMatchObject({ kind: 'REVIEW_WAITING', title: 'Menunggu semakan anda', link: '/approvals' });
    const [item] = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items;
    await supervisor.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA', note: 'Surat klinik diterima' });
    const mine = await list(officer);
    expect(mine.items[0]).toMatchObject({
      kind: 'JUSTIFICATION_DECIDED',
      title: 'Justification accepted',
      body: 'Your justification for Late on 8 Sep 2026: accepted. Remark: Surat klinik diterima',
    });
    push.received.length = 0;
    await deliver();
    expect(push.received.map((p) => (p.payload as { title: string }).title)).toEqual(['Justification accepted']);
    expect(smtp.messages.some((m) => m.subject === 'Justification accepted' && m.text?.includes('Surat klinik diterima'))).toBe(true);
    expect(smtp.messages.some((m) => m.subject === 'Menunggu semakan anda' && m.headers.get('content-language') === 'ms-MY')).toBe(true);
  });

  it("follows the officer's preferences per channel", async () => {
    await officer.patch('/api/me/profile', { notificationPrefs: { reviews: { email: false }, decisions: { email: false, push: false } } });
    const [, second] = (await officer.get<{ items: { id: string }[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    await officer.post(`/api/issues/${second!.id}/justification`, { category: 'URUSAN_PERIBADI', text: 'Kenderaan tersangkut banjir' });
    const [item] = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body.items;
    const before = smtp.messages.length;
    push.received.length = 0;
    await supervisor.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITOLAK' });
    await deliver();
    expect((await list(officer)).items[0]).toMatchObject({ kind: 'JUSTIFICATION_DECIDED', title: 'Justification rejected' });
    expect(push.received).toEqual([]);
    expect(smtp.messages.slice(before).map((m) => m.subject)).toEqual(['Menunggu semakan anda']); // the supervisor's, not the officer's
  });

  it("marks read only the caller's own notifications", async () => {
    const mine = await list(officer);
    const first = mine.items[0]!;
    expect((await supervisor.post<{ marked: number }>('/api/notifications/read', { ids: [first.id] })).body.marked).toBe(0);
    const one = await officer.post<{ marked: number; unread: number }>('/api/notifications/read', { ids: [first.id] });
    expect(one.body).toEqual({ marked: 1, unread: mine.unread - 1 });
    const all = await officer.post<{ marked: number; unread: number }>('/api/notifications/read', { all: true });
    expect(all.body.unread).toBe(0);
    expect((await list(officer)).items.every((n) => n.read)).toBe(true);
    const bad = await officer.post<Err>('/api/notifications/read', { ids: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]?.path).toMatch(/^ids/);
  });

  it('removes a device its push service says is gone, and keeps trying a device that fails', async () => {
    expect((await officer.get<{ devices: number; publicKey: string }>('/api/notifications/push')).body.devices).toBe(1);
    push.forget(device);
    await officer.patch('/api/me/profile', { notificationPrefs: {} });
    const broken = push.device();
    push.fail(broken); // its push service answers 500
    await t.db
      .insert(pushSubscriptions)
      .values({ orgId: officerUser.orgId!, userId: supervisorUser.id, endpoint: broken.endpoint, p256dh: broken.keys.p256dh, auth: broken.keys.auth });
    await officer.post('/api/day-statuses', { date: workingTuesdayAhead(1), code: 'BDR' }); // the supervisor is told, by push too
    const { items } = (await supervisor.get<{ items: Pending[] }>('/api/approvals')).body;
    await supervisor.post(`/api/approvals/STATUS/${items[0]!.id}/decide`, { decision: 'DILULUSKAN' });
    const r = await deliver();
    expect(r.gone).toBe(1); // the officer's only device answered 410
    expect(r.failed).toBe(1); // the supervisor's device failed: tried again later
    expect((await officer.get<{ devices: number }>('/api/notifications/push')).body.devices).toBe(0);
    const failed = await t.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.state, 'PENDING'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: 1, channel: 'push' });
    expect(failed[0]!.lastError).toBeTruthy();
    expect(failed[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('validates subscriptions and keeps devices to their owner', async () => {
    const http = await officer.post<Err>('/api/notifications/push/subscriptions', { endpoint: 'http://push.example/x', keys: device.keys });
    expect(http.status).toBe(400);
    expect(http.body.error.details?.fields?.map((f) => f.path)).toEqual(['endpoint']);
    const d = push.device();
    await officer.post('/api/notifications/push/subscriptions', { endpoint: d.endpoint, keys: d.keys });
    expect((await stranger.post('/api/notifications/push/unsubscribe', { endpoint: d.endpoint })).status).toBe(404);
    expect((await supervisor.post('/api/notifications/push/unsubscribe', { endpoint: d.endpoint })).status).toBe(404);
    expect((await officer.post('/api/notifications/push/unsubscribe', { endpoint: d.endpoint })).status).toBe(204);
    expect((await officer.get('/api/notifications')).status).toBe(200);
    expect((await t.client().get('/api/notifications')).status).toBe(401);
  });

  it('takes endpoints of the allowed push services only: no IP address, localhost, other port or other host', async () => {
    const subscribe = (endpoint: string, keys: { p256dh: string; auth: string } = device.keys) =>
      officer.post<Err & { id: string }>('/api/notifications/push/subscriptions', { endpoint, keys });
    const { port } = new URL(device.endpoint);
    for (const endpoint of [
      `https://127.0.0.1:${Number(port) + 1}/push/x`, // the test service's host, another port
      'https://127.0.0.1/push/x',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/',
      'https://[::1]/x',
      'https://0x7f.1/x',
      'https://localhost/x',
      'https://localhost:443/x',
      'https://fcm.googleapis.com:8443/fcm/send/x',
      'https://user:pw@fcm.googleapis.com/fcm/send/x',
      'https://fcm.googleapis.com.evil.example/fcm/send/x',
      'https://evilfcm.googleapis.com.example/x',
      'https://push.apple.com/x',
      'https://example.com/push',
    ]) {
      const res = await subscribe(endpoint);
      expect(res.status, endpoint).toBe(400);
      expect(
        res.body.error.details?.fields?.map((f) => f.path),
        endpoint,
      ).toEqual(['endpoint']);
    }
    const said = await subscribe('https://10.0.0.1/');
    expect(said.body.error.details?.fields?.[0]?.message).toBe('This address is not a known push service (https, port 443).'); // the officer reads English
    const fcm = await subscribe('https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b');
    expect(fcm.status).toBe(201);
    const apple = await subscribe('https://web.push.apple.com/QGHx');
    expect(apple.status).toBe(201);
    for (const endpoint of ['https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b', 'https://web.push.apple.com/QGHx']) {
      expect((await officer.post('/api/notifications/push/unsubscribe', { endpoint })).status).toBe(204);
    }
  });

  it('takes a device key only as a P-256 point on the curve, and an auth secret of 16 bytes', async () => {
    const d = push.device();
    const point = Buffer.from(d.keys.p256dh, 'base64url');
    const offCurve = Buffer.from(point);
    offCurve[64] = offCurve[64]! ^ 1;
    const compressed = Buffer.concat([Buffer.from([0x02 + (point[64]! & 1)]), point.subarray(1, 33)]);
    const cases: [keys: { p256dh: string; auth: string }, field: string][] = [
      [{ p256dh: offCurve.toString('base64url'), auth: d.keys.auth }, 'keys.p256dh'],
      [{ p256dh: compressed.toString('base64url'), auth: d.keys.auth }, 'keys.p256dh'],
      [{ p256dh: Buffer.concat([Buffer.from([0x05]), point.subarray(1)]).toString('base64url'), auth: d.keys.auth }, 'keys.p256dh'],
      [{ p256dh: point.subarray(0, 64).toString('base64url'), auth: d.keys.auth }, 'keys.p256dh'],
      [{ p256dh: `${d.keys.p256dh.slice(0, -1)}!`, auth: d.keys.auth }, 'keys.p256dh'],
      [{ p256dh: d.keys.p256dh, auth: Buffer.alloc(15, 7).toString('base64url') }, 'keys.auth'],
      [{ p256dh: d.keys.p256dh, auth: Buffer.alloc(17, 7).toString('base64url') }, 'keys.auth'],
    ];
    for (const [keys, field] of cases) {
      const res = await officer.post<Err>('/api/notifications/push/subscriptions', { endpoint: d.endpoint, keys });
      expect(res.status, JSON.stringify(keys)).toBe(400);
      expect(res.body.error.details?.fields?.map((f) => f.path)).toEqual([field]);
    }
    expect((await officer.post('/api/notifications/push/subscriptions', { endpoint: d.endpoint, keys: d.keys })).status).toBe(201);
    expect((await officer.post('/api/notifications/push/unsubscribe', { endpoint: d.endpoint })).status).toBe(204);
  });

  it('keeps one VAPID key pair in the database for every process', async () => {
    const key = (await officer.get<{ publicKey: string }>('/api/notifications/push')).body.publicKey;
    expect((await ensureVapidKeys(t.db)).publicKey).toBe(key);
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);
  });
});
