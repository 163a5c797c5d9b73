import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { WorkPattern, WorkSchedule } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { onOffCycle } from './working-time-text';

const PRESETS = [7, 14, 28] as const;
const OFF = '';

/** A pattern's form: a name, the anchor date, the cycle's length (7, 14, 28 or any) and each day a schedule or off. */
export function PatternFormDialog({
  pattern,
  schedules,
  onClose,
  onSaved,
}: {
  pattern: WorkPattern | null;
  schedules: WorkSchedule[];
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const active = schedules.filter((s) => s.active || pattern?.days.includes(s.id));
  const [name, setName] = useState(pattern?.name ?? '');
  const [anchor, setAnchor] = useState(pattern?.anchor ?? new Date().toISOString().slice(0, 10));
  const [days, setDays] = useState<string[]>(pattern ? pattern.days.map((d) => d ?? OFF) : Array.from({ length: 7 }, () => OFF));
  const [fill, setFill] = useState({ on: '4', off: '4', scheduleId: active[0]?.id ?? '' });
  const { busy, general, fieldError, submitWith } = useApiForm();
  const preset = (PRESETS as readonly number[]).includes(days.length) ? String(days.length) : 'custom';

  function resize(n: number) {
    const len = Math.max(1, Math.min(366, Number.isFinite(n) ? Math.trunc(n) : 1));
    setDays((d) => Array.from({ length: len }, (_, i) => d[i] ?? OFF));
  }

  const submit = submitWith(async () => {
    const body = { name, anchor, days: days.map((d) => (d === OFF ? null : d)) };
    await api(pattern ? 'PATCH' : 'POST', pattern ? `/api/work-patterns/${pattern.id}` : '/api/work-patterns', body);
    onSaved(name.trim());
  });

  return (
    <Modal
      open
      title={t(pattern ? 'workingTime.editPattern' : 'workingTime.createPattern')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="pattern-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="pattern-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField label={t('workingTime.name')} value={name} error={fieldError('name')} onChange={(e) => setName(e.target.value)} />
        </div>
        <TextField label={t('workingTime.anchor')} type="date" value={anchor} error={fieldError('anchor')} onChange={(e) => setAnchor(e.target.value)} />
        <SelectField label={t('workingTime.cycleLength')} value={preset} onChange={(e) => resize(e.target.value === 'custom' ? 8 : Number(e.target.value))}>
          {PRESETS.map((n) => (
            <option key={n} value={String(n)}>
              {t(`workingTime.cycle${n}`)}
            </option>
          ))}
          <option value="custom">{t('workingTime.cycleCustom')}</option>
        </SelectField>
        {preset === 'custom' && (
          <TextField
            label={t('workingTime.customDays')}
            type="number"
            min={1}
            max={366}
            value={String(days.length)}
            error={fieldError('days')}
            onChange={(e) => resize(Number(e.target.value))}
          />
        )}
        <fieldset className="grid grid-cols-1 gap-2 rounded-lg border border-otl-gray-200 p-3 sm:col-span-2 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end">
          <legend className="px-1 text-body-sm font-medium text-txt-black-700">{t('workingTime.fillOnOff')}</legend>
          <TextField label={t('workingTime.onDays')} type="number" min={0} value={fill.on} onChange={(e) => setFill({ ...fill, on: e.target.value })} />
          <TextField label={t('workingTime.offDays')} type="number" min={0} value={fill.off} onChange={(e) => setFill({ ...fill, off: e.target.value })} />
          <SelectField label={t('workingTime.fillSchedule')} value={fill.scheduleId} onChange={(e) => setFill({ ...fill, scheduleId: e.target.value })}>
            {active.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <Button
            type="button"
            variant="default-outline"
            disabled={!fill.scheduleId}
            onClick={() => setDays(onOffCycle(days.length, Number(fill.on) || 0, Number(fill.off) || 0, fill.scheduleId).map((d) => d ?? OFF))}
          >
            {t('workingTime.fill')}
          </Button>
        </fieldset>
        {fieldError('days') && preset !== 'custom' && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{fieldError('days')}</Notice>
          </div>
        )}
        <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:grid-cols-4">
          {days.map((d, i) => (
            <SelectField
              key={i}
              label={t('workingTime.dayN', { n: i + 1 })}
              value={d}
              error={fieldError(`days.${i}`)}
              onChange={(e) => setDays(days.map((x, j) => (j === i ? e.target.value : x)))}
            >
              <option value={OFF}>{t('workingTime.off')}</option>
              {active.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </form>
    </Modal>
  );
}
