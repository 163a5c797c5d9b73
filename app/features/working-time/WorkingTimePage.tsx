import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, PageHeader, Spinner } from '../../ui/Notice';
import { AssignmentsSection } from './AssignmentsSection';
import { PatternsSection } from './PatternsSection';
import { RosterSection } from './RosterSection';
import { SchedulesSection } from './SchedulesSection';
import { useWorkingTime } from './useWorkingTime';

const TABS = ['schedules', 'patterns', 'assignments', 'roster'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, string> = {
  schedules: 'workingTime.tabSchedules',
  patterns: 'workingTime.tabPatterns',
  assignments: 'workingTime.tabAssignments',
  roster: 'workingTime.tabRoster',
};

/** The organisation admin's "Waktu kerja": schedules, patterns, assignments and the roster grid, as tabs. */
export function WorkingTimePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('schedules');
  const { data, error, reload } = useWorkingTime();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKey(e: KeyboardEvent, i: number) {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + TABS.length) % TABS.length;
    setTab(TABS[j]!);
    refs.current[j]?.focus();
  }

  return (
    <div className="max-w-full">
      <PageHeader title={t('workingTime.title')} />
      <div role="tablist" aria-label={t('workingTime.tabs')} className="mb-4 flex gap-1 overflow-x-auto whitespace-nowrap border-b border-otl-divider">
        {TABS.map((k, i) => (
          <button
            key={k}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`wt-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`wt-panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
            onKeyDown={(e) => onKey(e, i)}
            className={`-mb-px rounded-t-md border-b-2 px-3 py-2 text-body-sm font-medium focus:outline-none focus:ring focus:ring-fr-primary ${
              tab === k ? 'border-otl-primary-300 text-txt-primary' : 'border-transparent text-txt-black-700 hover:text-txt-black-900'
            }`}
          >
            {t(LABEL[k])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`wt-panel-${tab}`} aria-labelledby={`wt-tab-${tab}`}>
        {error ? (
          <LoadError error={error} onRetry={() => void reload()} />
        ) : !data ? (
          <Spinner label={t('common.loading')} />
        ) : tab === 'schedules' ? (
          <SchedulesSection data={data} reload={reload} />
        ) : tab === 'patterns' ? (
          <PatternsSection data={data} reload={reload} />
        ) : tab === 'assignments' ? (
          <AssignmentsSection data={data} reload={reload} />
        ) : (
          <RosterSection data={data} />
        )}
      </div>
    </div>
  );
}
