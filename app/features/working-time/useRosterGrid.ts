import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { RosterGrid } from '../../api/types';

/** A unit's roster for a month; reloads when either changes (late answers to an older choice are dropped). */
export function useRosterGrid(unitId: string, month: string) {
  const [grid, setGrid] = useState<RosterGrid | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const seq = ++latest.current;
    if (!unitId || !/^\d{4}-\d{2}$/.test(month)) {
      setGrid(null);
      return;
    }
    setLoading(true);
    setError(null);
    try {
      const g = await api<RosterGrid>('GET', `/api/rosters?${new URLSearchParams({ unitId, month }).toString()}`);
      if (seq === latest.current) setGrid(g);
    } catch (err) {
      if (seq === latest.current) setError(err);
    } finally {
      if (seq === latest.current) setLoading(false);
    }
  }, [unitId, month]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { grid, error, loading, reload };
}

/** Whether the screen is at least `px` wide (the roster is a grid there, a list per day below). */
export function useWide(px = 768): boolean {
  const query = `(min-width: ${px}px)`;
  const [wide, setWide] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setWide(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return wide;
}
