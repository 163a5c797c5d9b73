import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Permission } from '../../domain/policy/permissions';
import { api, ApiError, onSessionLost, setCsrfToken } from '../api/client';
import type { Language, Me } from '../api/types';
import { setLanguage } from '../i18n';
import { forgetMe, knownMe, rememberMe } from './known-me';

type Session = {
  me: Me | null;
  loading: boolean;
  /** True once a session ended under the user (expired, revoked); the login page says so. */
  expired: boolean;
  /**
   * The server could not be asked who is logged in (offline, or it answered 5xx): `me` is
   * then the last one this tab knew, if any. Only a 401 from the server means logged out.
   */
  unreachable: boolean;
  /** Ask the server again (when the connection is back). */
  recheck: () => Promise<void>;
  can: (p: Permission) => boolean;
  login: (login: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  accept: (me: Me) => void;
  changeLanguage: (lang: Language) => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const meRef = useRef<Me | null>(null);
  useEffect(() => {
    meRef.current = me;
  }, [me]);

  const accept = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
    setExpired(false);
    setUnreachable(false);
    rememberMe(next);
    // The translations are bundled: switching cannot fail, and nothing waits for it.
    void setLanguage(next.user.language);
  }, []);

  /** Who is logged in, from the server; when it cannot answer, the last one known, never "logged out". */
  const check = useCallback(async () => {
    try {
      accept(await api<Me>('GET', '/api/me'));
    } catch (err: unknown) {
      // No answer (offline) or the server failing (5xx): not an answer about the session.
      const down = !(err instanceof ApiError) || err.status === 0 || err.status >= 500;
      if (!down) {
        forgetMe();
        setUnreachable(false);
        setMe(null);
        return;
      }
      if (!(err instanceof ApiError) || err.status !== 0) console.error(err);
      setUnreachable(true);
      setMe((current) => current ?? knownMe());
    }
  }, [accept]);

  useEffect(
    () =>
      onSessionLost((err) => {
        if (err.code === 'PASSWORD_CHANGE_REQUIRED') {
          void api<Me>('GET', '/api/me').then(accept, () => undefined);
          return;
        }
        setCsrfToken(null);
        forgetMe();
        if (meRef.current) setExpired(true);
        setMe(null);
      }),
    [accept],
  );

  useEffect(() => {
    // check() turns every failure into state (unreachable, logged out).
    void check().finally(() => setLoading(false));
  }, [check]);

  // Back online after the server could not be reached: ask again (a new CSRF token comes with the answer).
  useEffect(() => {
    if (!unreachable) return;
    // check() turns every failure into state.
    const again = () => void check();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [unreachable, check]);

  const value = useMemo<Session>(
    () => ({
      me,
      loading,
      expired,
      unreachable,
      recheck: check,
      can: (p) => me?.abilities.includes(p) ?? false,
      accept,
      async login(login, password) {
        const next = await api<Me>('POST', '/api/auth/login', { login, password });
        accept(next);
        return next;
      },
      async logout() {
        await api('POST', '/api/auth/logout').catch(() => undefined);
        forgetMe();
        setCsrfToken(null);
        setMe(null);
        setExpired(false);
      },
      async changeLanguage(lang) {
        await setLanguage(lang);
        if (!me) return;
        try {
          accept(await api<Me>('PATCH', '/api/me/preferences', { language: lang }));
        } catch {
          // Kept in this browser at least; a lost session is handled by onSessionLost.
        }
      },
    }),
    [me, loading, expired, unreachable, check, accept],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
