import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_ROLES } from '../../../domain/policy/roles';
import { api } from '../../api/client';
import type { UserSummary } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { errorMessage } from '../../ui/errors';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { useUnits, useUserList, type UserFilter } from './useUsers';

type Pending = { kind: 'deactivate' | 'activate' | 'reset'; user: UserSummary };

export function UsersPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<UserFilter>({ q: '', unitId: '', role: '', status: '', page: 1 });
  const { data, error, loading, reload } = useUserList(filter);
  const { units } = useUnits();
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const set = (patch: Partial<UserFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  async function runPending() {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'reset') {
        const r = await api<{ temporaryPassword: string }>('POST', `/api/users/${pending.user.id}/reset-password`);
        setTemp({ name: pending.user.fullName, password: r.temporaryPassword });
      } else {
        await api('POST', `/api/users/${pending.user.id}/${pending.kind}`);
        setNotice({ tone: 'success', text: t('users.saved') });
      }
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  const confirmText = pending && t(pending.kind === 'deactivate' ? 'users.confirmDeactivate' : pending.kind === 'activate' ? 'users.confirmActivate' : 'users.confirmReset', { name: pending.user.fullName });

  return (
    <div>
      <PageHeader title={t('users.title')} actions={<Button variant="primary-fill" onClick={() => setEditing('new')}>{t('users.new')}</Button>} />
      {notice && <div className="mb-4"><Notice tone={notice.tone}>{notice.text}</Notice></div>}
      <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t('common.search')} type="search" placeholder={t('users.searchPlaceholder')} value={filter.q} onChange={(e) => set({ q: e.target.value })} />
        <SelectField label={t('users.filterUnit')} value={filter.unitId} onChange={(e) => set({ unitId: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </SelectField>
        <SelectField label={t('users.filterRole')} value={filter.role} onChange={(e) => set({ role: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {ORG_ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </SelectField>
        <SelectField label={t('users.filterStatus')} value={filter.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('common.all')}</option>
          <option value="ACTIVE">{t('status.ACTIVE')}</option>
          <option value="INACTIVE">{t('status.INACTIVE')}</option>
        </SelectField>
      </div>
      {error ? (
        <Notice tone="danger">{errorMessage(error, t)} <button type="button" className="underline" onClick={() => void reload()}>{t('common.retry')}</button></Notice>
      ) : !data && loading ? (
        <Spinner label={t('common.loading')} />
      ) : data && data.items.length === 0 ? (
        <Notice>{t('users.empty')}</Notice>
      ) : data ? (
        <>
          <div className={`hidden overflow-hidden rounded-xl border border-otl-gray-200 md:block ${loading ? 'opacity-60' : ''}`} aria-busy={loading}>
            <table className="w-full table-fixed text-left text-body-sm">
              <thead className="bg-bg-washed text-body-xs uppercase text-txt-black-500">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('users.fullName')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.unit')}</th>
                  <th scope="col" className="hidden px-3 py-2 lg:table-cell">{t('users.roles')}</th>
                  <th scope="col" className="w-24 px-3 py-2">{t('users.status')}</th>
                  <th scope="col" className="w-32 px-3 py-2 lg:w-[22rem]"><span className="sr-only">{t('common.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((u) => (
                  <tr key={u.id} className="border-t border-otl-divider align-top">
                    <td className="px-3 py-2">
                      <div className="truncate font-medium">{u.fullName}</div>
                      <div className="truncate text-body-xs text-txt-black-500">{u.email} · {u.staffNo}</div>
                      <div className="text-body-xs text-txt-black-500">{u.nricMasked}</div>
                    </td>
                    <td className="px-3 py-2">{u.unitName ?? '—'}<div className="text-body-xs text-txt-black-500">{u.position}</div></td>
                    <td className="hidden px-3 py-2 lg:table-cell">{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
                    <td className="px-3 py-2">
                      <StatusPill status={u.status} />
                    </td>
                    <td className="px-3 py-2">
                      <UserActions user={u} onEdit={setEditing} onPending={setPending} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className={`flex flex-col gap-3 md:hidden ${loading ? 'opacity-60' : ''}`} aria-busy={loading}>
            {data.items.map((u) => (
              <li key={u.id} className="rounded-xl border border-otl-gray-200 p-4">
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <div className="font-medium">{u.fullName}</div>
                    <div className="break-all text-body-xs text-txt-black-500">{u.email}</div>
                    <div className="text-body-xs text-txt-black-500">{u.staffNo} · {u.nricMasked}</div>
                    <div className="mt-1 text-body-xs text-txt-black-700">{u.unitName ?? '—'} · {u.roles.map((r) => t(`roles.${r}`)).join(', ')}</div>
                  </div>
                  <StatusPill status={u.status} />
                </div>
                <div className="mt-3"><UserActions user={u} onEdit={setEditing} onPending={setPending} /></div>
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => setFilter((f) => ({ ...f, page }))} />
        </>
      ) : null}
      {editing && (
        <UserFormDialog
          user={editing === 'new' ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={(result) => {
            setEditing(null);
            if (result.temporaryPassword) setTemp({ name: result.name, password: result.temporaryPassword });
            else setNotice({ tone: 'success', text: t('users.saved') });
            void reload();
          }}
        />
      )}
      <ConfirmDialog open={pending !== null} title={t('common.confirm')} message={confirmText ?? ''} busy={busy}
        confirmLabel={pending ? t(pending.kind === 'deactivate' ? 'users.deactivate' : pending.kind === 'activate' ? 'users.activate' : 'users.resetPassword') : ''}
        danger={pending?.kind === 'deactivate'} onConfirm={() => void runPending()} onCancel={() => setPending(null)} />
      {temp && <TemporaryPasswordDialog name={temp.name} password={temp.password} onClose={() => setTemp(null)} />}
    </div>
  );
}

function StatusPill({ status }: { status: UserSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`shrink-0 rounded-full px-2 py-0.5 text-body-xs font-semibold ${status === 'ACTIVE' ? 'bg-bg-success-50 text-txt-success' : 'bg-bg-washed text-txt-black-500'}`}>{t(`status.${status}`)}</span>;
}

function UserActions({ user, onEdit, onPending }: { user: UserSummary; onEdit: (u: UserSummary) => void; onPending: (p: Pending) => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap gap-1 lg:justify-end">
      <Button size="small" variant="default-outline" onClick={() => onEdit(user)} aria-label={`${t('common.edit')}: ${user.fullName}`}>{t('common.edit')}</Button>
      <Button size="small" variant="default-outline" onClick={() => onPending({ kind: 'reset', user })}>{t('users.resetPassword')}</Button>
      {user.status === 'ACTIVE'
        ? <Button size="small" variant="danger-outline" onClick={() => onPending({ kind: 'deactivate', user })}>{t('users.deactivate')}</Button>
        : <Button size="small" variant="primary-outline" onClick={() => onPending({ kind: 'activate', user })}>{t('users.activate')}</Button>}
    </div>
  );
}
