import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuditRow, Page } from '../../api/types';
import { SelectField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { AUDIT_ACTIONS, auditActionKey, auditChanges } from './audit-changes';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const [data, setData] = useState<Page<AuditRow> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    const qs = new URLSearchParams({ page: String(page), pageSize: '25', ...(action ? { action } : {}) });
    return api<Page<AuditRow>>('GET', `/api/audit?${qs}`).then(setData, setError);
  }, [page, action]);
  useEffect(() => {
    void load();
  }, [load]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Kuala_Lumpur' });
  const label = (a: string) => t(auditActionKey(a), { defaultValue: a });
  // No name: a platform admin (a user outside the organisation), or the system itself.
  const actor = (r: AuditRow) => r.actorName ?? t(r.actorId ? 'audit.outsider' : 'audit.system');
  const entity = (r: AuditRow) => `${r.entityType}${r.entityId ? ` ${r.entityId.slice(0, 8)}` : ''}`;

  return (
    <div>
      <PageHeader title={t('audit.title')} />
      <div className="mb-4 max-w-xs">
        <SelectField label={t('audit.filterAction')} value={action} onChange={(e) => { setAction(e.target.value); setPage(1); }}>
          <option value="">{t('common.all')}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{label(a)}</option>)}
        </SelectField>
      </div>
      {error ? <LoadError error={error} onRetry={() => void load()} /> : !data ? <Spinner label={t('common.loading')} /> : data.items.length === 0 ? <Notice>{t('audit.empty')}</Notice> : (
        <>
          {/* A plain table: MYDS's TableCell sets role="gridcell" on cells of a non-grid table, which screen readers and axe reject. */}
          <div className="hidden overflow-hidden rounded-xl border border-otl-gray-200 md:block">
            <table className="w-full table-fixed text-left text-body-sm">
              <thead className="bg-bg-washed text-body-xs uppercase text-txt-black-500">
                <tr>
                  <th scope="col" className="w-52 px-3 py-2">{t('audit.at')}</th>
                  <th scope="col" className="w-56 px-3 py-2">{t('audit.action')}</th>
                  <th scope="col" className="w-52 px-3 py-2">{t('audit.actor')}</th>
                  <th scope="col" className="px-3 py-2">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id} className="border-t border-otl-divider align-top">
                    <td className="px-3 py-2">{fmt.format(new Date(r.at))}<div className="text-body-xs text-txt-black-500">{r.ip}</div></td>
                    <td className="px-3 py-2">{label(r.action)}<div className="text-body-xs text-txt-black-500">{entity(r)}</div></td>
                    <td className="break-words px-3 py-2">{actor(r)}</td>
                    <td className="min-w-0 px-3 py-2"><Changes row={r} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200 text-body-sm md:hidden">
            {data.items.map((r) => (
              <li key={r.id} className="flex flex-col gap-0.5 px-4 py-3">
                <span className="font-medium">{label(r.action)}</span>
                <span>{actor(r)}</span>
                <span className="text-body-xs text-txt-black-500">{fmt.format(new Date(r.at))}{r.ip ? ` · ${r.ip}` : ''} · {entity(r)}</span>
                <Changes row={r} />
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}

function Changes({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const changes = auditChanges(row.before, row.after);
  if (changes.length === 0) return null;
  return (
    <details className="text-body-xs">
      <summary className="cursor-pointer text-txt-primary">{t('audit.changes')} ({changes.length})</summary>
      <dl className="mt-1 flex flex-col gap-1 rounded bg-bg-washed p-2">
        {changes.map((c) => (
          <div key={c.key} className="min-w-0 break-words">
            {c.key && <dt className="inline font-mono font-semibold">{c.key}: </dt>}
            <dd className="inline">{row.before !== null && row.after !== null ? `${c.before} → ${c.after}` : row.after !== null ? c.after : c.before}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
