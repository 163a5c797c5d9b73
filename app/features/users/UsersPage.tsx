import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_ROLES } from '../../../domain/policy/roles';
import { api } from '../../api/client';
import type { UserSummary } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { errorMessage } from '../../ui/errors';
import { unitOptions } from '../units/unit-tree';
import { useUnits } from '../units/useUnits';
import { AllowedSitesDialog } from './AllowedSitesDialog';
import { MissingPunchDialog } from './MissingPunchDialog';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { UserList, type PendingAction } from './UserList';
import { useUserList, type UserFilter } from './useUsers';

const CONFIRM = {
  deactivate: { message: 'users.confirmDeactivate', button: 'users.deactivate', done: 'users.deactivated' },
  activate: { message: 'users.confirmActivate', button: 'users.activate', done: 'users.activated' },
  reset: { message: 'users.confirmReset', button: 'users.resetPassword', done: '' },
} as const;

/** Organisation admin: search and filter users, add, edit, deactivate/activate, reset passwords. */
export function UsersPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<UserFilter>({ q: '', unitId: '', role: '', status: '', page: 1 });
  const { data, error, loading, reload } = useUserList(filter);
  const { units } = useUnits();
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);
  const [missing, setMissing] = useState<UserSummary | null>(null);
  const [sitesOf, setSitesOf] = useState<UserSummary | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const set = (patch: Partial<UserFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  async function runPending() {
    if (!pending) return;
    const { kind, user } = pending;
    setBusy(true);
    setNotice(null);
    try {
      if (kind === 'reset') {
        const r = await api<{ temporaryPassword: string }>('POST', `/api/users/${user.id}/reset-password`);
        setTemp({ name: user.fullName, password: r.temporaryPassword });
      } else {
        await api('POST', `/api/users/${user.id}/${kind}`);
        setNotice({ tone: 'success', text: t(CONFIRM[kind].done, { name: user.fullName }) });
      }
      await reload();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button variant="primary-fill" onClick={() => setEditing('new')}>
            {t('users.new')}
          </Button>
        }
      />
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      <div role="search" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label={t('common.search')}
          type="search"
          placeholder={t('users.searchPlaceholder')}
          value={filter.q}
          onChange={(e) => set({ q: e.target.value })}
        />
        <SelectField label={t('users.filterUnit')} value={filter.unitId} onChange={(e) => set({ unitId: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {unitOptions(units ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('users.filterRole')} value={filter.role} onChange={(e) => set({ role: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {ORG_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('users.filterStatus')} value={filter.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('common.all')}</option>
          <option value="ACTIVE">{t('status.ACTIVE')}</option>
          <option value="INACTIVE">{t('status.INACTIVE')}</option>
        </SelectField>
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void reload()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.items.length === 0 ? (
        <Notice>{t('users.empty')}</Notice>
      ) : (
        <>
          <UserList users={data.items} loading={loading} onEdit={setEditing} onPending={setPending} onMissingPunch={setMissing} onSites={setSitesOf} />
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => setFilter((f) => ({ ...f, page }))} />
        </>
      )}
      {editing && (
        <UserFormDialog
          user={editing === 'new' ? null : editing}
          units={units ?? []}
          onClose={() => setEditing(null)}
          onSaved={(result) => {
            setEditing(null);
            if (result.temporaryPassword) setTemp({ name: result.name, password: result.temporaryPassword });
            setNotice({ tone: 'success', text: t(result.temporaryPassword ? 'users.created' : 'users.saved', { name: result.name }) });
            void reload();
          }}
        />
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('common.confirm')}
        busy={busy}
        danger={pending?.kind === 'deactivate'}
        message={pending ? t(CONFIRM[pending.kind].message, { name: pending.user.fullName }) : ''}
        confirmLabel={pending ? t(CONFIRM[pending.kind].button) : ''}
        onConfirm={() => void runPending()}
        onCancel={() => setPending(null)}
      />
      {sitesOf && (
        <AllowedSitesDialog
          user={sitesOf}
          onClose={() => setSitesOf(null)}
          onSaved={() => {
            setNotice({ tone: 'success', text: t('users.sitesSaved', { name: sitesOf.fullName }) });
            setSitesOf(null);
          }}
        />
      )}
      {missing && <MissingPunchDialog user={missing} onClose={() => setMissing(null)} />}
      {temp && <TemporaryPasswordDialog name={temp.name} password={temp.password} onClose={() => setTemp(null)} />}
    </div>
  );
}
