import type { Me } from '../api/types';

const KEY = 'spotme.me';

/**
 * The last `Me` the server gave this tab, kept in sessionStorage without its CSRF token
 * (nothing secret: the session itself is an HttpOnly cookie), so a reload while the
 * server cannot be reached shows the app, not the login page.
 */
export function rememberMe(me: Me): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...me, csrfToken: '' }));
  } catch {
    // Storage full or blocked: the app only loses the offline start.
  }
}

export function knownMe(): Me | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const me = raw ? (JSON.parse(raw) as Me) : null;
    return me && typeof me.user?.id === 'string' && Array.isArray(me.abilities) ? me : null;
  } catch {
    return null;
  }
}

export function forgetMe(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
