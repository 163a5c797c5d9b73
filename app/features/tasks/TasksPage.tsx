import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { TaskFormDialog } from './TaskFormDialog';
import { DayReviewMark } from './TaskComments';
import { TaskItem } from './TaskItem';
import { formatDuration } from './task-format';
import type { CopyResult, Task, TaskEntry } from './types';
import { useTaskWeek } from './useTaskWeek';
import { WeekNav } from './WeekNav';
import { formatDayDate } from '../../../domain/format/dates';
import { addDays, mondayOf, todayIn, weekDates } from './week';

type Message = { tone: 'success' | 'danger' | 'info'; text: string };
type Editing = { task: Task | null; date: string };

/** The officer's daily tasks, a week at a time (Monday–Sunday), grouped by day. */
export function TasksPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organisation?.timeZone ?? 'Asia/Kuala_Lumpur';
  const today = todayIn(timeZone);
  const [monday, setMonday] = useState(() => mondayOf(today));
  const { week, error, reload } = useTaskWeek(monday);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Task | null>(null);
  const [busy, setBusy] = useState<'copy' | 'delete' | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const isThisWeek = monday === mondayOf(today);

  async function copyFromYesterday() {
    setBusy('copy');
    setNotice(null);
    try {
      const r = await api<CopyResult>('POST', '/api/tasks/copy-unfinished', { from: addDays(today, -1), to: today });
      setNotice(r.copied > 0 ? { tone: 'success', text: t('tasks.copiedSome', { count: r.copied }) } : { tone: 'info', text: t('tasks.copiedNone') });
      if (isThisWeek) await reload();
      else setMonday(mondayOf(today));
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(null);
    }
  }

  /** A new attempt (a dialog opened) clears the last one's result. */
  function edit(next: Editing) {
    setNotice(null);
    setEditing(next);
  }

  async function remove() {
    if (!deleting) return;
    setBusy('delete');
    setNotice(null);
    try {
      await api('DELETE', `/api/tasks/${deleting.id}`);
      setNotice({ tone: 'success', text: t('tasks.deleted', { title: deleting.title }) });
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(null);
      setDeleting(null);
    }
  }

  function saved(task: TaskEntry) {
    setEditing(null);
    setNotice({ tone: 'success', text: t('tasks.saved', { title: task.title }) });
    const target = mondayOf(task.date);
    if (target === monday) void reload();
    else setMonday(target);
  }

  const items = week?.items ?? [];
  const spent = items.reduce((sum, i) => sum + (i.spentMinutes ?? 0), 0);

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('tasks.title')}
        actions={
          <Button variant="primary-fill" onClick={() => edit({ task: null, date: today })}>
            {t('tasks.new')}
          </Button>
        }
      />

      <WeekNav monday={monday} today={today} onChange={setMonday} />

      <div className="mb-4">
        <Button
          size="small"
          variant="default-outline"
          className="w-full justify-center sm:w-auto"
          disabled={busy === 'copy'}
          onClick={() => void copyFromYesterday()}
        >
          {busy === 'copy' ? t('tasks.copying') : t('tasks.copyUnfinished')}
        </Button>
      </div>

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
              <Notice>{t('tasks.empty')}</Notice>
            </div>
          ) : (
            <p className="mb-3 text-body-sm text-txt-black-500">{t('tasks.weekSummary', { count: items.length, duration: formatDuration(spent) })}</p>
          )}
          <ol className="flex flex-col gap-3">
            {weekDates(monday).map((date) => {
              const isToday = date === today;
              const mine = items.filter((i) => i.date === date);
              const review = week.reviews.find((r) => r.date === date);
              const heading = formatDayDate(date, i18n.language);
              return (
                <li
                  key={date}
                  aria-current={isToday ? 'date' : undefined}
                  data-date={date}
                  className={`overflow-hidden rounded-xl border ${isToday ? 'border-otl-primary-300 ring-1 ring-otl-primary-300' : 'border-otl-gray-200'}`}
                >
                  <div className={`flex items-center justify-between gap-2 px-4 py-2 ${isToday ? 'bg-bg-primary-50' : 'bg-bg-washed'}`}>
                    <h2 className="text-body-sm font-semibold">
                      {heading}
                      {isToday && (
                        <span className="ml-2 rounded-full bg-bg-primary-600 px-2 py-0.5 text-body-xs font-medium text-txt-white">{t('tasks.today')}</span>
                      )}
                    </h2>
                    <Button
                      size="small"
                      variant="default-ghost"
                      onClick={() => edit({ task: null, date })}
                      aria-label={t('tasks.addForDayLabel', { date: heading })}
                    >
                      + {t('tasks.addForDay')}
                    </Button>
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
                        <TaskItem
                          key={task.id}
                          task={task}
                          timeZone={timeZone}
                          commentPath={`/api/tasks/${task.id}/comments`}
                          onCommented={reload}
                          onEdit={() => edit({ task, date })}
                          onDelete={() => setDeleting(task)}
                        />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      {editing && <TaskFormDialog task={editing.task} date={editing.date} today={today} onClose={() => setEditing(null)} onSaved={saved} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.confirm')}
        message={deleting ? t('tasks.confirmDelete', { title: deleting.title }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy === 'delete'}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
