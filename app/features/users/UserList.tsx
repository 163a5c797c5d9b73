import { Button } from '@govtechmy/myds-react/button';
import { Tag } from '@govtechmy/myds-react/tag';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types';

export type PendingAction = { kind: 'deactivate' | 'activate' | 'reset'; user: UserSummary };
type Props = { users: UserSummary[]; loading: boolean; onEdit: (u: UserSummary) => void; onPending: (p: PendingAction) => void; onMissingPunch: (u: UserSummary) => void; onSites: (u: UserSummary) => void };

/** Users as a table on wide screens (xl) and as cards on phones, tablets and small laptops. */
export function UserList({ users, loading, onEdit, onPending, onMissingPunch, onSites }: Props) {
  const { t } = useTranslation();
  const roles = (u: UserSummary) => u.roles.map((r) => t(`roles.${r}`)).join(', ');
  return (
    <div aria-busy={loading} className={loading ? 'opacity-60' : ''}>
      <div className="hidden overflow-hidden rounded-xl border border-otl-gray-200 xl:block">
        <table className="w-full table-fixed text-left text-body-sm">
          <thead className="bg-bg-washed text-body-xs uppercase text-txt-black-500">
            <tr>
              <th scope="col" className="px-3 py-2">{t('users.fullName')}</th>
              <th scope="col" className="px-3 py-2">{t('users.unit')}</th>
              <th scope="col" className="px-3 py-2">{t('users.roles')}</th>
              <th scope="col" className="w-28 px-3 py-2">{t('users.status')}</th>
              <th scope="col" className="w-[25.5rem] px-3 py-2"><span className="sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-otl-divider align-top">
                <td className="px-3 py-2">
                  <div className="break-words font-medium">{u.fullName}</div>
                  <div className="truncate text-body-xs text-txt-black-500" title={u.email}>{u.email}</div>
                  <div className="text-body-xs text-txt-black-500">{u.staffNo}{u.nricMasked ? ` · ${u.nricMasked}` : ''}</div>
                </td>
                <td className="px-3 py-2">{u.unitName ?? '—'}<div className="text-body-xs text-txt-black-500">{u.position}</div></td>
                <td className="px-3 py-2">{roles(u)}</td>
                <td className="px-3 py-2"><StatusTag status={u.status} /></td>
                <td className="px-3 py-2"><UserActions user={u} onEdit={onEdit} onPending={onPending} onMissingPunch={onMissingPunch} onSites={onSites} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:grid-cols-3 xl:hidden">
        {users.map((u) => (
          <li key={u.id} className="flex flex-col rounded-xl border border-otl-gray-200 p-4">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <div className="font-medium">{u.fullName}</div>
                <div className="break-all text-body-xs text-txt-black-500">{u.email}</div>
                <div className="text-body-xs text-txt-black-500">{u.staffNo}{u.nricMasked ? ` · ${u.nricMasked}` : ''}</div>
                <div className="mt-1 text-body-xs text-txt-black-700">{u.unitName ?? '—'} · {roles(u)}</div>
              </div>
              <StatusTag status={u.status} />
            </div>
            <div className="mt-auto pt-3"><UserActions user={u} onEdit={onEdit} onPending={onPending} onMissingPunch={onMissingPunch} onSites={onSites} /></div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatusTag({ status }: { status: UserSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag size="small" mode="pill" dot variant={status === 'ACTIVE' ? 'success' : 'default'} className="shrink-0">{t(`status.${status}`)}</Tag>;
}

function UserActions({ user, onEdit, onPending, onMissingPunch, onSites }: Omit<Props, 'users' | 'loading'> & { user: UserSummary }) {
  const { t } = useTranslation();
  const about = (label: string) => `${label}: ${user.fullName}`;
  return (
    <div className="flex flex-wrap gap-1.5 xl:flex-nowrap xl:justify-end [&>button]:whitespace-nowrap">
      <Button size="small" variant="default-outline" onClick={() => onEdit(user)} aria-label={about(t('common.edit'))}>{t('common.edit')}</Button>
      {user.roles.includes('PEGAWAI') && user.status === 'ACTIVE' && (
        <>
          <Button size="small" variant="default-outline" onClick={() => onMissingPunch(user)} aria-label={about(t('users.missingPunch'))}>{t('users.missingPunch')}</Button>
          <Button size="small" variant="default-outline" onClick={() => onSites(user)} aria-label={about(t('users.sites'))}>{t('users.sites')}</Button>
        </>
      )}
      <Button size="small" variant="default-outline" onClick={() => onPending({ kind: 'reset', user })} aria-label={about(t('users.resetPassword'))}>{t('users.resetPassword')}</Button>
      {user.status === 'ACTIVE'
        ? <Button size="small" variant="danger-outline" onClick={() => onPending({ kind: 'deactivate', user })} aria-label={about(t('users.deactivate'))}>{t('users.deactivate')}</Button>
        : <Button size="small" variant="primary-outline" onClick={() => onPending({ kind: 'activate', user })} aria-label={about(t('users.activate'))}>{t('users.activate')}</Button>}
    </div>
  );
}
