import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client';
import { countHit, deleteOldWindows } from './rate-limit-repo';

const SWEEP_EVERY_MS = 60_000;
const LONGEST_WINDOW_MS = 3_600_000; // windows are deleted an hour after they begin

type StoreOptions = { timeWindow?: unknown; routeInfo?: { method?: unknown; url?: unknown } };

/**
 * A store for @fastify/rate-limit that counts in the database (`rate_limit_hits`), on
 * the owner connection, so every server process shares one count: N processes allow the
 * limit, not N times it. Each route's counts are its own (the key starts with the
 * route). At most once a minute a hit also deletes the windows over an hour old, without
 * waiting for it. A database error is logged and handed to the plugin, which is
 * registered with `skipOnError`: the request goes on unlimited (it needs the database
 * anyway, and the account lockout still counts failed logins).
 */
export function databaseRateLimitStore(db: Db, log: FastifyBaseLogger): FastifyRateLimitStoreCtor {
  let lastSweep = 0;
  const sweep = () => {
    if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = Date.now();
    deleteOldWindows(db).catch((err: unknown) => log.warn({ err }, 'old rate-limit windows not deleted'));
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    constructor(options: StoreOptions) {
      const route = options.routeInfo;
      const [method, url] = [route?.method, route?.url];
      // A route may be declared for several methods at once.
      const methods = Array.isArray(method) ? method.join(',') : typeof method === 'string' ? method : '';
      this.prefix = typeof url === 'string' && url ? `${methods} ${url} ` : '';
      if (typeof options.timeWindow === 'number' && options.timeWindow > LONGEST_WINDOW_MS) {
        throw new Error(`rate-limit windows longer than an hour are not kept (${typeof url === 'string' ? url : 'global'})`);
      }
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      sweep();
      countHit(db, this.prefix + key, timeWindow).then(
        (r) => callback(null, { current: r.hits, ttl: r.ttlMs }),
        (err: unknown) => {
          log.warn({ err }, 'rate-limit count failed; request let through');
          callback(err instanceof Error ? err : new Error(String(err)));
        },
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions);
    }
  }
  return DatabaseRateLimitStore;
}
