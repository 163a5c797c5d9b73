import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_CODES, STATE_NAMES } from '../../../domain/org/states';
import { api } from '../../api/client';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

export function AgencyFormDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (r: { name: string; email: string; password: string }) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    name: '',
    code: '',
    state: 'MY-14',
    timeZone: 'Asia/Kuala_Lumpur',
    fullName: '',
    email: '',
    nric: '',
    staffNo: '',
    gender: 'L' as 'L' | 'P',
  });
  const { busy, general, fieldError: err, submitWith } = useApiForm();
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));

  const submit = submitWith(async () => {
    const r = await api<{ temporaryPassword: string; admin: { email: string } }>('POST', '/api/platform/organisations', {
      name: f.name,
      code: f.code,
      state: f.state,
      timeZone: f.timeZone,
      admin: { fullName: f.fullName, email: f.email, nric: f.nric, staffNo: f.staffNo, gender: f.gender },
    });
    onCreated({ name: f.name, email: r.admin.email, password: r.temporaryPassword });
  });
  return (
    <Modal
      open
      title={t('agencies.new')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="agency-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="agency-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField label={t('agencies.name')} value={f.name} error={err('name')} onChange={(e) => set('name', e.target.value)} />
        </div>
        <TextField label={t('agencies.code')} value={f.code} hint={t('agencies.codeHint')} error={err('code')} onChange={(e) => set('code', e.target.value)} />
        <SelectField label={t('agencies.state')} value={f.state} error={err('state')} onChange={(e) => set('state', e.target.value)}>
          {STATE_CODES.map((s) => (
            <option key={s} value={s}>
              {STATE_NAMES[s]}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField label={t('agencies.timeZone')} value={f.timeZone} error={err('timeZone')} onChange={(e) => set('timeZone', e.target.value)} />
        </div>
        <h3 className="font-heading text-body-md font-semibold sm:col-span-2">{t('agencies.admin')}</h3>
        <div className="sm:col-span-2">
          <TextField label={t('users.fullName')} value={f.fullName} error={err('admin.fullName')} onChange={(e) => set('fullName', e.target.value)} />
        </div>
        <TextField label={t('users.email')} type="email" value={f.email} error={err('admin.email')} onChange={(e) => set('email', e.target.value)} />
        <TextField label={t('users.nric')} value={f.nric} hint={t('users.nricHint')} error={err('admin.nric')} onChange={(e) => set('nric', e.target.value)} />
        <TextField label={t('users.staffNo')} value={f.staffNo} error={err('admin.staffNo')} onChange={(e) => set('staffNo', e.target.value)} />
        <SelectField label={t('users.gender')} value={f.gender} onChange={(e) => set('gender', e.target.value)}>
          <option value="L">{t('gender.L')}</option>
          <option value="P">{t('gender.P')}</option>
        </SelectField>
      </form>
    </Modal>
  );
}
