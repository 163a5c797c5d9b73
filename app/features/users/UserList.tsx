import { Button } from '@govtechmy/myds-react/button';
import { Dropdown, DropdownContent, DropdownItem, DropdownTrigger } from '@govtechmy/myds-react/dropdown';
import { Tag } from '@govtechmy/myds-react/tag';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types';

export type PendingAction = { kind: 'deactivate' | 'activate' | 'reset'; user: UserSummary };
type Props = {
  users: UserSummary[];
  loading: boolean;
  onEdit: (u: UserSummary) => void;
  onPending: (p: PendingAction) => void;
  onMissingPunch: (u: UserSummary) => void;
  onSites: (u: UserSummary) => void;
};

/**
 * Users as a table from 1024 px and as cards on phones and tablets. A row's actions sit in
 * one menu, so the name, unit, roles and status columns keep their room at any width.
 */
export function UserList({ users, loading, onEdit, onPending, onMissingPunch, onSites }: Props) {
  const { t } = useTranslation();
  const roles = (u: UserSummary) => u.roles.map((r) => t(`roles.${r}`)).join(', ');
  return (
    <div aria-busy={loading} className={loading ? 'opacity-60' : ''}>
      <div className="hidden overflow-hidden rounded-xl border border-otl-gray-200 lg:block">
        <table className="w-full table-fixed text-left text-body-sm" data-testid="user-table">
          <thead className="bg-bg-washed text-body-xs uppercase text-txt-black-500">
            <tr>
              <th scope="col" className="w-[32%] px-3 py-2">
                {t('users.fullName')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('users.unit')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('users.roles')}
              </th>
              <th scope="col" className="w-32 px-3 py-2">
                {t('users.status')}
              </th>
              <th scope="col" className="w-36 px-3 py-2">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-otl-divider align-top">
                <td className="px-3 py-2">
                  <div className="break-words font-medium">{u.fullName}</div>
                  <div className="truncate text-body-xs text-txt-black-500" title={u.email}>
                    {u.email}
                  </div>
                  <div className="text-body-xs text-txt-black-500">
                    {u.staffNo}
                    {u.nricMasked ? ` · ${u.nricMasked}` : ''}
                  </div>
                </td>
                <td className="break-words px-3 py-2">
                  {u.unitName ?? '—'}
                  <div className="text-body-xs text-txt-black-500">{u.position}</div>
                </td>
                <td className="break-words px-3 py-2">{roles(u)}</td>
                <td className="px-3 py-2">
                  <StatusTag status={u.status} />
                </td>
                <td className="px-3 py-2 text-right">
                  <UserActions user={u} onEdit={onEdit} onPending={onPending} onMissingPunch={onMissingPunch} onSites={onSites} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:hidden">
        {users.map((u) => (
          <li key={u.id} className="flex flex-col rounded-xl border border-otl-gray-200 p-4">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <div className="font-medium">{u.fullName}</div>
                <div className="break-all text-body-xs text-txt-black-500">{u.email}</div>
                <div className="text-body-xs text-txt-black-500">
                  {u.staffNo}
                  {u.nricMasked ? ` · ${u.nricMasked}` : ''}
                </div>
                <div className="mt-1 text-body-xs text-txt-black-700">
                  {u.unitName ?? '—'} · {roles(u)}
                </div>
              </div>
              <StatusTag status={u.status} />
            </div>
            <div className="mt-auto pt-3">
              <UserActions user={u} onEdit={onEdit} onPending={onPending} onMissingPunch={onMissingPunch} onSites={onSites} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatusTag({ status }: { status: UserSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag size="small" mode="pill" dot variant={status === 'ACTIVE' ? 'success' : 'default'} className="shrink-0">
      {t(`status.${status}`)}
    </Tag>
  );
}

function UserActions({ user, onEdit, onPending, onMissingPunch, onSites }: Omit<Props, 'users' | 'loading'> & { user: UserSummary }) {
  const { t } = useTranslation();
  const officer = user.roles.includes('PEGAWAI') && user.status === 'ACTIVE';
  return (
    <Dropdown>
      <DropdownTrigger asChild>
        <Button size="small" variant="default-outline" className="whitespace-nowrap" aria-label={`${t('common.actions')}: ${user.fullName}`}>
          {t('common.actions')}
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </Button>
      </DropdownTrigger>
      <DropdownContent align="end" className="min-w-[14rem]">
        <DropdownItem onSelect={() => onEdit(user)}>{t('common.edit')}</DropdownItem>
        {officer && <DropdownItem onSelect={() => onMissingPunch(user)}>{t('users.missingPunch')}</DropdownItem>}
        {officer && <DropdownItem onSelect={() => onSites(user)}>{t('users.sites')}</DropdownItem>}
        <DropdownItem onSelect={() => onPending({ kind: 'reset', user })}>{t('users.resetPassword')}</DropdownItem>
        {user.status === 'ACTIVE' ? (
          <DropdownItem variant="danger" onSelect={() => onPending({ kind: 'deactivate', user })}>
            {t('users.deactivate')}
          </DropdownItem>
        ) : (
          <DropdownItem onSelect={() => onPending({ kind: 'activate', user })}>{t('users.activate')}</DropdownItem>
        )}
      </DropdownContent>
    </Dropdown>
  );
}
