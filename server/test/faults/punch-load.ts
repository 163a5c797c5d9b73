import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TestClient } from '../test-client';

export type LoadStats = {
  acknowledged: Map<string, string>;
  statuses: Map<string, number>;
  /** Requests that ended without an HTTP answer (connection refused or reset), with when they started. */
  socketErrors: { startedAt: number; message: string }[];
  retryAfterSeen: boolean;
};

/**
 * Officers punching as fast as the server answers, each as the app does: a new
 * idempotency key per punch, the same key again after a 503 or a lost connection, until
 * the server answers 200/201 (acknowledged). `baseUrl()` is read on every request, so a
 * test can restart the server on another port.
 */
export function startPunchLoad(clients: TestClient[], baseUrl: () => string) {
  const stats: LoadStats = { acknowledged: new Map(), statuses: new Map(), socketErrors: [], retryAfterSeen: false };
  let stopped = false;
  const count = (k: string) => stats.statuses.set(k, (stats.statuses.get(k) ?? 0) + 1);
  const loop = async (c: TestClient) => {
    let key = randomUUID();
    while (!stopped) {
      const startedAt = Date.now();
      try {
        const res = await fetch(`${baseUrl()}/api/punches`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: c.cookie ?? '', 'x-csrf-token': c.csrf ?? '' },
          body: JSON.stringify({ idempotencyKey: key, location: { lat: 2.9264, lng: 101.6964, accuracy: 10 }, deviceTime: new Date().toISOString() }),
        });
        const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { code: string } };
        count(`${res.status}${body.error ? ` ${body.error.code}` : ''}`);
        if ((res.status === 200 || res.status === 201) && body.id) {
          stats.acknowledged.set(key, body.id);
          key = randomUUID();
        } else {
          if (res.headers.get('retry-after')) stats.retryAfterSeen = true;
          await new Promise((r) => setTimeout(r, 100));
        }
      } catch (err) {
        stats.socketErrors.push({ startedAt, message: err instanceof Error ? `${err.message} ${causeText(err.cause)}` : String(err) });
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const running = Promise.all(clients.map(loop));
  return {
    stats,
    async stop() {
      stopped = true;
      await running;
      return stats;
    },
  };
}

/** Every acknowledged punch is stored exactly once under its key, with the id the server answered. */
export async function checkPunches(url: string, orgId: string, acknowledged: Map<string, string>) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ key: string; ids: string[] }>(
      'SELECT idempotency_key AS key, array_agg(id::text) AS ids FROM punches WHERE org_id = $1 GROUP BY idempotency_key',
      [orgId],
    );
    const stored = new Map(rows.map((r) => [r.key, r.ids]));
    const lost = [...acknowledged].filter(([k]) => !stored.has(k)).length;
    const doubled = rows.filter((r) => r.ids.length > 1).length;
    const wrongId = [...acknowledged].filter(([k, id]) => stored.has(k) && stored.get(k)?.[0] !== id).length;
    return { acknowledged: acknowledged.size, stored: rows.length, lost, doubled, wrongId };
  } finally {
    await c.end();
  }
}

/** What a fetch failure's `cause` says (undici puts the socket error there). */
function causeText(cause: unknown): string {
  return cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
}
