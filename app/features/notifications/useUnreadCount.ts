import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';

const listeners = new Set<(n: number) => void>();

/** Tells every bell on the page a new unread count (after marking read). */
export function announceUnread(n: number): void {
  listeners.forEach((l) => l(n));
}

/** The caller's unread count, polled every minute and when the tab comes back into view. */
export function useUnreadCount(enabled: boolean): number {
  const [count, setCount] = useState(0);
  const refresh = useCallback(() => {
    if (!enabled || document.visibilityState === 'hidden') return;
    api<{ unread: number }>('GET', '/api/notifications/unread-count').then(
      (r) => setCount(r.unread),
      () => undefined,
    );
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return undefined;
    refresh();
    listeners.add(setCount);
    const timer = setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      listeners.delete(setCount);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [enabled, refresh]);
  return count;
}
