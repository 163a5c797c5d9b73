import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { notificationDeliveries, pushSubscriptions } from '../../db/schema';
import { makeOrgWithRoles } from '../../test/factories';
import { openTestDatabase } from '../../test/harness';
import { notify, onNewDeliveries } from './notify';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An officer with a registered device, so a notice to them has a push delivery to kick. */
async function officerWithDevice() {
  const a = await makeOrgWithRoles(database.db);
  await database.db
    .insert(pushSubscriptions)
    .values({ orgId: a.org.id, userId: a.officer.id, endpoint: `https://push.example/${a.officer.id}`, p256dh: 'p', auth: 'a' });
  return a;
}

const deliveriesOf = async (orgId: string) =>
  (await database.db.select({ n: count() }).from(notificationDeliveries).where(eq(notificationDeliveries.orgId, orgId)))[0]?.n ?? 0;

describe('notify kicks the delivery worker', () => {
  it('once the transaction has committed, when its deliveries can be read', async () => {
    const a = await officerWithDevice();
    const seen: Promise<number>[] = [];
    const stop = onNewDeliveries(() => seen.push(deliveriesOf(a.org.id)));
    try {
      await database.forTenant(a.org.id, async (tx) => {
        await notify(tx, a.org.id, [{ userId: a.officer.id, kind: 'REMIND_IN', params: { date: '2026-09-08' } }]);
        await pause(120); // longer than the old 50 ms timer
        expect(seen).toHaveLength(0);
      });
      expect(seen).toHaveLength(1);
      expect(await seen[0]).toBe(1);
    } finally {
      stop();
    }
  });

  it('not at all when the transaction rolls back', async () => {
    const a = await officerWithDevice();
    let kicks = 0;
    const stop = onNewDeliveries(() => kicks++);
    try {
      await expect(
        database.forTenant(a.org.id, async (tx) => {
          await notify(tx, a.org.id, [{ userId: a.officer.id, kind: 'REMIND_IN', params: { date: '2026-09-08' } }]);
          throw new Error('the request failed');
        }),
      ).rejects.toThrow('the request failed');
      await pause(120);
      expect(kicks).toBe(0);
      expect(await deliveriesOf(a.org.id)).toBe(0);
    } finally {
      stop();
    }
  });
});
