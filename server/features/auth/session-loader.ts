import type { Db } from '../../db/client';
import type { Auth } from '../../http/request-context';
import { findLiveSessions } from './session-repo';

type Found = (Auth & { lastSeenAt: Date }) | null;

/**
 * Loads sessions for the access check, batching the lookups of the requests that arrive
 * in the same turn of the event loop into one query. Nothing is cached: a revoked session
 * is refused on the very next request.
 */
export function createSessionLoader(db: Db) {
  let pending: Map<string, ((found: Found) => void)[]> | null = null;
  let failures: ((err: unknown) => void)[] = [];

  async function flush(batch: Map<string, ((found: Found) => void)[]>, onError: ((err: unknown) => void)[]) {
    try {
      const found = await findLiveSessions(db, [...batch.keys()]);
      for (const [id, waiters] of batch) for (const w of waiters) w(found.get(id) ?? null);
    } catch (err) {
      for (const fail of onError) fail(err);
    }
  }

  return function load(id: string): Promise<Found> {
    return new Promise((resolve, reject) => {
      if (!pending) {
        pending = new Map();
        failures = [];
        setImmediate(() => {
          const batch = pending;
          const onError = failures;
          pending = null;
          // flush() rejects every waiter itself on a failed query: nothing to catch here.
          if (batch) void flush(batch, onError);
        });
      }
      pending.set(id, [...(pending.get(id) ?? []), resolve]);
      failures.push(reject);
    });
  };
}
