import { matchSite } from '../../../domain/geo/geo';
import type { Fix, Today } from '../../api/attendance-types';

/** The allowed site the fix is in, as the server will judge it (same geofence maths). */
export function siteOf(fix: Fix | null, sites: Today['sites']): Today['sites'][number] | null {
  if (!fix) return null;
  const found = matchSite(fix, sites);
  return found ? (sites.find((s) => s.id === found.id) ?? null) : null;
}

/** "Installed app" punches are marked as such (source pwa). */
export function clientKind(): 'pwa' | 'web' {
  return window.matchMedia?.('(display-mode: standalone)').matches ? 'pwa' : 'web';
}
