import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { TaskWeek } from './types';

/** The caller's tasks of the week starting `monday`; null while loading. A late answer for another week is dropped. */
export function useTaskWeek(monday: string) {
  const [week, setWeek] = useState<TaskWeek | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const call = ++latest.current;
    setError(null);
    try {
      const r = await api<TaskWeek>('GET', `/api/tasks?week=${monday}`);
      if (call === latest.current) setWeek(r);
    } catch (err) {
      if (call === latest.current) setError(err);
    }
  }, [monday]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const current = week && week.from === monday ? week : null;
  return { week: current, error, reload };
}
