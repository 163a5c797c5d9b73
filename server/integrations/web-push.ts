import type { Agent } from 'node:https';
import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { Db } from '../db/client';
import { serverKeys } from '../db/schema';
import { isAllowedPushEndpoint } from './push-endpoint';

export type VapidKeys = { publicKey: string; privateKey: string };

/**
 * The deployment's VAPID key pair: made on first start and kept in the database, so every
 * server process signs with the same key and devices stay subscribed across restarts.
 * Two processes starting together both try to insert; the first wins and both read it.
 */
export async function ensureVapidKeys(db: Db): Promise<VapidKeys> {
  const read = async () =>
    (await db.select({ value: serverKeys.value }).from(serverKeys).where(eq(serverKeys.name, 'vapid')))[0]?.value as VapidKeys | undefined;
  const found = await read();
  if (found) return found;
  const made = webpush.generateVAPIDKeys();
  await db.insert(serverKeys).values({ name: 'vapid', value: made }).onConflictDoNothing();
  const stored = await read();
  if (!stored) throw new Error('VAPID keys were not stored');
  return stored;
}

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushOutcome = 'SENT' | 'GONE' | 'REFUSED';

export type PushSender = { publicKey: string; send(target: PushTarget, payload: object): Promise<PushOutcome> };

/**
 * Sends one encrypted message (RFC 8291, aes128gcm) signed with VAPID (RFC 8292) to a
 * device's push service. `GONE` when the service says the subscription no longer exists
 * (404/410), `REFUSED` without contacting anyone when the endpoint is not on an allowed
 * push service (a subscription stored before the allow-list): the caller removes both.
 * Other failures throw, to be tried again later. `agent` lets tests trust a local push
 * service's certificate.
 */
export function createPushSender(keys: VapidKeys, subject: string, allowedHosts: readonly string[], agent?: Agent): PushSender {
  return {
    publicKey: keys.publicKey,
    async send(target, payload) {
      if (!isAllowedPushEndpoint(target.endpoint, allowedHosts)) return 'REFUSED';
      try {
        await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(payload), {
          vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: 24 * 3600,
          contentEncoding: 'aes128gcm',
          timeout: 10_000,
          ...(agent ? { agent } : {}),
        });
        return 'SENT';
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return 'GONE';
        throw new Error(`push service answered ${status ?? (err as Error).message}`, { cause: err });
      }
    },
  };
}
