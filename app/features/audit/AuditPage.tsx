import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuditRow, Page } from '../../api/types';
import { SelectField } from '../../ui/Field';
import { Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { errorMessage } from '../../ui/errors';

const ACTIONS = ['auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_changed', 'user.created', 'user.updated', 'user.deactivated', 'user.activated',
  'user.password_reset', 'user.preferences', 'unit.created', 'unit.updated', 'unit.deleted', 'organisation.updated'];

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const [data, setData] = useState<Page<AuditRow> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const qs = new URLSearchParams({ page: String(page), pageSize: '25', ...(action ? { action } : {}) });
    api<Page<AuditRow>>('GET', `/api/audit?${qs}`).then(setData, setError);
  }, [page, action]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Kuala_Lumpur' });
  const show = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
  return (
    <div>
      <PageHeader title={t('audit.title')} />
      <div className="mb-4 max-w-xs">
        <SelectField label={t('audit.filterAction')} value={action} onChange={(e) => { setAction(e.target.value); setPage(1); }}>
          <option value="">{t('common.all')}</option>
          {ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
        </SelectField>
      </div>
      {error ? <Notice tone="danger">{errorMessage(error, t)}</Notice> : !data ? <Spinner label={t('common.loading')} /> : data.items.length === 0 ? <Notice>{t('audit.empty')}</Notice> : (
        <>
          <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200 text-body-sm">
            {data.items.map((r) => (
              <li key={r.id} className="grid grid-cols-1 gap-1 px-4 py-3 md:grid-cols-[12rem_1fr]">
                <div className="text-body-xs text-txt-black-500">{fmt.format(new Date(r.at))}<div>{r.ip}</div></div>
                <div className="min-w-0">
                  <span className="font-mono text-body-xs font-semibold text-txt-primary">{r.action}</span>
                  <span className="ml-2">{r.actorName ?? '—'}</span>
                  <span className="ml-2 text-body-xs text-txt-black-500">{r.entityType}{r.entityId ? ` ${r.entityId.slice(0, 8)}` : ''}</span>
                  {(r.before !== null || r.after !== null) && (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-body-xs text-txt-black-500">{t('audit.changes')}</summary>
                      <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-bg-washed p-2 text-body-xs">{show(r.before)}{r.before !== null && r.after !== null ? '\n→ ' : ''}{show(r.after)}</pre>
                    </details>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
