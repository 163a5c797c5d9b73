import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites, userSites } from '../../db/schema';

export async function allowedSiteIds(db: Db, orgId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ siteId: userSites.siteId })
    .from(userSites)
    .where(and(eq(userSites.orgId, orgId), eq(userSites.userId, userId)));
  return rows.map((r) => r.siteId).sort();
}

/** Which of `ids` are sites of the organisation. */
export async function existingSiteIds(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), inArray(sites.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function replaceAllowedSites(db: Db, orgId: string, userId: string, siteIds: string[]): Promise<void> {
  await db.delete(userSites).where(and(eq(userSites.orgId, orgId), eq(userSites.userId, userId)));
  if (siteIds.length > 0) await db.insert(userSites).values(siteIds.map((siteId) => ({ orgId, userId, siteId })));
}
