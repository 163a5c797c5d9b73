import { Button } from '@govtechmy/myds-react/button';
import { Tag } from '@govtechmy/myds-react/tag';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format/dates';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { api } from '../../api/client';
import type { Agency, Page } from '../../api/types';
import { TextField } from '../../ui/Field';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { errorMessage } from '../../ui/errors';
import { TemporaryPasswordDialog } from '../users/TemporaryPasswordDialog';
import { AgencyFormDialog } from './AgencyFormDialog';

/** Platform admin: the agencies on the service; onboard one with its first admin; activate or deactivate. */
export function AgenciesPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<Agency> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<Agency | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; email: string; password: string } | null>(null);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const seq = ++latest.current;
    setError(null);
    const qs = new URLSearchParams({ page: String(page), pageSize: '20', ...(q.trim() ? { q: q.trim() } : {}) });
    try {
      const next = await api<Page<Agency>>('GET', `/api/platform/organisations?${qs}`);
      if (seq === latest.current) setData(next);
    } catch (err) {
      if (seq === latest.current) setError(err);
    }
  }, [page, q]);
  useEffect(() => {
    const timer = setTimeout(() => void load(), q ? 250 : 0);
    return () => clearTimeout(timer);
  }, [load, q]);

  async function toggle() {
    if (!toggling) return;
    setBusy(true);
    setNotice(null);
    try {
      await api('PATCH', `/api/platform/organisations/${toggling.id}`, { active: !toggling.active });
      setNotice({ tone: 'success', text: t(toggling.active ? 'agencies.deactivated' : 'agencies.activated', { name: toggling.name }) });
      await load();
    } catch (err) {
      setNotice({ tone: 'danger', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
      setToggling(null);
    }
  }

  return (
    <div>
      <PageHeader
        title={t('agencies.title')}
        actions={
          <Button
            variant="primary-fill"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('agencies.new')}
          </Button>
        }
      />
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      <div role="search" className="mb-4 max-w-sm">
        <TextField
          label={t('common.search')}
          type="search"
          placeholder={t('agencies.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.items.length === 0 ? (
        <Notice>{t('agencies.empty')}</Notice>
      ) : (
        <>
          <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200">
            {data.items.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-body-sm">
                <div className="min-w-0">
                  <div className="font-medium">
                    {a.name} <span className="text-body-xs text-txt-black-500">({a.code})</span>
                  </div>
                  <div className="text-body-xs text-txt-black-500">
                    {isStateCode(a.state) ? STATE_NAMES[a.state] : a.state} · {t('agencies.users')}: {a.userCount} · {t('agencies.onboardedOn')}:{' '}
                    {formatDate(a.onboardedOn, i18n.language)}
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  <Tag size="small" mode="pill" dot variant={a.active ? 'success' : 'default'}>
                    {t(a.active ? 'status.ACTIVE' : 'status.INACTIVE')}
                  </Tag>
                  <Button
                    size="small"
                    variant={a.active ? 'danger-outline' : 'primary-outline'}
                    onClick={() => setToggling(a)}
                    aria-label={`${t(a.active ? 'agencies.deactivate' : 'agencies.activate')}: ${a.name}`}
                  >
                    {t(a.active ? 'agencies.deactivate' : 'agencies.activate')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
      {creating && (
        <AgencyFormDialog
          onClose={() => setCreating(false)}
          onCreated={(r) => {
            setCreating(false);
            setCreated(r);
            void load();
          }}
        />
      )}
      <ConfirmDialog
        open={toggling !== null}
        title={t('common.confirm')}
        danger={toggling?.active}
        busy={busy}
        message={toggling ? t(toggling.active ? 'agencies.confirmDeactivate' : 'agencies.confirmActivate', { name: toggling.name }) : ''}
        confirmLabel={toggling ? t(toggling.active ? 'agencies.deactivate' : 'agencies.activate') : ''}
        onConfirm={() => void toggle()}
        onCancel={() => setToggling(null)}
      />
      {created && (
        <TemporaryPasswordDialog
          name={created.email}
          password={created.password}
          intro={t('agencies.created', { name: created.name, email: created.email })}
          onClose={() => setCreated(null)}
        />
      )}
    </div>
  );
}
