import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { RosterCell, WorkSchedule } from '../../api/types';
import { SelectField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

const OFF = 'off';

/** One roster cell: set a schedule or off for the date (PUT), or clear it so the date follows the assignments (DELETE). */
export function RosterCellDialog({
  userId,
  officer,
  cell,
  dateLabel,
  schedules,
  onClose,
  onSaved,
}: {
  userId: string;
  officer: string;
  cell: RosterCell;
  dateLabel: string;
  schedules: WorkSchedule[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(cell.off ? OFF : (cell.scheduleId ?? schedules.find((s) => s.active)?.id ?? OFF));
  const { busy, general, fieldError, submitWith } = useApiForm();
  const url = `/api/rosters/${userId}/${cell.date}`;
  const save = submitWith(async () => {
    await api('PUT', url, { scheduleId: choice === OFF ? null : choice });
    onSaved();
  });
  const clear = submitWith(async () => {
    await api('DELETE', url);
    onSaved();
  });
  return (
    <Modal
      open
      title={t('workingTime.cellTitle', { name: officer, date: dateLabel })}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {cell.source === 'ROSTER' && (
            <Button variant="danger-outline" disabled={busy} onClick={() => void clear()}>
              {t('workingTime.clearCell')}
            </Button>
          )}
          <Button variant="primary-fill" type="submit" form="roster-cell-form" disabled={busy}>
            {busy ? t('common.saving') : t('workingTime.setCell')}
          </Button>
        </>
      }
    >
      <form id="roster-cell-form" className="flex flex-col gap-4" onSubmit={(e) => void save(e)} noValidate>
        {general && <Notice tone="danger">{general}</Notice>}
        <p className="text-body-sm text-txt-black-700">{t(`workingTime.source${cell.source}`)}</p>
        <SelectField label={t('workingTime.cellChoice')} value={choice} error={fieldError('scheduleId')} onChange={(e) => setChoice(e.target.value)}>
          <option value={OFF}>{t('workingTime.off')}</option>
          {schedules
            .filter((s) => s.active || s.id === cell.scheduleId)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.start && s.end ? ` (${s.start}–${s.end})` : ''}
              </option>
            ))}
        </SelectField>
      </form>
    </Modal>
  );
}
