import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { TaskWeek } from './types';

/**
 * The tasks of the week starting `monday`: the caller's own, or (given `officerId`) those of
 * an officer under the caller; null while loading, and while `officerId` is null (none chosen).
 * A late answer for another week or officer is dropped.
 */
export function useTaskWeek(monday: string, officerId?: string | null) {
  const [week, setWeek] = useState<(TaskWeek & { key: string }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const key = `${officerId ?? ''}/${monday}`;
  const reload = useCallback(async () => {
    const call = ++latest.current;
    setError(null);
    if (officerId === null) return;
    try {
      const path = officerId === undefined ? `/api/tasks?week=${monday}` : `/api/team/tasks?officerId=${encodeURIComponent(officerId)}&week=${monday}`;
      const r = await api<TaskWeek>('GET', path);
      if (call === latest.current) setWeek({ ...r, key });
    } catch (err) {
      if (call === latest.current) setError(err);
    }
  }, [monday, officerId, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const current = week && week.key === key ? week : null;
  return { week: current, error, reload };
}
