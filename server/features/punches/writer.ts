import { classifyPunch, type Fix } from '../../../domain/punch/classify';
import { parseOrgSettings } from '../../../domain/org/settings';
import { enterTenant, transaction, type Database, type Db } from '../../db/client';
import { batcher } from '../../db/batcher';
import { AppError } from '../../http/errors';
import { insertOnlinePunches, loadBatchContext } from './batch-repo';
import { presentPunch, punchesByKeys, type NewPunch, type PunchRow } from './repo';
import type { PunchSource, PunchView } from './schema';

/** One officer's online punch as it arrived; `at` is the server's clock (authoritative). */
export type PunchRequest = {
  orgId: string;
  userId: string;
  idempotencyKey: string;
  location: Fix | null;
  deviceTime: Date;
  note: string | null;
  source: PunchSource;
  ip: string | null;
  userAgent: string | null;
  at: Date;
};
export type PunchResult = { punch: PunchView; created: boolean };

/**
 * Writes online punches by group commit: the punches that arrive while a batch is
 * being committed go together in the next transaction (one commit for many officers),
 * each answered only once its row is committed. Row-level security holds: the batch
 * runs as the restricted role with the organisation set before each organisation's rows.
 */
export function createPunchWriter(database: Database, opts: { maxBatch?: number; maxInFlight?: number; observer?: PunchWriterObserver } = {}) {
  return batcher<PunchRequest, PunchResult>({
    maxBatch: opts.maxBatch ?? 500,
    maxInFlight: opts.maxInFlight ?? (database.driver === 'postgres' ? 4 : 1),
    onBatch: (size) => opts.observer?.batch(size),
    handle: async (items) => {
      const out = await transaction(database.db, async (tx) => {
        const results = new Map<PunchRequest, PunchResult | Error>();
        for (const [orgId, group] of groupBy(items, (i) => i.orgId)) {
          // Row-level security scopes what follows to this organisation.
          await enterTenant(tx, orgId);
          for (const [req, res] of await writeOrgPunches(tx, orgId, group)) results.set(req, res);
        }
        return items.map((i) => results.get(i) ?? new Error('punch not written'));
      });
      // Committed: the new rows (a repeated idempotency key answers its old punch and is not counted).
      opts.observer?.written(out.filter((r) => !(r instanceof Error) && r.created).length);
      return out;
    },
  });
}

/** What the writer tells the metrics: each batch's size as it goes, the punches each commit wrote. */
export type PunchWriterObserver = { batch(size: number): void; written(count: number): void };

export type PunchWriter = ReturnType<typeof createPunchWriter>;

declare module '../../http/request-context' {
  interface AppDeps {
    punchWriter: PunchWriter;
  }
}

async function writeOrgPunches(tx: Db, orgId: string, items: PunchRequest[]): Promise<Map<PunchRequest, PunchResult | Error>> {
  const out = new Map<PunchRequest, PunchResult | Error>();
  const batch = await loadBatchContext(tx, orgId, [...new Set(items.map((i) => i.userId))]);
  if (!batch) {
    for (const i of items) out.set(i, new AppError('NOT_FOUND'));
    return out;
  }
  const settings = parseOrgSettings(batch.settings);
  const keyOf = (userId: string, key: string) => `${userId}/${key}`;
  const rows: NewPunch[] = [];
  const siteNames = new Map<string, string | null>();
  const firstOfKey = new Map<string, PunchRequest>();
  for (const i of items) {
    const k = keyOf(i.userId, i.idempotencyKey);
    if (firstOfKey.has(k)) continue; // the same key twice in one batch: written once
    firstOfKey.set(k, i);
    const ctx = batch.contexts.get(i.userId);
    if (!ctx) continue;
    const c = classifyPunch(i.location, i.at.getTime(), ctx, settings);
    if (!c.accepted) {
      out.set(i, new AppError(c.reason === 'OUTSIDE' ? 'PUNCH_OUTSIDE_SITE' : 'PUNCH_LOCATION_REQUIRED'));
      continue;
    }
    if (c.siteId) siteNames.set(c.siteId, c.siteName);
    // No declared kind (R33): the engine reads check-in or check-out from the officer's schedule.
    rows.push({
      orgId,
      userId: i.userId,
      at: i.at,
      kind: null,
      source: i.source,
      idempotencyKey: i.idempotencyKey,
      deviceTime: i.deviceTime,
      lat: i.location?.lat ?? null,
      lng: i.location?.lng ?? null,
      accuracy: i.location?.accuracy ?? null,
      siteId: c.siteId,
      place: c.place,
      flags: c.flags,
      note: i.note,
      ip: i.ip,
      userAgent: i.userAgent,
    });
  }
  const written = new Map((await insertOnlinePunches(tx, orgId, rows)).map((p) => [keyOf(p.userId, p.idempotencyKey ?? ''), p]));
  // Keys written before (a retry) or by another process meanwhile answer with the punch they wrote.
  const replays = new Map<string, PunchRow>();
  const missing = [...firstOfKey.entries()].filter(([k, i]) => !written.has(k) && !out.has(i));
  if (missing.length > 0) {
    for (const { punch, siteName } of await punchesByKeys(
      tx,
      orgId,
      missing.map(([, i]) => ({ userId: i.userId, key: i.idempotencyKey })),
    )) {
      replays.set(keyOf(punch.userId, punch.idempotencyKey ?? ''), punch);
      if (punch.siteId) siteNames.set(punch.siteId, siteName);
    }
  }
  const view = (p: PunchRow) => presentPunch(p, p.siteId ? (siteNames.get(p.siteId) ?? null) : null);
  for (const i of items) {
    if (out.has(i)) continue;
    const k = keyOf(i.userId, i.idempotencyKey);
    const first = firstOfKey.get(k);
    const mine = written.get(k);
    const replay = replays.get(k);
    if (mine) out.set(i, { punch: view(mine), created: first === i });
    else if (replay) out.set(i, { punch: view(replay), created: false });
    else if (first && out.get(first) instanceof Error) out.set(i, out.get(first) as Error);
    else out.set(i, new AppError('NOT_FOUND'));
  }
  return out;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}
