import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Today } from '../../api/attendance-types';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { addDays, todayIn } from '../../ui/dates';
import { clockTime } from '../attendance/format';

type IssueItem = { justification: { state: string } | null };
/** An issue the officer can still answer (the issues page offers "Beri justifikasi" for these). */
const answerable = (i: IssueItem) => !i.justification || i.justification.state === 'PERLU_MAKLUMAT' || i.justification.state === 'DIBATALKAN';

type Waiting = { to: string; key: string; count: number };

/**
 * Today at a glance, above the home page's cards: the officer's punches so far, and what
 * waits for the caller (issues to justify, requests to approve, unread notifications).
 * Each part is read with the caller's abilities; a part that cannot be read is left out.
 */
export function TodaySummary() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const tz = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const officer = can('attendance.self');
  const supervisor = can('requests.review');
  const notified = can('notifications.self');
  const [today, setToday] = useState<Today | null>(null);
  const [waiting, setWaiting] = useState<Waiting[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const date = todayIn(tz);
    const parts: Promise<Waiting | null>[] = [
      officer
        ? api<{ items: IssueItem[] }>('GET', `/api/issues?from=${addDays(date, -60)}&to=${date}`).then((r) => ({
            to: '/issues',
            key: 'homeToday.issues',
            count: r.items.filter(answerable).length,
          }))
        : Promise.resolve(null),
      supervisor
        ? api<{ items: unknown[] }>('GET', '/api/approvals').then((r) => ({ to: '/approvals', key: 'homeToday.approvals', count: r.items.length }))
        : Promise.resolve(null),
      notified
        ? api<{ unread: number }>('GET', '/api/notifications/unread-count').then((r) => ({ to: '/notifications', key: 'homeToday.unread', count: r.unread }))
        : Promise.resolve(null),
    ];
    if (officer)
      api<Today>('GET', '/api/attendance/today').then(
        (d) => live && setToday(d),
        () => live && setFailed(true),
      );
    // allSettled never rejects; the failures become `failed`.
    void Promise.allSettled(parts).then((results) => {
      if (!live) return;
      if (results.some((r) => r.status === 'rejected')) setFailed(true);
      setWaiting(results.flatMap((r) => (r.status === 'fulfilled' && r.value && r.value.count > 0 ? [r.value] : [])));
    });
    return () => {
      live = false;
    };
  }, [tz, officer, supervisor, notified]);

  if (!officer && !supervisor && !notified) return null;
  return (
    <section aria-labelledby="home-today" className="rounded-xl border border-otl-gray-200 bg-bg-white p-4 shadow-sm" data-testid="today-summary">
      <h2 id="home-today" className="mb-3 font-heading text-body-lg font-semibold">
        {t('homeToday.title')}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {officer && (
          <div className="text-body-sm">
            <h3 className="mb-1 font-semibold">{t('homeToday.punches')}</h3>
            {today &&
              (today.day.punches.length === 0 ? (
                <p className="text-txt-black-500">{t('homeToday.noPunches')}</p>
              ) : (
                <ul className="flex flex-col gap-0.5" data-testid="today-punches">
                  {today.day.punches.map((p, i) => (
                    <li key={p.id}>
                      {t('homeToday.punch', {
                        kind: (p.kind ?? (i === 0 ? 'IN' : 'OUT')) === 'IN' ? t('clock.punchIn') : t('clock.punchOut'),
                        time: clockTime(p.at, today.timeZone),
                        place: p.siteName ?? t(`att.place.${p.place}`),
                      })}
                    </li>
                  ))}
                </ul>
              ))}
            <Link to="/clock" className="mt-2 inline-block font-medium text-txt-primary underline">
              {t('homeToday.toClock')}
            </Link>
          </div>
        )}
        <div className="text-body-sm">
          <h3 className="mb-1 font-semibold">{t('homeToday.waiting')}</h3>
          {waiting &&
            (waiting.length === 0 ? (
              <p className="text-txt-black-500">{t('homeToday.nothingWaiting')}</p>
            ) : (
              <ul className="flex flex-col gap-0.5" data-testid="today-waiting">
                {waiting.map((w) => (
                  <li key={w.to}>
                    <Link to={w.to} className="font-medium text-txt-primary underline">
                      {t(w.key, { count: w.count })}
                    </Link>
                  </li>
                ))}
              </ul>
            ))}
        </div>
      </div>
      {failed && <p className="mt-3 text-body-xs text-txt-black-500">{t('homeToday.unavailable')}</p>}
    </section>
  );
}
