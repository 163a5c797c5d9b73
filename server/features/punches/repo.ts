import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { auditLog, organisations, punches, sites, userSites } from '../../db/schema';
import type { PunchContext } from '../../../domain/punch/classify';
import { DESTINATION_RADIUS_METERS, HOME_RADIUS_METERS } from '../../../domain/punch/classify';
import { presentSite } from '../sites/repo';
import type { PunchSource, PunchView } from './schema';

export type PunchRow = typeof punches.$inferSelect;
export type NewPunch = typeof punches.$inferInsert;

export function presentPunch(r: PunchRow, siteName: string | null): PunchView {
  return {
    id: r.id, at: r.at.toISOString(), kind: (r.kind as 'IN' | 'OUT' | null) ?? null, source: r.source as PunchSource,
    place: r.place as PunchView['place'], siteId: r.siteId, siteName, flags: r.flags,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng, accuracy: r.accuracy ?? 0 } : null,
    deviceTime: r.deviceTime?.toISOString() ?? null, note: r.note, reason: r.reason,
  };
}

export async function orgPolicyRow(db: Db, orgId: string) {
  const rows = await db.select({ timeZone: organisations.timeZone, state: organisations.state, settings: organisations.settings }).from(organisations).where(eq(organisations.id, orgId)).limit(1);
  return rows[0] ?? null;
}

/** The places each of `userIds` may punch from on `date` (their organisation's local date), and their last fix. */
export async function loadPunchContexts(db: Db, orgId: string, userIds: string[], date: string): Promise<Map<string, PunchContext>> {
  const ids = sql.join(userIds.map((id) => sql`${id}::uuid`), sql`, `);
  const [siteRows, allowed, homes, dests, previous] = await Promise.all([
    db.select().from(sites).where(and(eq(sites.orgId, orgId), eq(sites.active, true))),
    db.select({ userId: userSites.userId, siteId: userSites.siteId }).from(userSites).where(and(eq(userSites.orgId, orgId), inArray(userSites.userId, userIds))),
    rowsOf<{ user_id: string; lat: number; lng: number }>(db, sql`
      SELECT DISTINCT ON (h.user_id) h.user_id, h.lat, h.lng FROM home_locations h
      JOIN day_statuses d ON d.org_id = h.org_id AND d.user_id = h.user_id AND d.date = ${date} AND d.code = 'BDR' AND d.state = 'DILULUSKAN'
      WHERE h.org_id = ${orgId} AND h.user_id IN (${ids}) AND h.state = 'DILULUSKAN'
      ORDER BY h.user_id, h.decided_at DESC NULLS LAST, h.created_at DESC`),
    rowsOf<{ user_id: string; dest_lat: number; dest_lng: number }>(db, sql`
      SELECT user_id, dest_lat, dest_lng FROM movements
      WHERE org_id = ${orgId} AND user_id IN (${ids}) AND date = ${date} AND state = 'DILULUSKAN' AND dest_lat IS NOT NULL`),
    rowsOf<{ user_id: string; lat: number; lng: number; at: string | Date }>(db, sql`
      SELECT u.id AS user_id, p.lat, p.lng, p.at FROM unnest(ARRAY[${ids}]) AS u(id)
      CROSS JOIN LATERAL (SELECT lat, lng, at FROM punches WHERE org_id = ${orgId} AND user_id = u.id AND lat IS NOT NULL
        AND at > now() - interval '1 day' ORDER BY at DESC LIMIT 1) p`),
  ]);
  const orgSites = siteRows.map((r) => ({ ...presentSite(r), name: r.name }));
  const out = new Map<string, PunchContext>();
  for (const userId of userIds) {
    const mine = allowed.filter((a) => a.userId === userId).map((a) => a.siteId);
    const home = homes.find((h) => h.user_id === userId);
    const prev = previous.find((p) => p.user_id === userId);
    out.set(userId, {
      sites: mine.length > 0 ? orgSites.filter((s) => mine.includes(s.id)) : orgSites,
      home: home ? { lat: home.lat, lng: home.lng, radiusMeters: HOME_RADIUS_METERS } : null,
      movementDestinations: dests.filter((d) => d.user_id === userId).map((d) => ({ lat: d.dest_lat, lng: d.dest_lng, radiusMeters: DESTINATION_RADIUS_METERS })),
      previous: prev ? { lat: prev.lat, lng: prev.lng, at: new Date(prev.at).getTime() } : null,
    });
  }
  return out;
}

/** Inserts punches; rows whose idempotency key already exists are skipped (not returned). */
export async function insertPunches(db: Db, rows: NewPunch[]): Promise<PunchRow[]> {
  if (rows.length === 0) return [];
  return db.insert(punches).values(rows).onConflictDoNothing({ target: [punches.orgId, punches.userId, punches.idempotencyKey] }).returning();
}

/** Punches already written under these idempotency keys, with their site names. */
export async function punchesByKeys(db: Db, orgId: string, keys: { userId: string; key: string }[]): Promise<{ punch: PunchRow; siteName: string | null }[]> {
  if (keys.length === 0) return [];
  return db
    .select({ punch: punches, siteName: sites.name })
    .from(punches)
    .leftJoin(sites, and(eq(sites.orgId, punches.orgId), eq(sites.id, punches.siteId)))
    .where(and(eq(punches.orgId, orgId), inArray(punches.userId, [...new Set(keys.map((k) => k.userId))]), inArray(punches.idempotencyKey, keys.map((k) => k.key))));
}

export async function insertPunchAudits(db: Db, rows: { orgId: string; actorId: string; punch: PunchRow; ip: string | null; action: string }[]) {
  if (rows.length === 0) return;
  await db.insert(auditLog).values(rows.map((r) => ({
    orgId: r.orgId, actorId: r.actorId, action: r.action, entityType: 'punch', entityId: r.punch.id, ip: r.ip,
    after: { userId: r.punch.userId, at: r.punch.at.toISOString(), kind: r.punch.kind, source: r.punch.source, place: r.punch.place, siteId: r.punch.siteId, flags: r.punch.flags, reason: r.punch.reason },
  })));
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
  const rows = await db.select({ name: sites.name }).from(sites).where(and(eq(sites.orgId, orgId), eq(sites.id, siteId))).limit(1);
  return rows[0]?.name ?? null;
}
