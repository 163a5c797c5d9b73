import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { Notice, PageHeader } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { me, accept } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const { busy, general, fieldError, submitWith } = useApiForm();
  const forced = me?.user.mustChangePassword ?? false;
  const mismatch = form.confirm.length > 0 && form.confirm !== form.newPassword;

  const submit = submitWith(async () => {
    if (mismatch) return;
    accept(await api<Me>('POST', '/api/auth/password', { currentPassword: form.currentPassword, newPassword: form.newPassword }));
    // A client-side navigation: nothing to wait for.
    void navigate('/', { replace: true, state: { notice: 'password.done' } });
  });

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('password.title')} />
      {forced && (
        <div className="mb-4">
          <Notice tone="warning">{t('password.forcedIntro')}</Notice>
        </div>
      )}
      <form className="flex flex-col gap-4" onSubmit={(e) => void submit(e)} noValidate>
        {general && <Notice tone="danger">{general}</Notice>}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          error={fieldError('currentPassword')}
          onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
        />
        <TextField
          label={t('password.new')}
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          hint={t('password.policy')}
          error={fieldError('newPassword')}
          onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
        />
        <TextField
          label={t('password.confirm')}
          type="password"
          autoComplete="new-password"
          value={form.confirm}
          error={mismatch ? t('password.mismatch') : undefined}
          onChange={(e) => setForm({ ...form, confirm: e.target.value })}
        />
        <Button
          type="submit"
          variant="primary-fill"
          className="justify-center"
          disabled={busy || !form.currentPassword || !form.newPassword || mismatch || !form.confirm}
        >
          {busy ? t('common.saving') : t('password.submit')}
        </Button>
        {!forced && (
          <Link to="/profile" className="text-center text-body-sm text-txt-primary underline">
            {t('common.cancel')}
          </Link>
        )}
      </form>
    </div>
  );
}
