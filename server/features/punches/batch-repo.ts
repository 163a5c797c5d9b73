import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import type { Site } from '../../../domain/geo/geo';
import { parseOrgSettings } from '../../../domain/org/settings';
import type { PunchContext } from '../../../domain/punch/classify';
import type { NewPunch, PunchRow } from './repo';

/*
 * The punch writer's statements: a fixed number per batch whatever its size (one read
 * of everything classification needs, one insert of punches and their audit rows), with
 * the rows passed as arrays, so building and sending them stays cheap under load.
 */

type ContextRow = {
  org: { timeZone: string; settings: unknown } | null;
  sites: { id: string; name: string; kind: string; lat: number | null; lng: number | null; r: number | null; polygon: { lat: number; lng: number }[] | null }[];
  allowed: { u: string; s: string }[];
  homes: { u: string; lat: number; lng: number }[];
  dests: { u: string; lat: number; lng: number }[];
  previous: { u: string; lat: number; lng: number; at: string }[];
};

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** The organisation's policy and, for each officer, the places open to them today (radii from the settings) and their last fix. */
export async function loadBatchContext(db: Db, orgId: string, userIds: string[]) {
  const [row] = await rowsOf<ContextRow>(
    db,
    sql`
    WITH o AS (SELECT time_zone, settings, (now() AT TIME ZONE time_zone)::date AS today FROM organisations WHERE id = ${orgId})
    SELECT
      (SELECT json_build_object('timeZone', time_zone, 'settings', settings) FROM o) AS org,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'kind', kind, 'lat', centre_lat, 'lng', centre_lng, 'r', radius_meters, 'polygon', polygon)), '[]')
         FROM sites WHERE org_id = ${orgId} AND active) AS sites,
      (SELECT coalesce(json_agg(json_build_object('u', user_id, 's', site_id)), '[]')
         FROM user_sites WHERE org_id = ${orgId} AND user_id = ANY(${uuids(userIds)})) AS allowed,
      (SELECT coalesce(json_agg(json_build_object('u', user_id, 'lat', lat, 'lng', lng)), '[]') FROM (
         SELECT DISTINCT ON (h.user_id) h.user_id, h.lat, h.lng FROM home_locations h
         JOIN day_statuses d ON d.org_id = h.org_id AND d.user_id = h.user_id AND d.date = (SELECT today FROM o) AND d.code = 'BDR' AND d.state = 'DILULUSKAN'
         WHERE h.org_id = ${orgId} AND h.user_id = ANY(${uuids(userIds)}) AND h.state = 'DILULUSKAN'
         ORDER BY h.user_id, h.decided_at DESC NULLS LAST, h.created_at DESC) homes) AS homes,
      (SELECT coalesce(json_agg(json_build_object('u', user_id, 'lat', dest_lat, 'lng', dest_lng)), '[]') FROM movements
         WHERE org_id = ${orgId} AND user_id = ANY(${uuids(userIds)}) AND date = (SELECT today FROM o) AND state = 'DILULUSKAN' AND dest_lat IS NOT NULL) AS dests,
      (SELECT coalesce(json_agg(json_build_object('u', u.id, 'lat', p.lat, 'lng', p.lng, 'at', p.at)), '[]')
         FROM unnest(${uuids(userIds)}) AS u(id)
         CROSS JOIN LATERAL (SELECT lat, lng, at FROM punches WHERE org_id = ${orgId} AND user_id = u.id AND lat IS NOT NULL
           AND at > now() - interval '1 day' ORDER BY at DESC LIMIT 1) p) AS previous`,
  );
  if (!row) return null;
  const org = json<ContextRow['org']>(row.org);
  if (!org) return null;
  const sites = json<ContextRow['sites']>(row.sites).map((s) => ({
    id: s.id,
    name: s.name,
    shape:
      s.kind === 'circle'
        ? { type: 'circle' as const, centre: { lat: s.lat ?? 0, lng: s.lng ?? 0 }, radiusMeters: s.r ?? 0 }
        : { type: 'polygon' as const, points: s.polygon ?? [] },
  })) satisfies (Site & { name: string })[];
  const allowed = json<ContextRow['allowed']>(row.allowed);
  const homes = json<ContextRow['homes']>(row.homes);
  const dests = json<ContextRow['dests']>(row.dests);
  const previous = json<ContextRow['previous']>(row.previous);
  const { bdrHomeRadiusMeters, movementDestinationRadiusMeters } = parseOrgSettings(org.settings);
  const contexts = new Map<string, PunchContext>();
  for (const userId of userIds) {
    const mine = allowed.filter((a) => a.u === userId).map((a) => a.s);
    const home = homes.find((h) => h.u === userId);
    const prev = previous.find((p) => p.u === userId);
    contexts.set(userId, {
      sites: mine.length > 0 ? sites.filter((s) => mine.includes(s.id)) : sites,
      home: home ? { lat: home.lat, lng: home.lng, radiusMeters: bdrHomeRadiusMeters } : null,
      movementDestinations: dests.filter((d) => d.u === userId).map((d) => ({ lat: d.lat, lng: d.lng, radiusMeters: movementDestinationRadiusMeters })),
      previous: prev ? { lat: prev.lat, lng: prev.lng, at: Date.parse(prev.at) } : null,
    });
  }
  return { timeZone: org.timeZone, settings: org.settings, contexts };
}

