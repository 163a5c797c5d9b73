import { distanceMeters, matchSite, speedKmh, type LatLng, type Site } from '../geo/geo';
import type { OrgSettings } from '../org/settings';

/** Where a punch was made, against the places the officer may punch from that day (R21). */
export type Place = 'SITE' | 'HOME' | 'MOVEMENT' | 'OUTSIDE' | 'NONE';
export type PunchFlag = 'LUAR_KAWASAN' | 'TIADA_LOKASI' | 'KETEPATAN_RENDAH' | 'KELAJUAN_MUSTAHIL';
export type Fix = LatLng & { accuracy: number };

/**
 * The places open to one officer at the moment of the punch: the sites allowed to them,
 * the registered home on an approved BDR day, the destinations of approved movements
 * (their radii from the organisation's settings: `bdrHomeRadiusMeters`, `movementDestinationRadiusMeters`).
 */
export type PunchContext = {
  sites: readonly (Site & { name: string })[];
  home: (LatLng & { radiusMeters: number }) | null;
  movementDestinations: readonly (LatLng & { radiusMeters: number })[];
  previous: (LatLng & { at: number }) | null;
};

export type Classification =
  { accepted: true; place: Place; siteId: string | null; siteName: string | null; flags: PunchFlag[] } | { accepted: false; reason: 'OUTSIDE' | 'NO_LOCATION' };

/** Fixes this close together never count as travel, whatever the clock says (GPS jitter). */
const JITTER_METERS = 1_000;

type Policy = Pick<OrgSettings, 'geofencePolicy' | 'punchWithoutLocation' | 'accuracyLimitMeters' | 'travelSpeedLimitKmh'>;

/**
 * Classifies one punch. The fix is taken as given (its accuracy radius is not used to
 * widen a site); a fix less accurate than the organisation's limit is flagged, as is a
 * fix implying a speed since the previous punch above the organisation's travel-speed limit.
 */
export function classifyPunch(fix: Fix | null, at: number, ctx: PunchContext, policy: Policy): Classification {
  if (!fix) {
    if (policy.punchWithoutLocation === 'REFUSE') return { accepted: false, reason: 'NO_LOCATION' };
    return { accepted: true, place: 'NONE', siteId: null, siteName: null, flags: ['TIADA_LOKASI'] };
  }
  const flags: PunchFlag[] = [];
  if (fix.accuracy > policy.accuracyLimitMeters) flags.push('KETEPATAN_RENDAH');
  if (ctx.previous && distanceMeters(ctx.previous, fix) > JITTER_METERS && speedKmh(ctx.previous, { ...fix, at }) > policy.travelSpeedLimitKmh) {
    flags.push('KELAJUAN_MUSTAHIL');
  }
  const site = matchSite(fix, ctx.sites);
  if (site) return { accepted: true, place: 'SITE', siteId: site.id, siteName: ctx.sites.find((s) => s.id === site.id)?.name ?? null, flags };
  if (ctx.home && distanceMeters(fix, ctx.home) <= ctx.home.radiusMeters) return { accepted: true, place: 'HOME', siteId: null, siteName: null, flags };
  if (ctx.movementDestinations.some((d) => distanceMeters(fix, d) <= d.radiusMeters))
    return { accepted: true, place: 'MOVEMENT', siteId: null, siteName: null, flags };
  if (policy.geofencePolicy === 'BLOCK') return { accepted: false, reason: 'OUTSIDE' };
  return { accepted: true, place: 'OUTSIDE', siteId: null, siteName: null, flags: ['LUAR_KAWASAN', ...flags] };
}
