import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationDeliveries, notifications, pushSubscriptions } from '../db/schema';
import { notify } from '../features/notifications/notify';
import { makeOrgWithRoles } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import { startPushReceiver, type Device } from '../test/push-receiver';
import { deliverDue } from './deliveries';

let t: TestApp;
let push: Awaited<ReturnType<typeof startPushReceiver>>;
let outsider: Awaited<ReturnType<typeof startPushReceiver>>;

beforeAll(async () => {
  push = await startPushReceiver();
  outsider = await startPushReceiver(); // a service the allow-list does not name
  t = await startTestApp({ PUSH_ALLOWED_HOSTS: `fcm.googleapis.com,${push.host}` }, undefined, { pushAgent: push.agent });
});
afterAll(async () => {
  await t.close();
  await push.close();
  await outsider.close();
});

const deliver = () => deliverDue(t.database, t.app.deps.senders);

/** An officer with these devices registered, and one push notice written for them; returns the notice's delivery. */
async function noticeTo(devices: Device[]) {
  const a = await makeOrgWithRoles(t.db);
  for (const d of devices)
    await t.db.insert(pushSubscriptions).values({ orgId: a.org.id, userId: a.officer.id, endpoint: d.endpoint, p256dh: d.keys.p256dh, auth: d.keys.auth });
  await t.database.forTenant(a.org.id, (db) => notify(db, a.org.id, [{ userId: a.officer.id, kind: 'REMIND_IN', params: { date: '2026-09-08' } }]));
  const [row] = await t.db
    .select({ delivery: notificationDeliveries })
    .from(notificationDeliveries)
    .innerJoin(notifications, and(eq(notifications.orgId, notificationDeliveries.orgId), eq(notifications.id, notificationDeliveries.notificationId)))
    .where(and(eq(notificationDeliveries.orgId, a.org.id), eq(notificationDeliveries.channel, 'push')));
  return { orgId: a.org.id, delivery: row!.delivery };
}

const stateOf = async (id: string) => (await t.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id)))[0]!;
/** Makes the delivery due now instead of after its back-off, as if the minutes had passed. */
const dueNow = (id: string) =>
  t.db
    .update(notificationDeliveries)
    .set({ nextAttemptAt: new Date(Date.now() - 1000) })
    .where(eq(notificationDeliveries.id, id));
const messagesTo = (d: Device, notificationId: string) =>
  push.received.filter((r) => r.path === new URL(d.endpoint).pathname && (r.payload as { id?: string } | null)?.id === notificationId).length;

describe('push deliveries, device by device', () => {
  it('a device whose push service fails does not bring the others repeats: each device gets the message once, and the delivery is SENT when all are served', async () => {
    const good = push.device();
    const flaky = push.device();
    push.fail(flaky);
    const { delivery } = await noticeTo([good, flaky]);
    expect((await deliver()).failed).toBeGreaterThanOrEqual(1);
    let row = await stateOf(delivery.id);
    expect(row).toMatchObject({ state: 'PENDING', attempts: 1 });
    expect(row.lastError).toContain('500');
    expect(row.deliveredTo).toHaveLength(1); // the good device, recorded as soon as it was served
    await dueNow(delivery.id);
    await deliver();
    expect(await stateOf(delivery.id)).toMatchObject({ state: 'PENDING', attempts: 2 });
    push.recover(flaky);
    await dueNow(delivery.id);
    await deliver();
    row = await stateOf(delivery.id);
    expect(row.state).toBe('SENT');
    expect(row.deliveredTo).toHaveLength(2);
    expect(messagesTo(good, delivery.notificationId)).toBe(1);
    expect(messagesTo(flaky, delivery.notificationId)).toBe(1);
  });

  it('gives up after the last attempt (FAILED), the working device still served exactly once', async () => {
    const good = push.device();
    const broken = push.device();
    push.fail(broken);
    const { delivery } = await noticeTo([broken, good]);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await dueNow(delivery.id);
      await deliver();
    }
    const row = await stateOf(delivery.id);
    expect(row).toMatchObject({ state: 'FAILED', attempts: 5 });
    expect(messagesTo(good, delivery.notificationId)).toBe(1);
    await dueNow(delivery.id);
    await deliver();
    expect(messagesTo(good, delivery.notificationId)).toBe(1);
  });

  it('never contacts a stored device outside the allowed push services: it is dropped, and the others are served', async () => {
    const good = push.device();
    const stray = outsider.device(); // stored before the allow-list existed
    const { orgId, delivery } = await noticeTo([stray, good]);
    await deliver();
    expect(outsider.connections()).toBe(0);
    expect(await stateOf(delivery.id)).toMatchObject({ state: 'SENT' });
    expect(messagesTo(good, delivery.notificationId)).toBe(1);
    const left = await t.db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions).where(eq(pushSubscriptions.orgId, orgId));
    expect(left.map((s) => s.endpoint)).toEqual([good.endpoint]);
  });
});
