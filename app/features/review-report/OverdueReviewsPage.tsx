import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format/dates';
import { api } from '../../api/client';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';

type Person = { id: string; fullName: string; staffNo: string };
type Item = { justificationId: string; officer: Person; issueDate: string; issueCode: string; stage: number; waitingSince: string; daysWaiting: number };
type Group = { reviewer: (Person & { unitName: string | null }) | null; overdue: number; oldestDays: number; items: Item[] };
type Report = { scope: 'org' | 'subtree'; deadlineDays: number; generatedAt: string; totalOverdue: number; reviewers: Group[] };

const PATH = '/api/reports/overdue-reviews';

/**
 * R23: justifications left unreviewed past the organisation's deadline, per reviewer, most
 * overdue first; each reviewer opens to the justifications behind the count. CSV download.
 */
export function OverdueReviewsPage() {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());

  const load = useCallback(async () => {
    setError(null);
    setData(null);
    try {
      setData(await api<Report>('GET', PATH));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const date = (d: string) => formatDate(d, i18n.language);
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t('reviewReport.title')}
        actions={
          data &&
          data.totalOverdue > 0 && (
            <a
              href={`${PATH}?format=csv`}
              download
              className="rounded-md bg-bg-primary-600 px-4 py-2 text-center text-body-sm font-medium text-white hover:bg-bg-primary-700 focus:outline-none focus:ring focus:ring-fr-primary"
              data-testid="overdue-csv"
            >
              {t('reviewReport.download')}
            </a>
          )
        }
      />
      {data && (
        <div className="flex flex-col gap-1 text-body-sm text-txt-black-700">
          <p>{t('reviewReport.intro', { days: data.deadlineDays })}</p>
          <p className="text-txt-black-500">{t(data.scope === 'org' ? 'reviewReport.scopeOrg' : 'reviewReport.scopeSubtree')}</p>
        </div>
      )}
      {error !== null ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.reviewers.length === 0 ? (
        <Notice tone="success">{t('reviewReport.empty')}</Notice>
      ) : (
        <>
          <p className="font-medium" aria-live="polite">
            {t('reviewReport.summary', { count: data.totalOverdue, reviewers: data.reviewers.length })}
          </p>
          <ul className="flex flex-col gap-3" data-testid="overdue-reviewers">
            {data.reviewers.map((g) => {
              const key = g.reviewer?.id ?? 'none';
              const expanded = open.has(key);
              return (
                <li key={key} className="rounded-xl border border-otl-gray-200 text-body-sm">
                  <button
                    type="button"
                    className="flex w-full items-start justify-between gap-3 rounded-xl p-4 text-left hover:bg-bg-washed focus:outline-none focus:ring focus:ring-fr-primary"
                    aria-expanded={expanded}
                    aria-controls={`overdue-${key}`}
                    onClick={() => toggle(key)}
                  >
                    <span className="min-w-0">
                      <span className="block font-semibold">{g.reviewer ? g.reviewer.fullName : t('reviewReport.noReviewer')}</span>
                      <span className="block text-body-xs text-txt-black-500">
                        {g.reviewer ? `${g.reviewer.staffNo}${g.reviewer.unitName ? ` · ${g.reviewer.unitName}` : ''}` : t('reviewReport.noReviewerHint')}
                      </span>
                      <span className="mt-1 block text-body-xs text-txt-black-700">{t('reviewReport.oldest', { count: g.oldestDays })}</span>
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      <span className="rounded-full bg-bg-danger-50 px-2 py-0.5 text-body-xs font-semibold text-txt-danger">
                        {t('reviewReport.overdue', { count: g.overdue })}
                      </span>
                      <span aria-hidden="true" className={`text-txt-black-500 transition-transform ${expanded ? 'rotate-180' : ''}`}>
                        ▾
                      </span>
                    </span>
                  </button>
                  {expanded && (
                    <ul id={`overdue-${key}`} className="flex flex-col border-t border-otl-divider" aria-label={t('reviewReport.items')}>
                      {g.items.map((i) => (
                        <li
                          key={i.justificationId}
                          className="flex flex-col gap-1 border-b border-otl-divider px-4 py-3 last:border-b-0 sm:flex-row sm:items-start sm:justify-between sm:gap-3"
                        >
                          <span className="min-w-0">
                            <span className="block font-medium">
                              {i.officer.fullName} <span className="font-normal text-txt-black-500">({i.officer.staffNo})</span>
                            </span>
                            <span className="block">
                              {t(`att.issue.${i.issueCode}`, { defaultValue: i.issueCode })} · {date(i.issueDate)}
                            </span>
                            <span className="block text-body-xs text-txt-black-500">
                              {t('reviewReport.stage')}: {t(i.stage === 2 ? 'reviewReport.stage2' : 'reviewReport.stage1')}
                            </span>
                          </span>
                          <span className="font-semibold text-txt-danger sm:shrink-0 sm:text-right">{t('reviewReport.days', { count: i.daysWaiting })}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
