import { nearestSite } from '../../../domain/geo/geo';
import type { Db } from '../../db/client';
import { presentSite, listSites } from '../sites';
import { allowedSiteIds } from '../users';
import type { PendingRow } from './repo';

export type OfficeDistance = { siteName: string; meters: number } | null;

/**
 * For each waiting BDR home: the nearest active office site the officer may punch at
 * (their allowed sites, or every active site when none are set) and how far the home
 * lies from its edge, so the supervisor sees more than coordinates. Null when the
 * organisation has no such site.
 */
export async function homeDistances(db: Db, orgId: string, rows: PendingRow[]): Promise<Map<string, OfficeDistance>> {
  const homes = rows.filter((r) => r.kind === 'HOME' && r.lat !== null && r.lng !== null);
  const out = new Map<string, OfficeDistance>();
  if (homes.length === 0) return out;
  const active = (await listSites(db, orgId)).filter((s) => s.active).map(presentSite);
  for (const h of homes) {
    const allowed = new Set(await allowedSiteIds(db, orgId, h.user_id));
    const sites = allowed.size > 0 ? active.filter((s) => allowed.has(s.id)) : active;
    const near = nearestSite({ lat: h.lat ?? 0, lng: h.lng ?? 0 }, sites);
    out.set(h.id, near ? { siteName: near.site.name, meters: Math.round(near.meters) } : null);
  }
  return out;
}
