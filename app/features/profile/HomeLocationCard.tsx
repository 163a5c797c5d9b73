import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { TextField } from '../../ui/Field';
import { LoadError, Notice, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';

type Home = { lat: number; lng: number; accuracy: number | null; address: string | null; state: string; createdAt: string };
type HomeStatus = { approved: Home | null; pending: Home | null };

/** The BDR home: registered from the phone's fix where the officer works from home; the supervisor approves it. */
export function HomeLocationCard() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<HomeStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const load = useCallback(() => api<HomeStatus>('GET', '/api/me/home-location').then(setStatus, setError), []);
  useEffect(() => {
    void load();
  }, [load]);

  async function send(p: GeolocationPosition) {
    try {
      setStatus(
        await api<HomeStatus>('POST', '/api/me/home-location', {
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracy: Math.round(p.coords.accuracy),
          address: address || undefined,
        }),
      );
      setMessage({ tone: 'success', text: t('profile.homeSent') });
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }

  function register() {
    setBusy(true);
    setMessage(null);
    if (!('geolocation' in navigator)) {
      setBusy(false);
      setMessage({ tone: 'danger', text: t('clock.unsupported') });
      return;
    }
    // send() shows its own outcome; the geolocation callback has nothing to wait for.
    navigator.geolocation.getCurrentPosition(
      (p) => void send(p),
      (err) => {
        setBusy(false);
        setMessage({ tone: 'danger', text: t(err.code === err.PERMISSION_DENIED ? 'clock.denied' : 'clock.timeout') });
      },
      { enableHighAccuracy: true, timeout: 20_000 },
    );
  }

  const line = (h: Home) =>
    `${h.lat.toFixed(5)}, ${h.lng.toFixed(5)}${h.accuracy ? ` (±${Math.round(h.accuracy)} m)` : ''}${h.address ? ` — ${h.address}` : ''}`;
  return (
    <section aria-labelledby="home-location" className="flex flex-col gap-3 rounded-xl border border-otl-gray-200 p-5 text-body-sm">
      <h2 id="home-location" className="font-heading text-body-md font-semibold">
        {t('profile.home')}
      </h2>
      <p className="text-body-xs text-txt-black-500">{t('profile.homeHint')}</p>
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !status ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <dl className="flex flex-col gap-1">
          <div>
            <dt className="text-body-xs text-txt-black-500">{t('profile.homeApproved')}</dt>
            <dd>{status.approved ? line(status.approved) : t('common.none')}</dd>
          </div>
          {status.pending && (
            <div>
              <dt className="text-body-xs text-txt-black-500">{t('profile.homePending')}</dt>
              <dd>{line(status.pending)}</dd>
            </div>
          )}
        </dl>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <TextField label={t('profile.homeAddress')} value={address} maxLength={300} onChange={(e) => setAddress(e.target.value)} />
      <Button variant="primary-outline" className="self-start" disabled={busy} onClick={register}>
        {busy ? t('clock.locating') : t('profile.homeRegister')}
      </Button>
    </section>
  );
}
