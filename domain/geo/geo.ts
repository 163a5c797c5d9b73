/** Geofence maths: distances on the sphere, circles and polygons of sites (R21 LUAR_KAWASAN). */
export type LatLng = { lat: number; lng: number };
export type Site = { id: string; shape: { type: 'circle'; centre: LatLng; radiusMeters: number } | { type: 'polygon'; points: LatLng[] } };

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Ray casting on lat/lng as a plane: exact enough for sites of a few kilometres. */
export function insidePolygon(p: LatLng, points: readonly LatLng[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const a = points[i]!;
    const b = points[j]!;
    if (a.lat > p.lat !== b.lat > p.lat && p.lng < ((b.lng - a.lng) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lng) inside = !inside;
  }
  return inside;
}

export function insideSite(p: LatLng, site: Site): boolean {
  return site.shape.type === 'circle' ? distanceMeters(p, site.shape.centre) <= site.shape.radiusMeters : insidePolygon(p, site.shape.points);
}

/** The first allowed site holding the fix, or null (outside every geofence). */
export function matchSite(p: LatLng, sites: readonly Site[]): Site | null {
  return sites.find((s) => insideSite(p, s)) ?? null;
}

/** Speed in km/h between two fixes; a fix implying an impossible speed is suspicious. */
export function speedKmh(a: LatLng & { at: number }, b: LatLng & { at: number }): number {
  const hours = Math.abs(b.at - a.at) / 3_600_000;
  return hours === 0 ? Infinity : distanceMeters(a, b) / 1000 / hours;
}

/** Distance from a point to a site: 0 inside it, else to the circle's edge or the polygon's nearest corner. */
export function distanceToSite(p: LatLng, site: Site): number {
  if (insideSite(p, site)) return 0;
  if (site.shape.type === 'circle') return Math.max(0, distanceMeters(p, site.shape.centre) - site.shape.radiusMeters);
  return Math.min(...site.shape.points.map((q) => distanceMeters(p, q)));
}

/** The nearest of `sites` to a point and how far it is (a BDR home beside the office sites), or null when there are none. */
export function nearestSite<S extends Site>(p: LatLng, sites: readonly S[]): { site: S; meters: number } | null {
  let best: { site: S; meters: number } | null = null;
  for (const site of sites) {
    const meters = distanceToSite(p, site);
    if (!best || meters < best.meters) best = { site, meters };
  }
  return best;
}
