import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Unit } from '../../api/types';

/** The organisation's units, flat, as GET /api/units gives them; null until loaded. */
export function useUnits() {
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    setError(null);
    try {
      setUnits((await api<{ items: Unit[] }>('GET', '/api/units')).items);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { units, error, reload };
}
