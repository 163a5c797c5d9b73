import { Button } from '@govtechmy/myds-react/button';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';

export function LoginPage() {
  const { t } = useTranslation();
  const { me, login, expired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // Where the user was going when the app sent them here (a deep link, or an expired session).
  const from = (location.state as { from?: string } | null)?.from;
  const next = from && from.startsWith('/') && !from.startsWith('/login') && !from.startsWith('/password') ? from : '/';
  const [form, setForm] = useState({ login: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (me) return <Navigate to={me.user.mustChangePassword ? '/password' : next} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const who = await login(form.login.trim(), form.password);
      // A client-side navigation: nothing to wait for.
      void navigate(who.user.mustChangePassword ? '/password' : next, { replace: true });
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mx-auto max-w-md py-6">
      <div className="rounded-xl border border-otl-gray-200 bg-bg-white p-6 shadow-sm">
        <h1 className="font-heading text-heading-xs font-semibold">{t('login.title')}</h1>
        <p className="mb-5 mt-1 text-body-sm text-txt-black-500">{t('login.intro')}</p>
        <form className="flex flex-col gap-4" onSubmit={(e) => void submit(e)} noValidate>
          {error ? <Notice tone="danger">{error}</Notice> : expired && <Notice tone="warning">{t('login.expired')}</Notice>}
          <TextField
            label={t('login.login')}
            name="login"
            autoComplete="username"
            required
            value={form.login}
            onChange={(e) => setForm({ ...form, login: e.target.value })}
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
          <Button type="submit" variant="primary-fill" className="w-full justify-center" disabled={busy || !form.login || !form.password}>
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
        <p className="mt-4 text-body-xs text-txt-black-500">{t('login.firstTime')}</p>
      </div>
    </div>
  );
}
