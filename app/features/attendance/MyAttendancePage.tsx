import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthView } from '../../api/attendance-types';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { LoadError, PageHeader, Spinner } from '../../ui/Notice';
import { monthGrid, shiftMonth } from './calendar';
import { DayDetail } from './DayDetail';
import { CardMeaning } from './CardMeaning';
import { dayTone, issueText, statusText } from './format';
import { ReportForm } from './ReportForm';
import { useFormat } from '../../ui/useFormat';

/**
 * The officer's month: a calendar coloured by day status, issues marked, a day's detail,
 * the card, the report. With `officerId`, the same calendar of an officer under the
 * supervisor (no report; the title names the officer).
 */
export function MyAttendancePage({ officerId }: { officerId?: string } = {}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const tz = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const [month, setMonth] = useState(() =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: tz }).format(new Date()).slice(0, 7),
  );
  const [data, setData] = useState<(MonthView & { officer?: { fullName: string } }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setData(null);
    try {
      setData(
        await api<MonthView & { officer?: { fullName: string } }>(
          'GET',
          officerId ? `/api/team/officers/${officerId}/month?month=${month}` : `/api/attendance/month?month=${month}`,
        ),
      );
    } catch (err) {
      setError(err);
    }
  }, [month, officerId]);
  useEffect(() => {
    void load();
  }, [load]);

  // The button's visible number starts its accessible name (WCAG 2.5.3).
  const title = f.month(month);
  const byDate = new Map(data?.days.map((d) => [d.date, d]));
  const chosen = selected ? byDate.get(selected) : undefined;
  const lastDay = monthGrid(month).flat().filter(Boolean).at(-1) ?? `${month}-28`;

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={officerId ? (data?.officer?.fullName ?? t('common.loading')) : t('myAtt.title')}
        actions={data && <CardMeaning card={data.card.card} />}
      />
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          className="rounded-md border border-otl-gray-200 px-3 py-2 text-body-sm"
          onClick={() => {
            setMonth(shiftMonth(month, -1));
            setSelected(null);
          }}
          aria-label={t('myAtt.previousMonth')}
        >
          ‹
        </button>
        <h2 className="font-heading text-body-lg font-semibold capitalize" aria-live="polite">
          {title}
        </h2>
        <button
          type="button"
          className="rounded-md border border-otl-gray-200 px-3 py-2 text-body-sm"
          onClick={() => {
            setMonth(shiftMonth(month, 1));
            setSelected(null);
          }}
          aria-label={t('myAtt.nextMonth')}
        >
          ›
        </button>
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div>
            <table className="w-full table-fixed border-separate border-spacing-1 text-center" data-testid="month-calendar">
              <thead>
                <tr>
                  {t('myAtt.weekdays')
                    .split(',')
                    .map((w) => (
                      <th key={w} scope="col" className="text-body-xs font-medium text-txt-black-500">
                        {w}
                      </th>
                    ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(month).map((week, i) => (
                  <tr key={i}>
                    {week.map((date, j) => {
                      const d = date ? byDate.get(date) : undefined;
                      if (!date || !d) return <td key={j} />;
                      const label = [statusText(d, t), ...d.issues.map((x) => issueText(x, t))].join(', ');
                      return (
                        <td key={j}>
                          <button
                            type="button"
                            onClick={() => setSelected(date)}
                            aria-pressed={selected === date}
                            aria-label={`${f.date(date)}: ${label}`}
                            className={`relative flex aspect-square w-full flex-col items-center justify-center rounded-md border text-body-sm ${dayTone(d)} ${selected === date ? 'ring-2 ring-fr-primary' : ''} ${date === data.today ? 'font-bold underline' : ''}`}
                          >
                            {Number(date.slice(8))}
                            {d.issues.length > 0 && <span aria-hidden="true" className="absolute right-1 top-1 size-1.5 rounded-full bg-bg-danger-600" />}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="mt-3 flex flex-wrap gap-3 text-body-xs text-txt-black-700" aria-label={t('myAtt.legend')}>
              <li className="flex items-center gap-1">
                <span className="size-3 rounded bg-bg-success-50 ring-1 ring-otl-success-200" />
                {t('myAtt.legendPresent')}
              </li>
              <li className="flex items-center gap-1">
                <span className="size-3 rounded bg-bg-danger-50 ring-1 ring-otl-danger-200" />
                {t('myAtt.legendIssue')}
              </li>
              <li className="flex items-center gap-1">
                <span className="size-3 rounded bg-bg-primary-50 ring-1 ring-otl-primary-200" />
                {t('myAtt.legendStatus')}
              </li>
              <li className="flex items-center gap-1">
                <span className="size-3 rounded bg-bg-washed ring-1 ring-otl-gray-200" />
                {t('myAtt.legendRest')}
              </li>
            </ul>
          </div>
          {chosen ? (
            <DayDetail day={chosen} timeZone={tz} />
          ) : (
            <p className="rounded-xl border border-dashed border-otl-gray-200 p-4 text-body-sm text-txt-black-500">{t('myAtt.pickDay')}</p>
          )}
        </div>
      )}
      {/* Keyed by the month: the form follows the month the calendar shows. */}
      {!officerId && <ReportForm key={month} from={`${month}-01`} to={lastDay} />}
    </div>
  );
}
