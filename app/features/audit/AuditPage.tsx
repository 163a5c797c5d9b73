import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuditRow, Page } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { useFormat } from '../../ui/useFormat';
import { auditActionGroups, auditActionKey, auditChanges, cardRecount, type CardCount } from './audit-changes';
import { PersonFilter } from './PersonFilter';

type Filter = { action: string; from: string; to: string; personId: string };
const NO_FILTER: Filter = { action: '', from: '', to: '', personId: '' };

/** Who did what, to whom and when: every action in words, filtered by action, dates and person. */
export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [data, setData] = useState<Page<AuditRow> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    const given = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== ''));
    const qs = new URLSearchParams({ page: String(page), pageSize: '25', ...given });
    return api<Page<AuditRow>>('GET', `/api/audit?${qs}`).then(setData, setError);
  }, [page, filter]);
  useEffect(() => {
    void load();
  }, [load]);
  const set = (patch: Partial<Filter>) => {
    setFilter((x) => ({ ...x, ...patch }));
    setPage(1);
  };
  const label = (a: string) => t(auditActionKey(a), { defaultValue: a });
  // No name: a platform admin (a user outside the organisation), or the system itself.
  const actor = (r: AuditRow) => r.actorName ?? t(r.actorId ? 'audit.outsider' : 'audit.system');
  const target = (r: AuditRow) => {
    const kind = t(`audit.entities.${r.entityType}`, { defaultValue: r.entityType });
    return r.targetName ? `${kind}: ${r.targetName}` : kind;
  };

  return (
    <div>
      <PageHeader title={t('audit.title')} />
      <div role="search" aria-label={t('audit.filters')} className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label={t('audit.filterAction')} value={filter.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {auditActionGroups().map((g) => (
            <optgroup key={g.group} label={t(`audit.groups.${g.group}`)}>
              {g.actions.map((a) => (
                <option key={a} value={a}>
                  {label(a)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField label={t('audit.from')} type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        <TextField label={t('audit.to')} type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        <PersonFilter value={filter.personId} onChange={(personId) => set({ personId })} />
      </div>
      {filter !== NO_FILTER && (
        <Button
          size="small"
          variant="default-outline"
          className="mb-4"
          onClick={() => {
            setFilter(NO_FILTER);
            setPage(1);
          }}
        >
          {t('audit.clear')}
        </Button>
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void load()} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.items.length === 0 ? (
        <Notice>{t('audit.empty')}</Notice>
      ) : (
        <>
          {/* A plain table: MYDS's TableCell sets role="gridcell" on cells of a non-grid table, which screen readers and axe reject. */}
          <div className="hidden overflow-hidden rounded-xl border border-otl-gray-200 md:block">
            <table className="w-full table-fixed text-left text-body-sm" data-testid="audit-table">
              <thead className="bg-bg-washed text-body-xs uppercase text-txt-black-500">
                <tr>
                  <th scope="col" className="w-44 px-3 py-2">
                    {t('audit.at')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('audit.action')}
                  </th>
                  <th scope="col" className="w-48 px-3 py-2">
                    {t('audit.actor')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('audit.changes')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id} className="border-t border-otl-divider align-top">
                    <td className="px-3 py-2">
                      {f.dateTime(r.at)}
                      <div className="text-body-xs text-txt-black-500">{r.ip}</div>
                    </td>
                    <td className="break-words px-3 py-2">
                      {label(r.action)}
                      <div className="text-body-xs text-txt-black-500">{target(r)}</div>
                    </td>
                    <td className="break-words px-3 py-2">{actor(r)}</td>
                    <td className="min-w-0 px-3 py-2">
                      <Changes row={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200 text-body-sm md:hidden">
            {data.items.map((r) => (
              <li key={r.id} className="flex flex-col gap-0.5 px-4 py-3">
                <span className="font-medium">{label(r.action)}</span>
                <span>{target(r)}</span>
                <span className="text-body-xs text-txt-black-700">{actor(r)}</span>
                <span className="text-body-xs text-txt-black-500">
                  {f.dateTime(r.at)}
                  {r.ip ? ` · ${r.ip}` : ''}
                </span>
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
  if (row.action === 'card.recounted') return <CardRecountChanges row={row} />;
  const changes = auditChanges(row.before, row.after);
  if (changes.length === 0) return null;
  return (
    <details className="text-body-xs">
      <summary className="cursor-pointer text-txt-primary">
        {t('audit.changes')} ({changes.length})
      </summary>
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

/** A card counted again: "Oktober 2026: Merah, hari kesalahan: 2 → Hijau, hari kesalahan: 2", after the day that changed. */
function CardRecountChanges({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const f = useFormat();
  const r = cardRecount(row.before, row.after);
  const shown = (c: CardCount | null) => (c ? t('audit.cardCount', { card: t(`att.card.${c.card}`), count: c.offenceDays }) : '—');
  return (
    <details className="text-body-xs" data-testid="card-recount">
      <summary className="cursor-pointer text-txt-primary">
        {t('audit.changes')} ({r.months.length})
      </summary>
      <dl className="mt-1 flex flex-col gap-1 rounded bg-bg-washed p-2">
        {r.date && (
          <div>
            <dt className="inline font-semibold">{t('audit.cardDay')}: </dt>
            <dd className="inline">{f.date(r.date)}</dd>
          </div>
        )}
        {r.months.map((m) => (
          <div key={m.month} className="min-w-0 break-words">
            <dt className="inline font-semibold">{f.month(m.month)}: </dt>
            <dd className="inline">
              {shown(m.before)} → {shown(m.after)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
