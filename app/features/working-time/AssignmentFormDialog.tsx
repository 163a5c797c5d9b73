import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Unit } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { unitOptions } from '../units/unit-tree';
import { assignedName, clashOf } from './assignment-text';
import type { WorkingTimeData } from './useWorkingTime';
import { useUserOptions } from '../users/use-user-options';

type Level = 'ORGANISATION' | 'UNIT' | 'USER';

/** Search, then choose an officer (the server sends at most 20 matches). */
function OfficerPicker({ value, error, onChange }: { value: string; error?: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { q, setQ, options } = useUserOptions();
  return (
    <>
      <TextField label={t('workingTime.officerSearch')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField label={t('workingTime.officer')} value={value} error={error} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('workingTime.choose')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.fullName}
            {o.staffNo ? ` (${o.staffNo})` : ''}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** A new assignment: the level (organisation, unit, officer), a schedule or a pattern, from and optionally to. */
export function AssignmentFormDialog({ data, units, onClose, onSaved }: { data: WorkingTimeData; units: Unit[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    level: 'UNIT' as Level,
    kind: 'schedule',
    itemId: '',
    unitId: '',
    userId: '',
    from: new Date().toISOString().slice(0, 10),
    to: '',
  });
  const [clash, setClash] = useState<string | null>(null);
  const { busy, general, fieldError, submitWith } = useApiForm();
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));
  const items = f.kind === 'schedule' ? data.schedules.filter((s) => s.active) : data.patterns.filter((p) => p.active);

  const submit = submitWith(async () => {
    setClash(null);
    const body = {
      ...(f.kind === 'schedule' ? { scheduleId: f.itemId || undefined } : { patternId: f.itemId || undefined }),
      ...(f.level === 'UNIT' ? { unitId: f.unitId || undefined } : {}),
      ...(f.level === 'USER' ? { userId: f.userId || undefined } : {}),
      from: f.from,
      ...(f.to ? { to: f.to } : {}),
    };
    try {
      await api('POST', '/api/work-schedules/assignments', body);
    } catch (err) {
      const other = err instanceof ApiError && err.code === 'ASSIGNMENT_OVERLAP' ? clashOf(err.details) : null;
      if (other) setClash(t('workingTime.overlapWith', { what: assignedName(other, data, t), from: other.from, to: other.to ?? t('workingTime.openEnded') }));
      throw err;
    }
    onSaved();
  });

  return (
    <Modal
      open
      title={t('workingTime.createAssignment')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="assignment-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="assignment-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">
              {general}
              {clash && <span className="mt-1 block font-medium">{clash}</span>}
            </Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <SelectField label={t('workingTime.level')} value={f.level} onChange={(e) => set('level', e.target.value)}>
            {(['ORGANISATION', 'UNIT', 'USER'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`workingTime.level${l}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {f.level === 'UNIT' && (
          <div className="sm:col-span-2">
            <SelectField label={t('workingTime.unit')} value={f.unitId} error={fieldError('unitId')} onChange={(e) => set('unitId', e.target.value)}>
              <option value="">{t('workingTime.choose')}</option>
              {unitOptions(units).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        {f.level === 'USER' && <OfficerPicker value={f.userId} error={fieldError('userId')} onChange={(id) => set('userId', id)} />}
        <SelectField
          label={t('workingTime.what')}
          value={f.kind}
          onChange={(e) => {
            set('kind', e.target.value);
            set('itemId', '');
          }}
        >
          <option value="schedule">{t('workingTime.kindSchedule')}</option>
          <option value="pattern">{t('workingTime.kindPattern')}</option>
        </SelectField>
        <SelectField
          label={t(f.kind === 'schedule' ? 'workingTime.schedule' : 'workingTime.pattern')}
          value={f.itemId}
          error={fieldError('scheduleId') ?? fieldError('patternId')}
          onChange={(e) => set('itemId', e.target.value)}
        >
          <option value="">{t('workingTime.choose')}</option>
          {items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t('workingTime.from')} type="date" value={f.from} error={fieldError('from')} onChange={(e) => set('from', e.target.value)} />
        <TextField
          label={t('workingTime.to')}
          type="date"
          value={f.to}
          hint={t('workingTime.toHint')}
          error={fieldError('to')}
          onChange={(e) => set('to', e.target.value)}
        />
      </form>
    </Modal>
  );
}
