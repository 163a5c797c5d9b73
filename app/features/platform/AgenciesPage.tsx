import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { api } from '../../api/client';
import type { Agency, Page } from '../../api/types';
import { TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { errorMessage } from '../../ui/errors';
import { TemporaryPasswordDialog } from '../users/TemporaryPasswordDialog';
import { AgencyFormDialog } from './AgencyFormDialog';

export function AgenciesPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<Agency> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<Agency | null>(null);
  const [created, setCreated] = useState<{ name: string; email: string; password: string } | null>(null);
  const load = useCallback(() => {
    const qs = new URLSearchParams({ page: String(page), pageSize: '20', ...(q ? { q } : {}) });
    return api<Page<Agency>>('GET', `/api/platform/organisations?${qs}`).then(setData, setError);
  }, [page, q]);
  useEffect(() => {
    void load();
  }, [load]);

  async function toggle() {
    if (!toggling) return;
    try {
      await api('PATCH', `/api/platform/organisations/${toggling.id}`, { active: !toggling.active });
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setToggling(null);
    }
  }

  return (
    <div>
      <PageHeader title={t('agencies.title')} actions={<Button variant="primary-fill" onClick={() => setCreating(true)}>{t('agencies.new')}</Button>} />
      <div className="mb-4 max-w-sm"><TextField label={t('common.search')} type="search" value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></div>
      {error ? <Notice tone="danger">{errorMessage(error, t)}</Notice> : null}
      {!data ? <Spinner label={t('common.loading')} /> : data.items.length === 0 ? <Notice>{t('agencies.empty')}</Notice> : (
        <>
          <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200">
            {data.items.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-body-sm">
                <div>
                  <div className="font-medium">{a.name} <span className="text-body-xs text-txt-black-500">({a.code})</span></div>
                  <div className="text-body-xs text-txt-black-500">
                    {isStateCode(a.state) ? STATE_NAMES[a.state] : a.state} · {t('agencies.users')}: {a.userCount} · {t('agencies.onboardedOn')}: {a.onboardedOn}
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  <span className={`rounded-full px-2 py-0.5 text-body-xs font-semibold ${a.active ? 'bg-bg-success-50 text-txt-success' : 'bg-bg-washed text-txt-black-500'}`}>{t(a.active ? 'status.ACTIVE' : 'status.INACTIVE')}</span>
                  <Button size="small" variant={a.active ? 'danger-outline' : 'primary-outline'} onClick={() => setToggling(a)}>{t(a.active ? 'agencies.deactivate' : 'agencies.activate')}</Button>
                </div>
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
      {creating && <AgencyFormDialog onClose={() => setCreating(false)} onCreated={(r) => { setCreating(false); setCreated(r); void load(); }} />}
      <ConfirmDialog open={toggling !== null} title={t('common.confirm')} danger={toggling?.active}
        message={toggling ? t(toggling.active ? 'agencies.confirmDeactivate' : 'agencies.confirmActivate', { name: toggling.name }) : ''}
        confirmLabel={toggling ? t(toggling.active ? 'agencies.deactivate' : 'agencies.activate') : ''} onConfirm={() => void toggle()} onCancel={() => setToggling(null)} />
      {created && <TemporaryPasswordDialog name={created.email} password={created.password} intro={t('agencies.created', { name: created.name, email: created.email })} onClose={() => setCreated(null)} />}
    </div>
  );
}
