import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { SelectField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { DayReviewMark } from '../tasks/TaskComments';
import { TaskItem } from '../tasks/TaskItem';
import { formatDuration } from '../tasks/task-format';
import type { DayReview, TaskEntry } from '../tasks/types';
import { useTaskWeek } from '../tasks/useTaskWeek';
import { formatDayDate } from '../../../domain/format/dates';
import { mondayOf, todayIn, weekDates } from '../tasks/week';
import { WeekNav } from '../tasks/WeekNav';
import { AssignTaskDialog, type TeamOfficer } from './AssignTaskDialog';
import { ReviewDayDialog } from './ReviewDayDialog';

type Message = { tone: 'success' | 'danger'; text: string };
type Team = { items: { officer: TeamOfficer }[] };

/** Everyone under the caller (the team board's whole sub-tree), for the officer picker. */
function useTeam() {
  const [officers, setOfficers] = useState<TeamOfficer[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      const r = await api<Team>('GET', '/api/team/today?scope=all');
      setOfficers(r.items.map((m) => m.officer));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { officers, error, load };
}

/**
 * The supervisor reads one officer's daily tasks a week at a time: comments on an entry,
 * marks a day reviewed (or takes the mark off) and assigns a task. The officer and the
 * week sit in the address (?officer=&week=), so the team board can link here.
 */
export function TaskReviewPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const today = todayIn(timeZone);
  const [params, setParams] = useSearchParams();
  const team = useTeam();
  const chosen = params.get('officer');
  const officer = team.officers?.find((o) => o.id === chosen) ?? team.officers?.[0] ?? null;
  const weekParam = params.get('week');
  const monday = weekParam && /^\d{4}-\d{2}-\d{2}$/.test(weekParam) ? mondayOf(weekParam) : mondayOf(today);
  const { week, error, reload } = useTaskWeek(monday, officer?.id ?? null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const [busyDate, setBusyDate] = useState<string | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const heading = (date: string) => formatDayDate(date, i18n.language);
  const go = (next: { officer?: string; week?: string }) => {
    setNotice(null);
    setParams({ officer: next.officer ?? officer?.id ?? '', week: next.week ?? monday });
  };

  async function unmark(review: DayReview) {
    if (!officer) return;
    setBusyDate(review.date);
    setNotice(null);
    try {
      await api('DELETE', `/api/team/tasks/reviews/${officer.id}/${review.date}`);
      setNotice({ tone: 'success', text: t('taskReview.unmarked', { date: heading(review.date) }) });
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusyDate(null);
    }
  }

  function reviewed(date: string) {
    setReviewing(null);
    setNotice({ tone: 'success', text: t('taskReview.reviewed', { date: heading(date) }) });
    void reload();
  }

  function assigned(task: TaskEntry, to: TeamOfficer) {
    setAssigning(false);
    setNotice({ tone: 'success', text: t('taskReview.assigned', { title: task.title, name: to.fullName }) });
    if (to.id === officer?.id && mondayOf(task.date) === monday) void reload();
    else setParams({ officer: to.id, week: mondayOf(task.date) });
  }

  const items = week?.items ?? [];
  const spent = items.reduce((sum, i) => sum + (i.spentMinutes ?? 0), 0);

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('taskReview.title')}
        actions={
          officer && (
            <Button
              variant="primary-fill"
              onClick={() => {
                setNotice(null);
                setAssigning(true);
              }}
            >
              {t('taskReview.assign')}
            </Button>
          )
        }
      />

      {team.error !== null ? (
        <LoadError error={team.error} onRetry={() => void team.load()} />
      ) : !team.officers ? (
        <Spinner label={t('common.loading')} />
      ) : team.officers.length === 0 ? (
        <Notice>{t('taskReview.noOfficers')}</Notice>
      ) : (
        <>
          <div className="mb-3 max-w-md">
            <SelectField label={t('taskReview.officer')} value={officer?.id ?? ''} onChange={(e) => go({ officer: e.target.value })}>
              {team.officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.fullName} ({o.staffNo})
                </option>
              ))}
            </SelectField>
          </div>
          <p className="mb-3 text-body-sm text-txt-black-700">{t('taskReview.rule')}</p>
          <WeekNav monday={monday} today={today} onChange={(m) => go({ week: m })} />
          {notice && (
            <div className="mb-4">
              <Notice tone={notice.tone}>{notice.text}</Notice>
            </div>
          )}

          {error ? (
            <LoadError error={error} onRetry={() => void reload()} />
          ) : !week ? (
            <Spinner label={t('common.loading')} />
          ) : (
            <>
              {items.length === 0 ? (
                <div className="mb-4">
                  <Notice>{t('taskReview.empty')}</Notice>
                </div>
              ) : (
                <p className="mb-3 text-body-sm text-txt-black-500">
                  {t('taskReview.summary', { count: items.length, duration: formatDuration(spent), reviewed: week.reviews.length })}
                </p>
              )}
              <ol className="flex flex-col gap-3" data-testid="review-week">
                {weekDates(monday).map((date) => {
                  const isToday = date === today;
                  const mine = items.filter((i) => i.date === date);
                  const review = week.reviews.find((r) => r.date === date);
                  const title = heading(date);
                  return (
                    <li
                      key={date}
                      aria-current={isToday ? 'date' : undefined}
                      data-date={date}
                      className={`overflow-hidden rounded-xl border ${isToday ? 'border-otl-primary-300 ring-1 ring-otl-primary-300' : 'border-otl-gray-200'}`}
                    >
                      <div className={`flex flex-wrap items-center justify-between gap-2 px-4 py-2 ${isToday ? 'bg-bg-primary-50' : 'bg-bg-washed'}`}>
                        <h2 className="text-body-sm font-semibold">
                          {title}
                          {isToday && (
                            <span className="ml-2 rounded-full bg-bg-primary-600 px-2 py-0.5 text-body-xs font-medium text-txt-white">{t('tasks.today')}</span>
                          )}
                        </h2>
                        {review ? (
                          <Button
                            size="small"
                            variant="default-outline"
                            disabled={busyDate === date}
                            onClick={() => void unmark(review)}
                            aria-label={t('taskReview.unmarkLabel', { date: title })}
                          >
                            {t('taskReview.unmark')}
                          </Button>
                        ) : date < today ? (
                          <Button
                            size="small"
                            variant="default-outline"
                            onClick={() => {
                              setNotice(null);
                              setReviewing(date);
                            }}
                            aria-label={t('taskReview.markReviewedLabel', { date: title })}
                          >
                            {t('taskReview.markReviewed')}
                          </Button>
                        ) : (
                          isToday && (
                            <span className="text-body-xs text-txt-black-500" data-testid="review-not-yet">
                              {t('taskReview.notYet')}
                            </span>
                          )
                        )}
                      </div>
                      {review && (
                        <div className="border-b border-otl-divider px-4 py-2">
                          <DayReviewMark review={review} timeZone={timeZone} />
                        </div>
                      )}
                      {mine.length === 0 ? (
                        <p className="px-4 py-3 text-body-xs text-txt-black-500">{t('tasks.noneForDay')}</p>
                      ) : (
                        <ul className="divide-y divide-otl-divider">
                          {mine.map((task) => (
                            <TaskItem key={task.id} task={task} timeZone={timeZone} commentPath={`/api/team/tasks/${task.id}/comments`} onCommented={reload} />
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}

      {reviewing && officer && (
        <ReviewDayDialog
          officerId={officer.id}
          date={reviewing}
          dateLabel={heading(reviewing)}
          onClose={() => setReviewing(null)}
          onSaved={() => reviewed(reviewing)}
        />
      )}
      {assigning && team.officers && officer && (
        <AssignTaskDialog officers={team.officers} officerId={officer.id} today={today} onClose={() => setAssigning(false)} onSaved={assigned} />
      )}
    </div>
  );
}
