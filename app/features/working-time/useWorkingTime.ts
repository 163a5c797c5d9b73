import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { WorkAssignment, WorkPattern, WorkSchedule } from '../../api/types';

export type WorkingTimeData = { schedules: WorkSchedule[]; patterns: WorkPattern[]; assignments: WorkAssignment[] };

/** The organisation's schedules, patterns and assignments, loaded together (each tab reads all three); null until loaded. */
export function useWorkingTime() {
  const [data, setData] = useState<WorkingTimeData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    setError(null);
    try {
      const [s, p, a] = await Promise.all([
        api<{ items: WorkSchedule[] }>('GET', '/api/work-schedules'),
        api<{ items: WorkPattern[] }>('GET', '/api/work-patterns'),
        api<{ items: WorkAssignment[] }>('GET', '/api/work-schedules/assignments'),
      ]);
      setData({ schedules: s.items, patterns: p.items, assignments: a.items });
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}

/** Whether a pattern or an assignment names the schedule (roster cells are not listed here: the server's 409 says so on delete). */
export function scheduleInUse(id: string, d: WorkingTimeData): boolean {
  return d.patterns.some((p) => p.days.includes(id)) || d.assignments.some((a) => a.scheduleId === id);
}
