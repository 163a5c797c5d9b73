import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Permission } from '../../domain/policy/permissions';
import { api, ApiError, onSessionLost, setCsrfToken } from '../api/client';
import type { Language, Me } from '../api/types';
import { setLanguage } from '../i18n';

type Session = {
  me: Me | null;
  loading: boolean;
  /** True once a session ended under the user (expired, revoked); the login page says so. */
  expired: boolean;
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
  const meRef = useRef<Me | null>(null);
  useEffect(() => {
    meRef.current = me;
  }, [me]);

  const accept = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
    setExpired(false);
    void setLanguage(next.user.language);
  }, []);

  useEffect(() => onSessionLost((err) => {
    if (err.code === 'PASSWORD_CHANGE_REQUIRED') {
      void api<Me>('GET', '/api/me').then(accept, () => undefined);
      return;
    }
    setCsrfToken(null);
    if (meRef.current) setExpired(true);
    setMe(null);
  }), [accept]);

  useEffect(() => {
    api<Me>('GET', '/api/me')
      .then(accept)
      .catch((err: unknown) => {
        if (!(err instanceof ApiError) || err.status !== 401) console.error(err);
      })
      .finally(() => setLoading(false));
  }, [accept]);

  const value = useMemo<Session>(() => ({
    me,
    loading,
    expired,
    can: (p) => me?.abilities.includes(p) ?? false,
    accept,
    async login(login, password) {
      const next = await api<Me>('POST', '/api/auth/login', { login, password });
      accept(next);
      return next;
    },
    async logout() {
      await api('POST', '/api/auth/logout').catch(() => undefined);
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
  }), [me, loading, expired, accept]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
