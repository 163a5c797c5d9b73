import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { TASK_CATEGORIES, type TaskCategory, type TaskEntry } from '../tasks/types';
import { addDays } from '../tasks/week';

export type TeamOfficer = { id: string; fullName: string; staffNo: string };

/** How far ahead a task may be assigned (the server's limit). */
const MAX_DAYS_AHEAD = 30;

/** Gives an officer under the caller a task: it lands in their list as planned. */
export function AssignTaskDialog({
  officers,
  officerId,
  today,
  onClose,
  onSaved,
}: {
  officers: TeamOfficer[];
  officerId: string;
  today: string;
  onClose: () => void;
  onSaved: (task: TaskEntry, officer: TeamOfficer) => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState({ officerId, date: today, title: '', category: 'PENTADBIRAN' as TaskCategory, minutes: '', details: '' });
  const { busy, general, fieldError, submitWith } = useApiForm();
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));

  const submit = submitWith(async () => {
    const body = {
      officerId: f.officerId,
      date: f.date,
      title: f.title,
      category: f.category,
      details: f.details.trim() || null,
      ...(f.minutes.trim() ? { minutes: Number(f.minutes) } : {}),
    };
    const task = await api<TaskEntry>('POST', '/api/team/tasks', body);
    const to = officers.find((o) => o.id === f.officerId);
    if (to) onSaved(task, to);
  });

  return (
    <Modal
      open
      title={t('taskReview.assignTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="assign-form" disabled={busy}>
            {busy ? t('common.saving') : t('taskReview.assign')}
          </Button>
        </>
      }
    >
      <form id="assign-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <SelectField label={t('taskReview.officer')} value={f.officerId} error={fieldError('officerId')} onChange={(e) => set('officerId', e.target.value)}>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.fullName} ({o.staffNo})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="sm:col-span-2">
          <TextField
            label={t('tasks.taskTitle')}
            value={f.title}
            maxLength={200}
            required
            error={fieldError('title')}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <TextField
          label={t('tasks.date')}
          type="date"
          value={f.date}
          min={today}
          max={addDays(today, MAX_DAYS_AHEAD)}
          required
          hint={t('taskReview.assignDateHint')}
          error={fieldError('date')}
          onChange={(e) => set('date', e.target.value)}
        />
        <SelectField
          label={t('tasks.category')}
          value={f.category}
          error={fieldError('category')}
          onChange={(e) => set('category', e.target.value as TaskCategory)}
        >
          {TASK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`tasks.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField
            label={t('taskReview.plannedMinutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={f.minutes}
            hint={t('taskReview.optional')}
            error={fieldError('minutes')}
            onChange={(e) => set('minutes', e.target.value)}
          />
        </div>
        <div className="sm:col-span-2">
          <TextAreaField
            label={t('tasks.details')}
            rows={3}
            maxLength={4000}
            value={f.details}
            onChange={(e) => set('details', e.target.value)}
            error={fieldError('details')}
            hint={t('tasks.detailsHint')}
          />
        </div>
      </form>
    </Modal>
  );
}
