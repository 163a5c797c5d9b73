import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { TASK_CATEGORIES, TASK_PROGRESS, type Task, type TaskCategory, type TaskEntry, type TaskProgress } from './types';
import { addDays } from './week';

type TimeMode = 'none' | 'minutes' | 'range';
type Form = {
  date: string;
  title: string;
  details: string;
  mode: TimeMode;
  minutes: string;
  startTime: string;
  endTime: string;
  category: TaskCategory;
  progress: TaskProgress;
};

function initial(task: Task | null, date: string): Form {
  if (!task) return { date, title: '', details: '', mode: 'none', minutes: '', startTime: '', endTime: '', category: 'PENTADBIRAN', progress: 'DIRANCANG' };
  return {
    date: task.date,
    title: task.title,
    details: task.details ?? '',
    mode: task.startTime ? 'range' : task.minutes !== null ? 'minutes' : 'none',
    minutes: task.minutes === null ? '' : String(task.minutes),
    startTime: task.startTime ?? '',
    endTime: task.endTime ?? '',
    category: task.category,
    progress: task.progress,
  };
}

/** The time fields a form sends: on edit every one (null clears), on create only those given. */
function timeBody(f: Form, editing: boolean): Record<string, number | string | null> {
  const minutes = f.minutes.trim() === '' ? null : Number(f.minutes);
  const chosen: Record<string, number | string | null> =
    f.mode === 'minutes' ? { minutes } : f.mode === 'range' ? { startTime: f.startTime || null, endTime: f.endTime || null } : {};
  return editing ? { minutes: null, startTime: null, endTime: null, ...chosen } : chosen;
}

/** Add or edit one task; the server's field messages appear beside their fields. */
export function TaskFormDialog({
  task,
  date,
  today,
  onClose,
  onSaved,
}: {
  task: Task | null;
  date: string;
  today: string;
  onClose: () => void;
  onSaved: (saved: TaskEntry) => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState<Form>(() => initial(task, date));
  const { busy, general, fieldError, submitWith } = useApiForm();
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((x) => ({ ...x, [k]: v }));

  const submit = submitWith(async () => {
    const body = { date: f.date, title: f.title, details: f.details.trim() || null, category: f.category, progress: f.progress, ...timeBody(f, task !== null) };
    const saved = await api<TaskEntry>(task ? 'PATCH' : 'POST', task ? `/api/tasks/${task.id}` : '/api/tasks', body);
    onSaved(saved);
  });
  /** The supervisor set these on a task they assigned: the officer changes only progress and time. */
  const locked = task?.assignedBy != null;

  return (
    <Modal
      open
      title={t(task ? 'tasks.editTitle' : 'tasks.createTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="task-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="task-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        {locked && (
          <div className="sm:col-span-2">
            <Notice>{t('tasks.assignedLocked')}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField
            label={t('tasks.taskTitle')}
            value={f.title}
            maxLength={200}
            required
            disabled={locked}
            error={fieldError('title')}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <TextField
          label={t('tasks.date')}
          type="date"
          value={f.date}
          max={addDays(today, 7)}
          required
          disabled={locked}
          hint={t('tasks.dateHint')}
          error={fieldError('date')}
          onChange={(e) => set('date', e.target.value)}
        />
        <SelectField
          label={t('tasks.category')}
          value={f.category}
          disabled={locked}
          error={fieldError('category')}
          onChange={(e) => set('category', e.target.value as TaskCategory)}
        >
          {TASK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`tasks.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('tasks.progress')}
          value={f.progress}
          error={fieldError('progress')}
          onChange={(e) => set('progress', e.target.value as TaskProgress)}
        >
          {TASK_PROGRESS.map((p) => (
            <option key={p} value={p}>
              {t(`tasks.progressLabels.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('tasks.timeMode')} value={f.mode} onChange={(e) => set('mode', e.target.value as TimeMode)}>
          <option value="none">{t('tasks.timeNone')}</option>
          <option value="minutes">{t('tasks.timeMinutes')}</option>
          <option value="range">{t('tasks.timeRange')}</option>
        </SelectField>
        {f.mode === 'minutes' && (
          <div className="sm:col-span-2">
            <TextField
              label={t('tasks.minutes')}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              value={f.minutes}
              error={fieldError('minutes')}
              onChange={(e) => set('minutes', e.target.value)}
            />
          </div>
        )}
        {f.mode === 'range' && (
          <>
            <TextField
              label={t('tasks.startTime')}
              type="time"
              value={f.startTime}
              error={fieldError('startTime') ?? fieldError('minutes')}
              onChange={(e) => set('startTime', e.target.value)}
            />
            <TextField
              label={t('tasks.endTime')}
              type="time"
              value={f.endTime}
              error={fieldError('endTime')}
              onChange={(e) => set('endTime', e.target.value)}
            />
          </>
        )}
        <div className="sm:col-span-2">
          <TextAreaField
            label={t('tasks.details')}
            rows={4}
            maxLength={4000}
            value={f.details}
            disabled={locked}
            onChange={(e) => set('details', e.target.value)}
            error={fieldError('details')}
            hint={t('tasks.detailsHint')}
          />
        </div>
      </form>
    </Modal>
  );
}
