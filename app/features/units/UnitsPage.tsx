import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Unit } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { ConfirmDialog, Modal } from '../../ui/Modal';
import { Notice, PageHeader } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { useApiForm } from '../../ui/useApiForm';
import { useUnits } from '../users/useUsers';
import { buildUnitTree, flattenTree, subtreeIds, unitOptions } from './unit-tree';

export function UnitsPage() {
  const { t } = useTranslation();
  const { units, reload } = useUnits();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const rows = flattenTree(buildUnitTree(units));

  async function remove() {
    if (!deleting) return;
    try {
      await api('DELETE', `/api/units/${deleting.id}`);
      await reload();
      setNotice(null);
    } catch (err) {
      setNotice({ tone: 'danger', text: err instanceof ApiError && err.code === 'UNIT_NOT_EMPTY' ? t('units.notEmpty') : errorMessage(err, t) });
    } finally {
      setDeleting(null);
    }
  }

  return (
    <div className="max-w-3xl">
      <PageHeader title={t('units.title')} actions={<Button variant="primary-fill" onClick={() => setEditing('new')}>{t('units.new')}</Button>} />
      {notice && <div className="mb-4"><Notice tone={notice.tone}>{notice.text}</Notice></div>}
      {rows.length === 0 ? <Notice>{t('units.empty')}</Notice> : (
        <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200">
          {rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" style={{ paddingLeft: `${1 + u.depth * 1.5}rem` }}>
              <div>
                <span className="font-medium">{u.name}</span>
                {u.code && <span className="ml-2 text-body-xs text-txt-black-500">{u.code}</span>}
                <div className="text-body-xs text-txt-black-500">{t('units.users', { count: u.userCount })}</div>
              </div>
              <div className="flex gap-2">
                <Button size="small" variant="default-outline" onClick={() => setEditing(u)}>{t('common.edit')}</Button>
                <Button size="small" variant="danger-outline" onClick={() => setDeleting(u)}>{t('common.delete')}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && <UnitForm unit={editing === 'new' ? null : editing} units={units} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void reload(); }} />}
      <ConfirmDialog open={deleting !== null} title={t('common.confirm')} message={deleting ? t('units.confirmDelete', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')} danger onConfirm={() => void remove()} onCancel={() => setDeleting(null)} />
    </div>
  );
}

function UnitForm({ unit, units, onClose, onSaved }: { unit: Unit | null; units: Unit[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: unit?.name ?? '', code: unit?.code ?? '', parentId: unit?.parentId ?? '' });
  const { general, fieldError, submitWith } = useApiForm();
  const excluded = unit ? subtreeIds(units, unit.id) : new Set<string>();
  const submit = submitWith(async () => {
    const body = { name: form.name, code: form.code || null, parentId: form.parentId || null };
    await api(unit ? 'PATCH' : 'POST', unit ? `/api/units/${unit.id}` : '/api/units', body);
    onSaved();
  });

  return (
    <Modal open title={t(unit ? 'units.editTitle' : 'units.createTitle')} onClose={onClose} footer={
      <>
        <Button variant="default-outline" onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary-fill" type="submit" form="unit-form">{t('common.save')}</Button>
      </>
    }>
      <form id="unit-form" className="flex flex-col gap-4" onSubmit={(e) => void submit(e)} noValidate>
        {general && <Notice tone="danger">{general}</Notice>}
        <TextField label={t('units.name')} value={form.name} error={fieldError('name')} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        <TextField label={t('units.code')} value={form.code} error={fieldError('code')} onChange={(e) => setForm({ ...form, code: e.target.value })} />
        <SelectField label={t('units.parent')} value={form.parentId} error={fieldError('parentId')} onChange={(e) => setForm({ ...form, parentId: e.target.value })}>
          <option value="">{t('units.topLevel')}</option>
          {unitOptions(units).filter((o) => !excluded.has(o.id)).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </SelectField>
      </form>
    </Modal>
  );
}
