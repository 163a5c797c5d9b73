import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_CODES, STATE_NAMES } from '../../../domain/org/states';
import { ORG_ROLES, type OrgRole } from '../../../domain/policy/roles';
import { api } from '../../api/client';
import type { Unit, UserDetail, UserSummary } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { LoadError, Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { unitOptions } from '../units/unit-tree';
import { SupervisorPicker } from './SupervisorPicker';

type Form = {
  fullName: string;
  nric: string;
  staffNo: string;
  email: string;
  phone: string;
  position: string;
  grade: string;
  gender: 'L' | 'P';
  unitId: string;
  supervisorId: string;
  dutyState: string;
  roles: OrgRole[];
  language: 'ms-MY' | 'en-GB';
};
const EMPTY: Form = {
  fullName: '',
  nric: '',
  staffNo: '',
  email: '',
  phone: '',
  position: '',
  grade: '',
  gender: 'L',
  unitId: '',
  supervisorId: '',
  dutyState: 'MY-16',
  roles: ['PEGAWAI'],
  language: 'ms-MY',
};

export function UserFormDialog({
  user,
  units,
  onClose,
  onSaved,
}: {
  user: UserSummary | null;
  units: Unit[];
  onClose: () => void;
  onSaved: (r: { name: string; temporaryPassword?: string }) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [loaded, setLoaded] = useState(user === null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [currentSupervisor, setCurrentSupervisor] = useState<{ id: string; fullName: string; staffNo: string } | null>(null);
  const { busy, general, fieldError: err, submitWith } = useApiForm();

  useEffect(() => {
    if (!user) return;
    api<UserDetail>('GET', `/api/users/${user.id}`).then((u) => {
      setForm({
        fullName: u.fullName,
        nric: '',
        staffNo: u.staffNo,
        email: u.email,
        phone: u.phone ?? '',
        position: u.position ?? '',
        grade: u.grade ?? '',
        gender: u.gender ?? 'L',
        unitId: u.unitId ?? '',
        supervisorId: u.supervisorId ?? '',
        dutyState: u.dutyState,
        roles: u.roles.filter((r): r is OrgRole => (ORG_ROLES as readonly string[]).includes(r)),
        language: u.language,
      });
      if (u.supervisorId && u.supervisorName) setCurrentSupervisor({ id: u.supervisorId, fullName: u.supervisorName, staffNo: '' });
      setLoaded(true);
    }, setLoadError);
  }, [user]);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = submitWith(async () => {
    const { nric, ...rest } = form;
    const body = {
      ...rest,
      unitId: form.unitId || null,
      supervisorId: form.supervisorId || null,
      phone: form.phone || null,
      position: form.position || null,
      grade: form.grade || null,
    };
    if (user) {
      await api('PATCH', `/api/users/${user.id}`, body);
      onSaved({ name: form.fullName });
    } else {
      const r = await api<{ temporaryPassword: string }>('POST', '/api/users', { ...body, nric });
      onSaved({ name: form.fullName, temporaryPassword: r.temporaryPassword });
    }
  });

  return (
    <Modal
      open
      title={t(user ? 'users.editTitle' : 'users.createTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="user-form" disabled={busy || !loaded}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      {loadError ? (
        <LoadError error={loadError} />
      ) : !loaded ? (
        <p role="status" className="text-body-sm">
          {t('common.loading')}
        </p>
      ) : (
        <form id="user-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
          {general && (
            <div className="sm:col-span-2">
              <Notice tone="danger">{general}</Notice>
            </div>
          )}
          <div className="sm:col-span-2">
            <TextField label={t('users.fullName')} value={form.fullName} error={err('fullName')} onChange={(e) => set('fullName', e.target.value)} required />
          </div>
          {!user && (
            <TextField
              label={t('users.nric')}
              value={form.nric}
              error={err('nric')}
              hint={t('users.nricHint')}
              inputMode="numeric"
              onChange={(e) => set('nric', e.target.value)}
              required
            />
          )}
          <TextField label={t('users.staffNo')} value={form.staffNo} error={err('staffNo')} onChange={(e) => set('staffNo', e.target.value)} required />
          <TextField label={t('users.email')} type="email" value={form.email} error={err('email')} onChange={(e) => set('email', e.target.value)} required />
          <TextField label={t('users.phone')} type="tel" value={form.phone} error={err('phone')} onChange={(e) => set('phone', e.target.value)} />
          <TextField label={t('users.position')} value={form.position} error={err('position')} onChange={(e) => set('position', e.target.value)} />
          <TextField label={t('users.grade')} value={form.grade} error={err('grade')} onChange={(e) => set('grade', e.target.value)} />
          <SelectField label={t('users.gender')} value={form.gender} error={err('gender')} onChange={(e) => set('gender', e.target.value as 'L' | 'P')}>
            <option value="L">{t('gender.L')}</option>
            <option value="P">{t('gender.P')}</option>
          </SelectField>
          <SelectField label={t('users.dutyState')} value={form.dutyState} error={err('dutyState')} onChange={(e) => set('dutyState', e.target.value)}>
            {STATE_CODES.map((s) => (
              <option key={s} value={s}>
                {STATE_NAMES[s]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('users.unit')} value={form.unitId} error={err('unitId')} onChange={(e) => set('unitId', e.target.value)}>
            <option value="">{t('users.noUnit')}</option>
            {unitOptions(units).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('users.language')} value={form.language} onChange={(e) => set('language', e.target.value as Form['language'])}>
            <option value="ms-MY">{t('lang.msName')}</option>
            <option value="en-GB">{t('lang.enName')}</option>
          </SelectField>
          <SupervisorPicker
            value={form.supervisorId}
            current={currentSupervisor}
            excludeId={user?.id}
            error={err('supervisorId')}
            onChange={(id) => set('supervisorId', id)}
          />
          <fieldset className="sm:col-span-2">
            <legend className="mb-1.5 text-body-sm font-medium text-txt-black-700">{t('users.roles')}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {ORG_ROLES.map((r) => (
                <label key={r} className="flex items-center gap-2 text-body-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary-600"
                    checked={form.roles.includes(r)}
                    onChange={(e) => set('roles', e.target.checked ? [...form.roles, r] : form.roles.filter((x) => x !== r))}
                  />
                  {t(`roles.${r}`)}
                </label>
              ))}
            </div>
            {err('roles') && (
              <p role="alert" className="mt-1 text-body-xs text-txt-danger">
                {err('roles')}
              </p>
            )}
          </fieldset>
        </form>
      )}
    </Modal>
  );
}
