import { useTranslation } from 'react-i18next';
import type { DayView } from '../../api/attendance-types';
import { PunchList } from '../clock/PunchList';
import { useFormat } from '../../ui/useFormat';
import { clockTime, duration, issueText, scheduleText, statusText } from './format';
import { RuleNote } from './RuleNote';

/** One day: status, times, punches with place and flags, statuses, movements, and the rule behind each issue. */
export function DayDetail({ day, timeZone }: { day: DayView; timeZone: string }) {
  const { t } = useTranslation();
  const title = useFormat().dayDate(day.date);
  return (
    <section aria-labelledby="day-detail" className="flex flex-col gap-3 rounded-xl border border-otl-gray-200 p-4 text-body-sm" data-testid="day-detail">
      <h2 id="day-detail" className="font-heading text-body-md font-semibold">
        {t('myAtt.dayDetail', { date: title })}
      </h2>
      <p>
        <span className="font-semibold">{statusText(day, t)}</span>
        {day.holiday && <> · {day.holiday}</>}
        {day.provisional && <span className="ml-2 text-body-xs text-txt-black-500">({t('att.provisional')})</span>}
      </p>
      <p data-testid="day-schedule">
        <span className="text-txt-black-500">{t('myAtt.schedule')}:</span> {scheduleText(day.schedule, t)}
      </p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <div>
          <dt className="text-body-xs text-txt-black-500">{t('myAtt.checkIn')}</dt>
          <dd>{day.checkIn ? clockTime(day.checkIn, timeZone) : '—'}</dd>
        </div>
        <div>
          <dt className="text-body-xs text-txt-black-500">{t('myAtt.checkOut')}</dt>
          <dd>{day.checkOut ? clockTime(day.checkOut, timeZone) : '—'}</dd>
        </div>
        <div>
          <dt className="text-body-xs text-txt-black-500">{t('myAtt.requiredEnd')}</dt>
          <dd>{day.requiredEnd ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-body-xs text-txt-black-500">{t('att.worked')}</dt>
          <dd>{day.workedMinutes > 0 ? duration(day.workedMinutes) : '—'}</dd>
        </div>
      </dl>
      <div>
        <h3 className="mb-1 font-semibold">{t('myAtt.issues')}</h3>
        {day.issues.length === 0 ? (
          <p className="text-txt-black-500">{t('myAtt.noIssues')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {day.issues.map((i) => (
              <li key={i.code} className="text-txt-danger">
                {issueText(i, t)}
                <RuleNote code={i.code} rule={i.rule} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {day.punches.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t('myAtt.punches')}</h3>
          <PunchList punches={day.punches} timeZone={timeZone} />
        </div>
      )}
      {day.statuses.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t('myAtt.statuses')}</h3>
          <ul>
            {day.statuses.map((s) => (
              <li key={s.id}>
                {t(`att.status.${s.code}`)} · {t(`att.part.${s.part}`)} · {t(`att.state.${s.state}`)}
                {s.note ? ` — ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {day.movements.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t('myAtt.movements')}</h3>
          <ul>
            {day.movements.map((m) => (
              <li key={m.id}>
                {clockTime(m.leaveAt, timeZone)}–{clockTime(m.actualReturn ?? m.expectedReturn, timeZone)} · {m.destination} · {t(`att.state.${m.state}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
