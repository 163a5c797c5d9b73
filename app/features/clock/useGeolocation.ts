import { useCallback, useEffect, useRef, useState } from 'react';
import type { Fix } from '../../api/attendance-types';

export type GeoState =
  { status: 'locating'; fix: null } | { status: 'ok'; fix: Fix; at: number } | { status: 'denied' | 'unavailable' | 'timeout' | 'unsupported'; fix: null };

/** Seconds to wait for a first fix before saying none came. */
const TIMEOUT_MS = 20_000;

/**
 * The phone's position, kept fresh while the page is open (high accuracy). Says plainly
 * when permission is refused, no fix comes, or the browser has no geolocation.
 */
export function useGeolocation(): GeoState & { retry: () => void } {
  const [state, setState] = useState<GeoState>({ status: 'locating', fix: null });
  const watch = useRef<number | null>(null);

  const start = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ status: 'unsupported', fix: null });
      return;
    }
    if (watch.current !== null) navigator.geolocation.clearWatch(watch.current);
    setState((s) => (s.status === 'ok' ? s : { status: 'locating', fix: null }));
    watch.current = navigator.geolocation.watchPosition(
      (p) => setState({ status: 'ok', fix: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }, at: p.timestamp }),
      (err) =>
        setState((s) =>
          s.status === 'ok' && err.code !== err.PERMISSION_DENIED
            ? s
            : { status: err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable', fix: null },
        ),
      { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 15_000 },
    );
  }, []);

  useEffect(() => {
    start();
    return () => {
      if (watch.current !== null) navigator.geolocation.clearWatch(watch.current);
    };
  }, [start]);

  return { ...state, retry: start };
}
