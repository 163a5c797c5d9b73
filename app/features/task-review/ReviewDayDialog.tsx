import { Button } from '@govtechmy/myds-react/button';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

/** Marks an officer's tasks of one date reviewed, with an optional note the officer sees. */
export function ReviewDayDialog({
  officerId,
  date,
  dateLabel,
  onClose,
  onSaved,
}: {
  officerId: string;
  date: string;
  dateLabel: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, general, fieldError, submitWith } = useApiForm();
  const submit = submitWith(async () => {
    await api('PUT', `/api/team/tasks/reviews/${officerId}/${date}`, { note: note.trim() || null });
    onSaved();
  });
  const noteError = fieldError('note');

  return (
    <Modal
      open
      title={t('taskReview.reviewTitle', { date: dateLabel })}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="review-form" disabled={busy}>
            {busy ? t('common.saving') : t('taskReview.markReviewed')}
          </Button>
        </>
      }
    >
      <form id="review-form" className="flex flex-col gap-3" onSubmit={(e) => void submit(e)} noValidate>
        {general && <Notice tone="danger">{general}</Notice>}
        <p className="text-body-sm text-txt-black-700">{t('taskReview.reviewIntro')}</p>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={id} className="text-body-sm font-medium text-txt-black-700">
            {t('taskReview.reviewNote')}
          </label>
          <textarea
            id={id}
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`${id}-note`}
            className="w-full rounded-md border border-otl-gray-200 bg-bg-white px-3 py-2 text-body-sm shadow-sm focus:outline-none focus:ring focus:ring-fr-primary aria-[invalid=true]:border-otl-danger-300"
          />
          {noteError ? (
            <p id={`${id}-note`} role="alert" className="text-body-xs text-txt-danger">
              {noteError}
            </p>
          ) : (
            <p id={`${id}-note`} className="text-body-xs text-txt-black-500">
              {t('taskReview.reviewNoteHint')}
            </p>
          )}
        </div>
      </form>
    </Modal>
  );
}
