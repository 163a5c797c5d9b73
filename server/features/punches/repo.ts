import { and, asc, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, punches, sites } from '../../db/schema';
import type { PunchSource, PunchView } from './schema';

export type PunchRow = typeof punches.$inferSelect;
export type NewPunch = typeof punches.$inferInsert;

export function presentPunch(r: PunchRow, siteName: string | null): PunchView {
  return {
    id: r.id,
    at: r.at.toISOString(),
    kind: (r.kind as 'IN' | 'OUT' | null) ?? null,
    source: r.source as PunchSource,
    place: r.place as PunchView['place'],
    siteId: r.siteId,
    siteName,
    flags: r.flags,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng, accuracy: r.accuracy ?? 0 } : null,
    deviceTime: r.deviceTime?.toISOString() ?? null,
    note: r.note,
    reason: r.reason,
  };
}

/** Inserts punches; rows whose idempotency key already exists are skipped (not returned). */
export async function insertPunches(db: Db, rows: NewPunch[]): Promise<PunchRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(punches)
    .values(rows)
    .onConflictDoNothing({ target: [punches.orgId, punches.userId, punches.idempotencyKey] })
    .returning();
}

/** Punches already written under these idempotency keys, with their site names. */
export async function punchesByKeys(db: Db, orgId: string, keys: { userId: string; key: string }[]): Promise<{ punch: PunchRow; siteName: string | null }[]> {
  if (keys.length === 0) return [];
  return db
    .select({ punch: punches, siteName: sites.name })
    .from(punches)
    .leftJoin(sites, and(eq(sites.orgId, punches.orgId), eq(sites.id, punches.siteId)))
    .where(
      and(
        eq(punches.orgId, orgId),
        inArray(punches.userId, [...new Set(keys.map((k) => k.userId))]),
        inArray(
          punches.idempotencyKey,
          keys.map((k) => k.key),
        ),
      ),
    );
}

export async function insertPunchAudits(db: Db, rows: { orgId: string; actorId: string; punch: PunchRow; ip: string | null; action: string }[]) {
  if (rows.length === 0) return;
  await db.insert(auditLog).values(
    rows.map((r) => ({
      orgId: r.orgId,
      actorId: r.actorId,
      action: r.action,
      entityType: 'punch',
      entityId: r.punch.id,
      ip: r.ip,
      after: {
        userId: r.punch.userId,
        at: r.punch.at.toISOString(),
        kind: r.punch.kind,
        source: r.punch.source,
        place: r.punch.place,
        siteId: r.punch.siteId,
        flags: r.punch.flags,
        reason: r.punch.reason,
      },
    })),
  );
}

/** The user's first punch in [from, to) of this kind or of none (one the engine pairs): the same punch as one of that kind. */
export async function samePunch(db: Db, orgId: string, userId: string, kind: 'IN' | 'OUT', from: Date, to: Date): Promise<PunchRow | null> {
  const rows = await db
    .select()
    .from(punches)
    .where(
      and(eq(punches.orgId, orgId), eq(punches.userId, userId), gte(punches.at, from), lt(punches.at, to), or(eq(punches.kind, kind), isNull(punches.kind))),
    )
    .orderBy(asc(punches.at))
    .limit(1);
  return rows[0] ?? null;
}

/** A user's punches in [from, to), oldest first, with the site names. */
export async function listPunches(db: Db, orgId: string, userId: string, from: Date, to: Date) {
  return db
    .select({ punch: punches, siteName: sites.name })
    .from(punches)
    .leftJoin(sites, and(eq(sites.orgId, punches.orgId), eq(sites.id, punches.siteId)))
    .where(and(eq(punches.orgId, orgId), eq(punches.userId, userId), gte(punches.at, from), lt(punches.at, to)))
    .orderBy(asc(punches.at));
}

export async function siteName(db: Db, orgId: string, siteId: string | null): Promise<string | null> {
  if (!siteId) return null;
  const rows = await db
    .select({ name: sites.name })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.id, siteId)))
    .limit(1);
  return rows[0]?.name ?? null;
}
