import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../features/notifications/notify';
import { pushSubscriptions } from '../db/schema';
import { makeOrgWithRoles } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import { startPushReceiver } from '../test/push-receiver';
import { startSmtpReceiver } from '../test/smtp-receiver';
import { startDeliveryWorker } from './delivery-worker';

let t: TestApp;
let push: Awaited<ReturnType<typeof startPushReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  push = await startPushReceiver();
  smtp = await startSmtpReceiver();
  t = await startTestApp({ SMTP_URL: smtp.url, PUSH_ALLOWED_HOSTS: push.host }, undefined, { pushAgent: push.agent });
});
afterAll(async () => {
  await t.close();
  await push.close();
  await smtp.close();
});

describe('the delivery worker', () => {
  it('sends a notice soon after it is written, without waiting for its next round', async () => {
    const a = await makeOrgWithRoles(t.db);
    const device = push.device();
    await t.db
      .insert(pushSubscriptions)
      .values({ orgId: a.org.id, userId: a.officer.id, endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth });
    const { metrics } = t.app.deps;
    const worker = startDeliveryWorker(t.database, t.app.deps.senders, t.app.log, 600, metrics.deliveries); // its own round would come only after 10 minutes
    try {
      await t.database.forTenant(a.org.id, (db) => notify(db, a.org.id, [{ userId: a.officer.id, kind: 'REMIND_IN', params: { date: '2026-09-08' } }]));
      await expect.poll(() => push.received.length, { timeout: 5000 }).toBe(1);
      await expect.poll(() => smtp.messages.length, { timeout: 5000 }).toBe(1);
      expect(push.received[0]!.payload).toMatchObject({ title: 'Belum daftar masuk', url: '/clock' });
      expect(smtp.messages[0]!.subject).toBe('Belum daftar masuk');
      // The worker reports its rounds to the metrics (other files' deliveries may share a PostgreSQL run).
      const sent = async () => Number(/^spotme_deliveries_total\{outcome="sent"\} (\d+)$/m.exec(await metrics.render())?.[1]);
      await expect.poll(sent, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    } finally {
      await worker.stop();
    }
  });
});
