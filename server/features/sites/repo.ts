import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites } from '../../db/schema';
import type { SiteShape, SiteView } from './schema';

type Row = typeof sites.$inferSelect;

function shapeColumns(shape: SiteShape) {
  return shape.type === 'circle'
    ? { kind: 'circle', centreLat: shape.centre.lat, centreLng: shape.centre.lng, radiusMeters: shape.radiusMeters, polygon: null }
    : { kind: 'polygon', centreLat: null, centreLng: null, radiusMeters: null, polygon: shape.points };
}

export function presentSite(r: Row): SiteView {
  const shape: SiteShape =
    r.kind === 'circle'
      ? { type: 'circle', centre: { lat: r.centreLat ?? 0, lng: r.centreLng ?? 0 }, radiusMeters: r.radiusMeters ?? 0 }
      : { type: 'polygon', points: (r.polygon as { lat: number; lng: number }[] | null) ?? [] };
  return { id: r.id, name: r.name, address: r.address, shape, active: r.active };
}

export async function listSites(db: Db, orgId: string): Promise<Row[]> {
  return db.select().from(sites).where(eq(sites.orgId, orgId)).orderBy(asc(sites.name));
}

export async function findSite(db: Db, orgId: string, id: string): Promise<Row | null> {
  const rows = await db
    .select()
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSite(db: Db, orgId: string, v: { name: string; address: string | null; shape: SiteShape; active: boolean }): Promise<Row> {
  const rows = await db
    .insert(sites)
    .values({ orgId, name: v.name, address: v.address, active: v.active, ...shapeColumns(v.shape) })
    .returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

export async function updateSite(db: Db, orgId: string, id: string, v: { name?: string; address?: string | null; shape?: SiteShape; active?: boolean }) {
  const { shape, ...rest } = v;
  await db
    .update(sites)
    .set({ ...rest, ...(shape ? shapeColumns(shape) : {}) })
    .where(and(eq(sites.orgId, orgId), eq(sites.id, id)));
}

export async function deleteSite(db: Db, orgId: string, id: string) {
  await db.delete(sites).where(and(eq(sites.orgId, orgId), eq(sites.id, id)));
}
