import type { Db } from '../../db/client';
import { batcher } from '../../db/batcher';
import type { Auth } from '../../http/request-context';
import { findLiveSessions } from './session-repo';

type Found = (Auth & { lastSeenAt: Date }) | null;

/**
 * Loads sessions for the access check, batching the lookups of the requests that arrive
 * together into one query. Nothing is cached: a revoked session is refused on the very
 * next request.
 */
export function createSessionLoader(db: Db): (id: string) => Promise<Found> {
  const sessions = batcher<string, Found>({
    maxBatch: 500,
    maxInFlight: 4,
    handle: async (ids) => {
      const found = await findLiveSessions(db, [...new Set(ids)]);
      return ids.map((id) => found.get(id) ?? null);
    },
  });
  return (id) => sessions.submit(id);
}
