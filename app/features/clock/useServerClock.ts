import { useEffect, useState } from 'react';

/**
 * The server's clock, ticking every second: the offset between the server's time (from
 * the last answer) and this device's, so a phone set wrong still shows the official time.
 */
export function useServerClock(serverTime: string | null, receivedAt: number | null): Date {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const offset = serverTime && receivedAt ? Date.parse(serverTime) - receivedAt : 0;
  return new Date(now + offset);
}
