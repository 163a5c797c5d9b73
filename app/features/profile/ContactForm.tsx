import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { useSession } from '../../session/session';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

/**
 * The caller's own phone and email. A new email asks for the current password and takes
 * effect only when the link sent to it is opened; until then the form says where it went.
 */
export function ContactForm() {
  const { t } = useTranslation();
  const { me, accept } = useSession();
  const current = me?.user.email ?? '';
  const [form, setForm] = useState({ phone: me?.user.phone ?? '', email: current, currentPassword: '' });
  const [saved, setSaved] = useState(false);
  const { busy, general, fieldError, submitWith } = useApiForm();
  const emailChanged = form.email.trim().toLowerCase() !== current.toLowerCase();
  const submit = submitWith(async () => {
    setSaved(false);
    const body = emailChanged ? { phone: form.phone || null, email: form.email.trim(), currentPassword: form.currentPassword } : { phone: form.phone || null };
    const next = await api<Me>('PATCH', '/api/me/profile', body);
    accept(next);
    setForm({ phone: next.user.phone ?? '', email: next.user.email, currentPassword: '' });
    setSaved(true);
  });
  return (
    <form className="flex flex-col gap-3 rounded-xl border border-otl-gray-200 p-5" onSubmit={(e) => void submit(e)} noValidate>
      <h2 className="font-heading text-body-md font-semibold">{t('profile.contact')}</h2>
      {general && <Notice tone="danger">{general}</Notice>}
      {saved && <Notice tone="success">{t('profile.contactSaved')}</Notice>}
      {me?.pendingEmail && <Notice tone="info">{t('profile.emailPending', { email: me.pendingEmail })}</Notice>}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField
          label={t('users.phone')}
          type="tel"
          autoComplete="tel"
          value={form.phone}
          onChange={(e) => setForm({ ...form, phone: e.target.value })}
          error={fieldError('phone')}
        />
        <TextField
          label={t('users.email')}
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          error={fieldError('email')}
        />
        {emailChanged && (
          <TextField
            label={t('profile.emailPassword')}
            type="password"
            autoComplete="current-password"
            hint={t('profile.emailPasswordHint')}
            value={form.currentPassword}
            onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
            error={fieldError('currentPassword')}
          />
        )}
      </div>
      <Button type="submit" variant="primary-fill" className="self-start" disabled={busy || (emailChanged && !form.currentPassword)}>
        {busy ? t('common.saving') : t('common.save')}
      </Button>
    </form>
  );
}
