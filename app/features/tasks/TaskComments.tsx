import { Button } from '@govtechmy/myds-react/button';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiForm } from '../../ui/useApiForm';
import { formatStamp } from './task-format';
import type { DayReview, Task } from './types';

/**
 * A task's comments, oldest first, and a form to add one: the supervisor posts to
 * /api/team/tasks/:id/comments, the officer answers on /api/tasks/:id/comments.
 */
export function TaskComments({ task, postPath, timeZone, onPosted }: { task: Task; postPath: string; timeZone: string; onPosted: () => Promise<void> | void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { busy, general, fieldError, submitWith } = useApiForm();
  const submit = submitWith(async () => {
    await api('POST', postPath, { text });
    setText('');
    setOpen(false);
    await onPosted();
  });
  const error = fieldError('text') ?? general;

  return (
    <div className="mt-1 flex flex-col gap-1">
      {task.comments.length > 0 && (
        <ul aria-label={t('tasks.commentsFor', { title: task.title })} className="flex flex-col gap-1.5 border-l-2 border-otl-gray-200 pl-3">
          {task.comments.map((c) => (
            <li key={c.id} className="text-body-sm">
              <p className="text-body-xs text-txt-black-500">
                <span className="font-semibold text-txt-black-700">{c.author.fullName}</span> · {formatStamp(c.createdAt, i18n.language, timeZone)}
              </p>
              <p className="whitespace-pre-line break-words">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <form className="flex flex-col gap-1.5" aria-label={t('tasks.commentsFor', { title: task.title })} onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={id} className="text-body-sm font-medium text-txt-black-700">
            {t('tasks.commentLabel')}
          </label>
          <textarea
            id={id}
            rows={2}
            maxLength={1000}
            value={text}
            required
            autoFocus
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-note`}
            className="w-full rounded-md border border-otl-gray-200 bg-bg-white px-3 py-2 text-body-sm shadow-sm focus:outline-none focus:ring focus:ring-fr-primary aria-[invalid=true]:border-otl-danger-300"
          />
          {error ? (
            <p id={`${id}-note`} role="alert" className="text-body-xs text-txt-danger">
              {error}
            </p>
          ) : (
            <p id={`${id}-note`} className="text-body-xs text-txt-black-500">
              {t('tasks.commentHint')}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button size="small" variant="primary-fill" type="submit" disabled={busy}>
              {busy ? t('tasks.sending') : t('tasks.sendComment')}
            </Button>
            <Button size="small" variant="default-outline" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="self-start rounded py-1 text-body-sm font-medium text-txt-primary underline-offset-2 hover:underline focus:outline-none focus:ring focus:ring-fr-primary"
          onClick={() => setOpen(true)}
          aria-label={`${task.comments.length > 0 ? t('tasks.reply') : t('tasks.comment')}: ${task.title}`}
        >
          {task.comments.length > 0 ? t('tasks.reply') : t('tasks.comment')}
        </button>
      )}
    </div>
  );
}

/** "Reviewed by X · 3 Mar, 14:05" under a day's heading, with the reviewer's note. */
export function DayReviewMark({ review, timeZone }: { review: DayReview; timeZone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="text-body-xs text-txt-success" data-testid="day-review">
      <p className="font-medium">
        ✓ {t('tasks.reviewedBy', { name: review.reviewedBy.fullName, time: formatStamp(review.reviewedAt, i18n.language, timeZone) })}
      </p>
      {review.note && <p className="text-txt-black-700">{t('tasks.reviewNote', { note: review.note })}</p>}
    </div>
  );
}