type RawPunch = {
  org_id: string;
  id: string;
  user_id: string;
  at: Date | string;
  kind: string | null;
  source: string;
  idempotency_key: string | null;
  device_time: Date | string | null;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
  site_id: string | null;
  place: string;
  flags: string[];
  note: string | null;
  reason: string | null;
  created_by: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Date | string;
};

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
function fromRaw(r: RawPunch): PunchRow {
  return {
    orgId: r.org_id,
    id: r.id,
    userId: r.user_id,
    at: date(r.at),
    kind: r.kind,
    source: r.source,
    idempotencyKey: r.idempotency_key,
    deviceTime: r.device_time === null ? null : date(r.device_time),
    lat: r.lat,
    lng: r.lng,
    accuracy: r.accuracy,
    siteId: r.site_id,
    place: r.place,
    flags: r.flags,
    note: r.note,
    reason: r.reason,
    createdBy: r.created_by,
    ip: r.ip,
    userAgent: r.user_agent,
    createdAt: date(r.created_at),
  };
}

/**
 * Inserts one organisation's online punches and their audit rows in one statement;
 * keys already written are skipped (not returned).
 */
export async function insertOnlinePunches(db: Db, orgId: string, rows: NewPunch[]): Promise<PunchRow[]> {
  if (rows.length === 0) return [];
  const col = <T>(f: (r: NewPunch) => T) => sql.param(rows.map(f));
  const raw = await rowsOf<RawPunch>(
    db,
    sql`
    WITH ins AS (
      INSERT INTO punches (org_id, user_id, at, kind, source, idempotency_key, device_time, lat, lng, accuracy, site_id, place, flags, note, ip, user_agent)
      SELECT ${orgId}::uuid, u, a, kd, s, k, dt, la, ln, ac, si, pl, string_to_array(fl, ','), nt, ip, ua
      FROM unnest(${col((r) => r.userId)}::uuid[], ${col((r) => r.at.toISOString())}::timestamptz[], ${col((r) => r.kind ?? null)}::text[], ${col((r) => r.source)}::text[],
        ${col((r) => r.idempotencyKey ?? null)}::uuid[], ${col((r) => r.deviceTime?.toISOString() ?? null)}::timestamptz[],
        ${col((r) => r.lat ?? null)}::float8[], ${col((r) => r.lng ?? null)}::float8[], ${col((r) => r.accuracy ?? null)}::float8[],
        ${col((r) => r.siteId ?? null)}::uuid[], ${col((r) => r.place)}::text[], ${col((r) => (r.flags ?? []).join(','))}::text[],
        ${col((r) => r.note ?? null)}::text[], ${col((r) => r.ip ?? null)}::text[], ${col((r) => r.userAgent ?? null)}::text[])
        AS t(u, a, kd, s, k, dt, la, ln, ac, si, pl, fl, nt, ip, ua)
      ON CONFLICT (org_id, user_id, idempotency_key) DO NOTHING
      RETURNING *
    ), audit AS (
      INSERT INTO audit_log (org_id, actor_id, action, entity_type, entity_id, ip, after)
      SELECT org_id, user_id, 'punch.created', 'punch', id::text, ip,
        jsonb_build_object('userId', user_id, 'at', at, 'kind', kind, 'source', source, 'place', place, 'siteId', site_id, 'flags', flags)
      FROM ins
    )
    SELECT * FROM ins`,
  );
  return raw.map(fromRaw);
}
