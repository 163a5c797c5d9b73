import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format/dates';
import type { Movement } from '../../api/attendance-types';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { addDays, malaysiaInstant, todayIn } from '../../ui/dates';
import { clockTime } from '../attendance/format';

const timeIn = (tz: string, d: Date) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: tz }).format(d);

/** Record leaving the office during hours, see the cap's figures when refused, mark the return. */
export function MovementsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const tz = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const now = new Date();
  const [form, setForm] = useState({
    date: todayIn(tz),
    leave: timeIn(tz, now),
    back: timeIn(tz, new Date(now.getTime() + 3_600_000)),
    destination: '',
    purpose: '',
  });
  const [dest, setDest] = useState<{ lat: number; lng: number } | null>(null);
  const [items, setItems] = useState<Movement[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [toCancel, setToCancel] = useState<Movement | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    const today = todayIn(tz);
    const to = addDays(today, 30);
    const from = addDays(today, -30);
    try {
      setItems((await api<{ items: Movement[] }>('GET', `/api/movements?from=${from}&to=${to}`)).items.reverse());
    } catch (err) {
      setLoadError(err);
    }
  }, [tz]);
  useEffect(() => {
    void load();
  }, [load]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFormError(null);
    setMessage(null);
    try {
      await api('POST', '/api/movements', {
        leaveAt: malaysiaInstant(form.date, form.leave),
        expectedReturn: malaysiaInstant(form.date, form.back),
        destination: form.destination,
        destLocation: dest,
        purpose: form.purpose,
      });
      setMessage({ tone: 'success', text: t('movements.saved') });
      setForm({ ...form, destination: '', purpose: '' });
      setDest(null);
      await load();
    } catch (err) {
      if (err instanceof ApiError) setFormError(err);
      // The two refusals of the rules say which date and what the limit is.
      const d = err instanceof ApiError ? err.details : {};
      const code = err instanceof ApiError ? err.code : '';
      const text =
        code === 'MOVEMENT_CAP_EXCEEDED'
          ? `${t('movements.capOn', { date: d.date ?? form.date })} ${t('movements.cap', { cap: d.capMinutes, used: d.usedMinutes, remaining: d.remainingMinutes })}`
          : code === 'MOVEMENT_OUTSIDE_HOURS'
            ? t('movements.outsideHours', { date: d.date ?? form.date, from: d.from, to: d.to })
            : errorMessage(err, t);
      setMessage({ tone: 'danger', text });
    } finally {
      setBusy(false);
    }
  }

  async function act(path: string, done: string) {
    setMessage(null);
    try {
      await api('POST', path, path.endsWith('/return') ? {} : undefined);
      setMessage({ tone: 'success', text: done });
      await load();
    } catch (err) {
      setMessage({ tone: 'danger', text: errorMessage(err, t) });
    }
  }

  function useHere() {
    navigator.geolocation?.getCurrentPosition(
      (p) => setDest({ lat: Number(p.coords.latitude.toFixed(6)), lng: Number(p.coords.longitude.toFixed(6)) }),
      () => setMessage({ tone: 'danger', text: t('movements.locationFailed') }),
      { enableHighAccuracy: true, timeout: 20_000 },
    );
  }

  const field = (path: string) => formError?.field(path);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <PageHeader title={t('movements.title')} />
      <p className="text-body-sm text-txt-black-700">{t('movements.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <form className="grid grid-cols-1 gap-3 rounded-xl border border-otl-gray-200 p-4 sm:grid-cols-3" onSubmit={(e) => void submit(e)} noValidate>
        <TextField label={t('movements.date')} type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
        <TextField
          label={t('movements.leave')}
          type="time"
          value={form.leave}
          onChange={(e) => setForm({ ...form, leave: e.target.value })}
          error={field('leaveAt')}
        />
        <TextField
          label={t('movements.back')}
          type="time"
          value={form.back}
          onChange={(e) => setForm({ ...form, back: e.target.value })}
          error={field('expectedReturn')}
        />
        <div className="sm:col-span-3">
          <TextField
            label={t('movements.destination')}
            value={form.destination}
            maxLength={300}
            onChange={(e) => setForm({ ...form, destination: e.target.value })}
            error={field('destination')}
            required
          />
          <div className="mt-1 flex flex-wrap items-center gap-3 text-body-xs">
            {dest ? (
              <>
                <span>{t('movements.locationSet', { latitude: dest.lat, longitude: dest.lng })}</span>
                <button type="button" className="underline" onClick={() => setDest(null)}>
                  {t('movements.clearLocation')}
                </button>
              </>
            ) : (
              <button type="button" className="font-medium text-txt-primary underline" onClick={useHere}>
                {t('movements.useLocation')}
              </button>
            )}
          </div>
        </div>
        <div className="sm:col-span-3">
          <TextField
            label={t('movements.purpose')}
            value={form.purpose}
            maxLength={500}
            onChange={(e) => setForm({ ...form, purpose: e.target.value })}
            error={field('purpose')}
            required
          />
        </div>
        <div className="sm:col-span-3">
          <Button type="submit" variant="primary-fill" className="w-full justify-center sm:w-auto" disabled={busy}>
            {busy ? t('common.saving') : t('movements.submit')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="movement-list" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
        <h2 id="movement-list" className="mb-2 font-semibold">
          {t('movements.list')}
        </h2>
        {loadError ? (
          <LoadError error={loadError} onRetry={() => void load()} />
        ) : !items ? (
          <Spinner label={t('common.loading')} />
        ) : items.length === 0 ? (
          <p className="text-txt-black-500">{t('movements.empty')}</p>
        ) : (
          <ul className="divide-y divide-otl-divider" data-testid="movement-list">
            {items.map((m) => {
              const open = (m.state === 'MENUNGGU' || m.state === 'DILULUSKAN') && !m.actualReturn;
              return (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {formatDate(m.date, i18n.language)} · {clockTime(m.leaveAt, tz)}–{clockTime(m.expectedReturn, tz)} · {m.destination}
                    </p>
                    <p className="text-body-xs text-txt-black-500">
                      {m.purpose} · {t(`att.state.${m.state}`)}
                      {m.actualReturn ? ` · ${t('movements.returned', { time: clockTime(m.actualReturn, tz) })}` : ''}
                    </p>
                  </div>
                  {open && (
                    <div className="flex gap-2">
                      {m.date === todayIn(tz) && Date.parse(m.leaveAt) < now.getTime() && (
                        <Button variant="primary-outline" size="small" onClick={() => void act(`/api/movements/${m.id}/return`, t('movements.returnSaved'))}>
                          {t('movements.markReturn')}
                        </Button>
                      )}
                      <Button variant="default-outline" size="small" onClick={() => setToCancel(m)}>
                        {t('movements.cancel')}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={toCancel !== null}
        title={t('movements.cancel')}
        message={toCancel ? t('movements.confirmCancel', { destination: toCancel.destination }) : ''}
        confirmLabel={t('movements.cancel')}
        danger
        onConfirm={() => {
          const m = toCancel;
          setToCancel(null);
          if (m) void act(`/api/movements/${m.id}/cancel`, t('movements.cancelled'));
        }}
        onCancel={() => setToCancel(null)}
      />
    </div>
  );
}
