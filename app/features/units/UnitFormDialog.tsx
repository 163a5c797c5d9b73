import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Unit } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { subtreeIds, unitOptions } from './unit-tree';

/** Create, rename or move a unit; a unit cannot move under itself or its own sub-units. */
export function UnitFormDialog({ unit, units, onClose, onSaved }: { unit: Unit | null; units: Unit[]; onClose: () => void; onSaved: (u: Unit) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: unit?.name ?? '', code: unit?.code ?? '', parentId: unit?.parentId ?? '' });
  const { busy, general, fieldError, submitWith } = useApiForm();
  const excluded = unit ? subtreeIds(units, unit.id) : new Set<string>();
  const submit = submitWith(async () => {
    const body = { name: form.name.trim(), code: form.code.trim() || null, parentId: form.parentId || null };
    onSaved(await api<Unit>(unit ? 'PATCH' : 'POST', unit ? `/api/units/${unit.id}` : '/api/units', body));
  });

  return (
    <Modal
      open
      title={t(unit ? 'units.editTitle' : 'units.createTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="unit-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="unit-form" className="flex flex-col gap-4" onSubmit={(e) => void submit(e)} noValidate>
        {general && <Notice tone="danger">{general}</Notice>}
        <TextField label={t('units.name')} value={form.name} error={fieldError('name')} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        <TextField label={t('units.code')} value={form.code} error={fieldError('code')} onChange={(e) => setForm({ ...form, code: e.target.value })} />
        <SelectField
          label={t('units.parent')}
          value={form.parentId}
          error={fieldError('parentId')}
          onChange={(e) => setForm({ ...form, parentId: e.target.value })}
        >
          <option value="">{t('units.topLevel')}</option>
          {unitOptions(units)
            .filter((o) => !excluded.has(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
        </SelectField>
      </form>
    </Modal>
  );
}
