import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Punch, Today } from '../../api/attendance-types';
import { api, ApiError } from '../../api/client';
import { useOnline } from '../../pwa/useOnline';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { formatDayDate, localDateTime } from '../../../domain/format/dates';
import { clockTime, duration, issueText, scheduleText } from '../attendance/format';
import { PunchList } from './PunchList';
import { clientKind, siteOf } from './site-match';
import { useGeolocation } from './useGeolocation';
import { useServerClock } from './useServerClock';

/** Minutes since local midnight in a time zone. */
function localMinutes(d: Date, timeZone: string): number {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(d).split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The officer's clock-in page: official time, location, one button that says what it will do, today as the engine reads it. */
export function ClockPage() {
  const { t, i18n } = useTranslation();
  const [today, setToday] = useState<Today | null>(null);
  const [receivedAt, setReceivedAt] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: 'success' | 'danger' | 'warning'; text: string } | null>(null);
  const pendingKey = useRef<string | null>(null);
  const geo = useGeolocation();
  const online = useOnline();
  const now = useServerClock(today?.serverTime ?? null, receivedAt);

  const load = useCallback(async () => {
    setError(null);
    try {
      const sent = Date.now();
      const data = await api<Today>('GET', '/api/attendance/today');
      setReceivedAt(sent + (Date.now() - sent) / 2);
      setToday(data);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  // Opened offline: load again once the connection is back.
  const failedOffline = error instanceof ApiError && error.status === 0 && !today;
  useEffect(() => {
    if (online && failedOffline) void load();
  }, [online, failedOffline, load]);

  if (error && !today) {
    const offline = error instanceof ApiError && error.status === 0;
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <PageHeader title={t('clock.title')} />
        {offline ? <Notice tone="warning">{t('clock.offlinePage')}</Notice> : null}
        <LoadError error={error} onRetry={() => void load()} />
      </div>
    );
  }
  if (!today) return <Spinner label={t('common.loading')} />;

  const tz = today.timeZone;
  const day = today.day;
  const kindLabel = today.next === 'IN' ? t('clock.punchIn') : t('clock.punchOut');
  const site = siteOf(geo.fix, today.sites);
  const locating = geo.status === 'locating';

  async function punch() {
    setBusy(true);
    setResult(null);
    // The same key until the server has answered: a retry after a lost answer never writes twice.
    pendingKey.current ??= crypto.randomUUID();
    try {
      const p = await api<Punch>(
        'POST',
        '/api/punches',
        { idempotencyKey: pendingKey.current, location: geo.fix, deviceTime: new Date().toISOString() },
        { 'x-client': clientKind() },
      );
      pendingKey.current = null;
      const place = p.siteName ?? t(`att.place.${p.place}`);
      // The place already says "outside" or "no location": only the other flags are added.
      const extra = p.flags.filter((f) => f !== 'LUAR_KAWASAN' && f !== 'TIADA_LOKASI');
      setResult({
        tone: p.flags.length > 0 ? 'warning' : 'success',
        text: `${t('clock.recordedAt', { kind: p.kind === 'OUT' ? t('clock.punchOut') : p.kind === 'IN' ? t('clock.punchIn') : kindLabel, time: clockTime(p.at, tz), place })}${extra.length > 0 ? ` ${extra.map((f) => t(`att.flag.${f}`)).join(', ')}.` : ''}`,
      });
      await load();
    } catch (err) {
      const noAnswer = err instanceof ApiError && err.status === 0;
      if (!noAnswer) pendingKey.current = null; // refused: a new attempt is a new punch
      // Offline the request never left: nothing was recorded. Online without an answer it may have been.
      const text = !noAnswer
        ? errorMessage(err, t)
        : !navigator.onLine
          ? t('clock.offlineNotRecorded', { kind: kindLabel })
          : t('clock.noAnswer', { kind: kindLabel });
      setResult({ tone: 'danger', text });
    } finally {
      setBusy(false);
    }
  }

  const dateText = formatDayDate(localDateTime(now, tz).date, i18n.language);
  const timeText = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: tz }).format(now);
  const late = day.issues.find((i) => i.code === 'LEWAT');
  const approved = day.statuses.filter((s) => s.state === 'DILULUSKAN');
  const end = day.requiredEnd ? Number(day.requiredEnd.slice(0, 2)) * 60 + Number(day.requiredEnd.slice(3)) : null;
  const left = end !== null && !day.checkOut ? end - localMinutes(now, tz) : null;

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <PageHeader title={t('clock.title')} />
      <section className="rounded-xl border border-otl-gray-200 bg-bg-white p-5 text-center shadow-sm">
        <p className="text-body-sm text-txt-black-500">{dateText}</p>
        <p className="font-heading text-[2.75rem] font-semibold tabular-nums leading-tight" aria-label={t('clock.serverTime')} data-testid="server-clock">
          {timeText}
        </p>
        <Button
          variant="primary-fill"
          size="large"
          className="mt-4 w-full justify-center py-5 text-body-lg"
          disabled={busy || locating}
          onClick={() => void punch()}
          data-testid="punch-button"
        >
          {busy ? t('clock.sending') : locating ? t('clock.locating') : kindLabel}
        </Button>
        {result && (
          <div className="mt-3 text-left">
            <Notice tone={result.tone}>{result.text}</Notice>
          </div>
        )}
        {!online && !result && (
          <div className="mt-3 text-left">
            <Notice tone="warning">{t('clock.offlinePage')}</Notice>
          </div>
        )}
      </section>

      <section aria-labelledby="clock-location" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
        <h2 id="clock-location" className="mb-2 font-semibold">
          {t('clock.location')}
        </h2>
        {geo.status === 'ok' && (
          <div className="flex flex-col gap-1">
            <p>
              {geo.fix.lat.toFixed(5)}, {geo.fix.lng.toFixed(5)} · {t('clock.accuracy', { meters: geo.fix.accuracy })}
            </p>
            {site ? (
              <p className="font-medium text-txt-success">{t('clock.inSite', { site: site.name })}</p>
            ) : (
              <p className="text-txt-warning">{today.sites.length === 0 ? t('clock.noSites') : t('clock.outsideSites')}</p>
            )}
          </div>
        )}
        {locating && <Spinner label={t('clock.locating')} />}
        {geo.status !== 'ok' && !locating && (
          <div className="flex flex-col gap-2">
            <Notice tone="warning">
              {t(`clock.${geo.status}`)} {t('clock.withoutLocation')}
            </Notice>
            <button type="button" className="self-start font-semibold text-txt-primary underline" onClick={geo.retry}>
              {t('clock.retryLocation')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="clock-status" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
        <h2 id="clock-status" className="mb-2 font-semibold">
          {t('clock.statusToday')}
        </h2>
        <ul className="flex flex-col gap-1" data-testid="today-status">
          <li data-testid="today-schedule">{t('clock.schedule', { schedule: scheduleText(day.schedule, t) })}</li>
          {day.dayType === 'REST' && <li>{t('clock.restDay')}</li>}
          {day.dayType === 'HOLIDAY' && <li>{t('clock.holiday', { name: day.holiday })}</li>}
          {approved.map((s) => (
            <li key={s.id}>
              {t(`att.status.${s.code}`)} · {t(`att.part.${s.part}`)}
            </li>
          ))}
          {day.dayType === 'WORKING' && !day.checkIn && approved.length === 0 && <li>{t('clock.notYetIn')}</li>}
          {day.checkIn && (
            <li className={late ? 'font-semibold text-txt-danger' : 'text-txt-success'}>
              {late ? t('clock.late', { duration: duration(late.minutes ?? 0) }) : t('clock.onTime')}
            </li>
          )}
          {day.requiredEnd && (
            <li className="font-semibold">
              {t('clock.canLeave', { time: day.requiredEnd })}
              {left !== null && (
                <span className="font-normal text-txt-black-500">
                  {' '}
                  · {left > 0 ? t('clock.timeLeft', { duration: duration(left) }) : t('clock.mayLeaveNow')}
                </span>
              )}
            </li>
          )}
          {day.issues
            .filter((i) => i.code !== 'LEWAT')
            .map((i) => (
              <li key={i.code} className="text-txt-danger">
                {issueText(i, t)}
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="clock-punches" className="rounded-xl border border-otl-gray-200 p-4 text-body-sm">
        <h2 id="clock-punches" className="mb-2 font-semibold">
          {t('clock.todayPunches')}
        </h2>
        {day.punches.length === 0 ? <p className="text-txt-black-500">{t('clock.noPunches')}</p> : <PunchList punches={day.punches} timeZone={tz} />}
      </section>
    </div>
  );
}
