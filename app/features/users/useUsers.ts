import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Page, Unit, UserSummary } from '../../api/types';

export type UserFilter = { q: string; unitId: string; role: string; status: string; page: number };

/** The filtered, paginated user list; reloads when the filter changes. */
export function useUserList(filter: UserFilter) {
  const [data, setData] = useState<Page<UserSummary> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    const qs = new URLSearchParams({ page: String(filter.page), pageSize: '20' });
    for (const k of ['q', 'unitId', 'role', 'status'] as const) if (filter[k]) qs.set(k, filter[k]);
    try {
      setData(await api<Page<UserSummary>>('GET', `/api/users?${qs}`));
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [filter]);
  useEffect(() => {
    const timer = setTimeout(() => void load(), filter.q ? 250 : 0);
    return () => clearTimeout(timer);
  }, [load, filter.q]);
  return { data, error, loading, reload: load };
}

export function useUnits() {
  const [units, setUnits] = useState<Unit[]>([]);
  const reload = useCallback(() => api<{ items: Unit[] }>('GET', '/api/units').then((r) => setUnits(r.items)), []);
  useEffect(() => {
    void reload().catch(() => undefined);
  }, [reload]);
  return { units, reload };
}
