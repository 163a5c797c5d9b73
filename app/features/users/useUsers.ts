import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Page, UserSummary } from '../../api/types';

export type UserFilter = { q: string; unitId: string; role: string; status: string; page: number };

export function userListQuery(filter: UserFilter, pageSize = 20): string {
  const qs = new URLSearchParams({ page: String(filter.page), pageSize: String(pageSize) });
  for (const k of ['q', 'unitId', 'role', 'status'] as const) {
    const v = filter[k].trim();
    if (v) qs.set(k, v);
  }
  return qs.toString();
}

/** The filtered, paginated user list; reloads when the filter changes (search typed is debounced; late answers to older filters are dropped). */
export function useUserList(filter: UserFilter) {
  const [data, setData] = useState<Page<UserSummary> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const seq = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const page = await api<Page<UserSummary>>('GET', `/api/users?${userListQuery(filter)}`);
      if (seq === latest.current) setData(page);
    } catch (err) {
      if (seq === latest.current) setError(err);
    } finally {
      if (seq === latest.current) setLoading(false);
    }
  }, [filter]);
  useEffect(() => {
    const timer = setTimeout(() => void load(), filter.q ? 250 : 0);
    return () => clearTimeout(timer);
  }, [load, filter.q]);
  return { data, error, loading, reload: load };
}
