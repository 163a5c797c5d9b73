import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { WorkSchedule } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { scheduleBody } from './schedule-body';
import { endsNextDay } from './working-time-text';

type Type = WorkSchedule['type'];
type Rest = { from: string; to: string };

export function ScheduleFormDialog({ schedule, onClose, onSaved }: { schedule: WorkSchedule | null; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    name: schedule?.name ?? '',
    type: schedule?.type ?? 'FIXED',
    start: schedule?.start ?? '08:00',
    end: schedule?.end ?? '17:00',
    rests: schedule?.rests ?? [],
    grace: String(schedule?.graceMinutes ?? 0),
    before: schedule?.marginBeforeMinutes == null ? '' : String(schedule.marginBeforeMinutes),
    after: schedule?.marginAfterMinutes == null ? '' : String(schedule.marginAfterMinutes),
  });
  const { busy, general, fieldError, submitWith } = useApiForm();
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));
  const setRest = (i: number, k: keyof Rest, v: string) =>
    set(
      'rests',
      f.rests.map((r, j) => (j === i ? { ...r, [k]: v } : r)),
    );

  const submit = submitWith(async () => {
    await api(schedule ? 'PATCH' : 'POST', schedule ? `/api/work-schedules/${schedule.id}` : '/api/work-schedules', scheduleBody(f, schedule !== null));
    onSaved(f.name.trim());
  });
  const timed = f.type !== 'WBF';

  return (
    <Modal
      open
      title={t(schedule ? 'workingTime.editSchedule' : 'workingTime.createSchedule')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="schedule-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="schedule-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField label={t('workingTime.name')} value={f.name} error={fieldError('name')} onChange={(e) => set('name', e.target.value)} />
        </div>
        <div className="sm:col-span-2">
          <SelectField
            label={t('workingTime.type')}
            value={f.type}
            disabled={schedule !== null}
            error={fieldError('type')}
            onChange={(e) => set('type', e.target.value as Type)}
          >
            {(['WBF', 'FIXED', 'SHIFT'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`workingTime.type${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {timed && (
          <>
            <TextField label={t('workingTime.start')} type="time" value={f.start} error={fieldError('start')} onChange={(e) => set('start', e.target.value)} />
            <TextField label={t('workingTime.end')} type="time" value={f.end} error={fieldError('end')} onChange={(e) => set('end', e.target.value)} />
            {endsNextDay(f.start, f.end) && (
              <div className="sm:col-span-2">
                <Notice>{t('workingTime.nextDayNotice', { end: f.end })}</Notice>
              </div>
            )}
            <fieldset className="flex flex-col gap-3 sm:col-span-2">
              <legend className="mb-2 text-body-sm font-medium text-txt-black-700">{t('workingTime.rests')}</legend>
              {f.rests.map((r, i) => (
                <div key={i} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
                  <TextField
                    label={t('workingTime.restFrom')}
                    type="time"
                    value={r.from}
                    error={fieldError(`rests.${i}.from`)}
                    onChange={(e) => setRest(i, 'from', e.target.value)}
                  />
                  <TextField
                    label={t('workingTime.restTo')}
                    type="time"
                    value={r.to}
                    error={fieldError(`rests.${i}.to`)}
                    onChange={(e) => setRest(i, 'to', e.target.value)}
                  />
                  <Button
                    type="button"
                    size="small"
                    variant="default-outline"
                    aria-label={t('workingTime.removeRest', { n: i + 1 })}
                    onClick={() =>
                      set(
                        'rests',
                        f.rests.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ✕
                  </Button>
                </div>
              ))}
              {fieldError('rests') && (
                <p role="alert" className="text-body-xs text-txt-danger">
                  {fieldError('rests')}
                </p>
              )}
              {f.rests.length < 4 && (
                <div>
                  <Button type="button" size="small" variant="default-outline" onClick={() => set('rests', [...f.rests, { from: '13:00', to: '14:00' }])}>
                    {t('workingTime.addRest')}
                  </Button>
                </div>
              )}
            </fieldset>
          </>
        )}
        <TextField
          label={t('workingTime.grace')}
          inputMode="numeric"
          value={f.grace}
          error={fieldError('graceMinutes')}
          onChange={(e) => set('grace', e.target.value)}
        />
        {f.type === 'SHIFT' && (
          <>
            <div className="hidden sm:block" />
            <TextField
              label={t('workingTime.marginBefore')}
              inputMode="numeric"
              value={f.before}
              hint={t('workingTime.marginHint')}
              error={fieldError('marginBeforeMinutes')}
              onChange={(e) => set('before', e.target.value)}
            />
            <TextField
              label={t('workingTime.marginAfter')}
              inputMode="numeric"
              value={f.after}
              error={fieldError('marginAfterMinutes')}
              onChange={(e) => set('after', e.target.value)}
            />
          </>
        )}
      </form>
    </Modal>
  );
}
