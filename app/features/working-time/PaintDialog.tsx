import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import type { WorkingTimeData } from './useWorkingTime';
import { paintCells, type PaintChoice } from './working-time-text';

/** Paints a schedule, off, or a pattern over a range of dates for the selected officers: one PUT a cell, with progress. */
export function PaintDialog({
  userIds,
  data,
  from: initialFrom,
  to: initialTo,
  onClose,
  onDone,
}: {
  userIds: string[];
  data: WorkingTimeData;
  from: string;
  to: string;
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const { t } = useTranslation();
  const schedules = data.schedules.filter((s) => s.active);
  const patterns = data.patterns.filter((p) => p.active);
  const [choice, setChoice] = useState(schedules[0] ? `s:${schedules[0].id}` : 'off');
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  function paintChoice(): PaintChoice | null {
    if (choice === 'off') return { kind: 'off' };
    if (choice.startsWith('s:')) return { kind: 'schedule', scheduleId: choice.slice(2) };
    const pattern = patterns.find((p) => p.id === choice.slice(2));
    return pattern ? { kind: 'pattern', pattern } : null;
  }

  async function run() {
    const c = paintChoice();
    if (!c) return;
    const cells = paintCells(userIds, from, to, c);
    if (cells.length === 0) {
      setError(t('workingTime.noDays'));
      return;
    }
    setError(null);
    let done = 0;
    setProgress({ done, total: cells.length });
    try {
      for (const cell of cells) {
        await api('PUT', `/api/rosters/${cell.userId}/${cell.date}`, { scheduleId: cell.scheduleId });
        done += 1;
        setProgress({ done, total: cells.length });
      }
      onDone(cells.length);
    } catch (err) {
      setError(t('workingTime.paintFailed', { done, total: cells.length, message: errorMessage(err, t) }));
      setProgress(null);
    }
  }
  const running = progress !== null;

  return (
    <Modal
      open
      title={t('workingTime.paintTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="paint-form" disabled={running || userIds.length === 0}>
            {t('workingTime.paintRun')}
          </Button>
        </>
      }
    >
      <form
        id="paint-form"
        className="grid grid-cols-1 gap-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run(); // run() shows its own failure
        }}
        noValidate
      >
        <div className="sm:col-span-2">
          <Notice tone={userIds.length ? 'info' : 'warning'}>
            {userIds.length ? t('workingTime.paintSelected', { count: userIds.length }) : t('workingTime.paintNone')}
          </Notice>
        </div>
        {error && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{error}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <SelectField label={t('workingTime.paintWith')} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {schedules.map((s) => (
              <option key={s.id} value={`s:${s.id}`}>
                {t('workingTime.paintScheduleOf', { name: s.name })}
              </option>
            ))}
            {patterns.map((p) => (
              <option key={p.id} value={`p:${p.id}`}>
                {t('workingTime.paintPatternOf', { name: p.name })}
              </option>
            ))}
            <option value="off">{t('workingTime.paintChoiceOff')}</option>
          </SelectField>
        </div>
        <TextField label={t('workingTime.paintFrom')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('workingTime.paintTo')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        {progress && (
          <div className="flex flex-col gap-1 sm:col-span-2" role="status">
            <progress className="w-full" max={progress.total} value={progress.done} aria-label={t('workingTime.paintProgress', progress)} />
            <span className="text-body-xs text-txt-black-700">{t('workingTime.paintProgress', progress)}</span>
          </div>
        )}
      </form>
    </Modal>
  );
}
