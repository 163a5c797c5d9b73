import { Button } from '@govtechmy/myds-react/button';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../domain/format/dates';
import { addDays, mondayOf } from './week';

/** Previous / next week around "3 – 9 Mac 2026", and a way back to this week. */
export function WeekNav({ monday, today, onChange }: { monday: string; today: string; onChange: (monday: string) => void }) {
  const { t, i18n } = useTranslation();
  const weekLabel = formatDateRange(monday, addDays(monday, 6), i18n.language);
  const isThisWeek = monday === mondayOf(today);
  return (
    <nav aria-label={t('tasks.weekNav')} className="mb-3 flex items-center justify-between gap-2 rounded-xl border border-otl-gray-200 px-2 py-2">
      <Button size="small" variant="default-ghost" onClick={() => onChange(addDays(monday, -7))} aria-label={t('tasks.previousWeek')}>
        ‹<span className="hidden sm:inline"> {t('tasks.previousWeek')}</span>
      </Button>
      <div className="flex flex-col items-center text-center">
        <span className="text-body-sm font-semibold" aria-live="polite">
          {weekLabel}
        </span>
        {!isThisWeek && (
          <button type="button" className="text-body-xs text-txt-primary underline" onClick={() => onChange(mondayOf(today))}>
            {t('tasks.thisWeek')}
          </button>
        )}
      </div>
      <Button size="small" variant="default-ghost" onClick={() => onChange(addDays(monday, 7))} aria-label={t('tasks.nextWeek')}>
        <span className="hidden sm:inline">{t('tasks.nextWeek')} </span>›
      </Button>
    </nav>
  );
}
