import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIVE_STATES, type LiveState } from '../../../domain/team/live-state';
import { api } from '../../api/client';
import { TextField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { clockTime, duration } from '../attendance/format';
import { TeamTabs } from './TeamTabs';

type Member = {
  officer: { id: string; fullName: string; staffNo: string; unitName: string | null; supervisorName: string | null };
  state: LiveState;
  checkIn: string | null;
  checkOut: string | null;
  place: string | null;
  siteName: string | null;
  flags: string[];
  lateMinutes: number;
  statusCode: string | null;
  destination: string | null;
  /** Waiting for approval: shown as such, it does not change `state`. */
  pendingMovement: { leaveAt: string; expectedReturn: string; destination: string } | null;
};
type Board = { serverTime: string; date: string; timeZone: string; items: Member[] };

const REFRESH_MS = 30_000;
const TONE: Record<LiveState, string> = {
  BELUM_MASUK: 'bg-bg-warning-50 text-txt-warning',
  DI_PEJABAT: 'bg-bg-success-50 text-txt-success',
  BDR: 'bg-bg-primary-50 text-txt-primary',
  TUGASAN_LUAR: 'bg-bg-primary-50 text-txt-primary',
  CUTI: 'bg-bg-washed text-txt-black-700',
  BERSTATUS: 'bg-bg-primary-50 text-txt-primary',
  KELUAR_PEJABAT: 'bg-bg-warning-50 text-txt-warning',
  SUDAH_PULANG: 'bg-bg-washed text-txt-black-700',
  HARI_REHAT: 'bg-bg-washed text-txt-black-500',
};

/** The supervisor's officers today, live: polled every 30 seconds while the page is visible. */
export function TeamBoardPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'direct' | 'all'>('direct');
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<LiveState | ''>('');
  const [q, setQ] = useState('');

  const load = useCallback(async () => {
    try {
      setBoard(await api<Board>('GET', `/api/team/today?scope=${scope}`));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [scope]);
  useEffect(() => {
    void load();
    const id = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [load]);

  const counts = new Map<LiveState, number>();
  for (const m of board?.items ?? []) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  const needle = q.trim().toLowerCase();
  const shown = (board?.items ?? []).filter(
    (m) =>
      (!filter || m.state === filter) && (!needle || m.officer.fullName.toLowerCase().includes(needle) || m.officer.staffNo.toLowerCase().includes(needle)),
  );
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 text-body-xs font-medium ${active ? 'border-otl-primary-300 bg-bg-primary-50 text-txt-primary' : 'border-otl-gray-200 text-txt-black-700'}`;

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('team.title')} />
      <TeamTabs />
      <div className="flex flex-wrap gap-2" role="group" aria-label={t('team.title')}>
        <button type="button" className={chip(scope === 'direct')} aria-pressed={scope === 'direct'} onClick={() => setScope('direct')}>
          {t('team.scopeDirect')}
        </button>
        <button type="button" className={chip(scope === 'all')} aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
          {t('team.scopeAll')}
        </button>
      </div>
      <div className="max-w-sm">
        <TextField label={t('team.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {board && (
        <div className="flex flex-wrap gap-2" aria-label={t('common.all')}>
          <button type="button" className={chip(filter === '')} aria-pressed={filter === ''} onClick={() => setFilter('')}>
            {t('team.all')} ({board.items.length})
          </button>
          {LIVE_STATES.filter((s) => counts.has(s)).map((s) => (
            <button key={s} type="button" className={chip(filter === s)} aria-pressed={filter === s} onClick={() => setFilter(filter === s ? '' : s)}>
              {t(`team.state.${s}`)} ({counts.get(s)})
            </button>
          ))}
        </div>
      )}
      {error !== null && <LoadError error={error} onRetry={() => void load()} />}
      {!board ? (
        error === null && <Spinner label={t('common.loading')} />
      ) : board.items.length === 0 ? (
        <Notice>{t('team.empty')}</Notice>
      ) : shown.length === 0 ? (
        <Notice>{t('team.noMatch')}</Notice>
      ) : (
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3" data-testid="team-board">
          {shown.map((m) => (
            <li key={m.officer.id} className="flex flex-col gap-1 rounded-xl border border-otl-gray-200 p-4 text-body-sm">
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-semibold">{m.officer.fullName}</p>
                  <p className="text-body-xs text-txt-black-500">
                    {m.officer.staffNo}
                    {m.officer.unitName ? ` · ${m.officer.unitName}` : ''}
                  </p>
                </div>
                <span className={`shrink-0 rounded-full px-2 py-0.5 text-body-xs font-semibold ${TONE[m.state]}`}>{t(`team.state.${m.state}`)}</span>
              </div>
              <p>
                {m.checkIn && t('team.in', { time: clockTime(m.checkIn, board.timeZone) })}
                {m.checkOut && ` · ${t('team.out', { time: clockTime(m.checkOut, board.timeZone) })}`}
                {m.checkIn && ` · ${m.siteName ?? t(`att.place.${m.place ?? 'NONE'}`)}`}
                {m.destination && ` ${t('team.to', { place: m.destination })}`}
              </p>
              {m.pendingMovement && (
                <p className="self-start rounded-md bg-bg-washed px-2 py-0.5 text-body-xs text-txt-black-700" data-testid="pending-movement">
                  {t('team.pendingMovement', {
                    from: clockTime(m.pendingMovement.leaveAt, board.timeZone),
                    to: clockTime(m.pendingMovement.expectedReturn, board.timeZone),
                    place: m.pendingMovement.destination,
                  })}
                </p>
              )}
              {m.lateMinutes > 0 && <p className="font-medium text-txt-danger">{t('team.late', { duration: duration(m.lateMinutes) })}</p>}
              {m.flags.length > 0 && (
                <p className="flex flex-wrap gap-1">
                  {m.flags.map((f) => (
                    <span key={f} className="rounded-full bg-bg-warning-50 px-2 py-0.5 text-body-xs text-txt-warning">
                      {t(`att.flag.${f}`, { defaultValue: f })}
                    </span>
                  ))}
                </p>
              )}
              <Link to={`/team/${m.officer.id}`} className="mt-1 self-start text-body-xs font-medium text-txt-primary underline">
                {t('team.calendar', { name: m.officer.fullName })}
              </Link>
              <Link to={`/task-review?officer=${m.officer.id}`} className="self-start text-body-xs font-medium text-txt-primary underline">
                {t('taskReview.openFor', { name: m.officer.fullName })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {board && (
        <p className="text-body-xs text-txt-black-500" aria-live="polite">
          {t('team.updated', { time: clockTime(board.serverTime, board.timeZone) })}
        </p>
      )}
    </div>
  );
}
