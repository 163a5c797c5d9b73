import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Unit } from '../../api/types';
import { ConfirmDialog } from '../../ui/Modal';
import { LoadError, Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { UnitFormDialog } from './UnitFormDialog';
import { buildUnitTree, flattenTree } from './unit-tree';
import { useUnits } from './useUnits';

type Message = { tone: 'success' | 'danger'; text: string };

/** The organisation's units as an indented tree: add, rename, move (parent) and delete. */
export function UnitsPage() {
  const { t } = useTranslation();
  const { units, error, reload } = useUnits();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const rows = flattenTree(buildUnitTree(units ?? []));

  /** A new attempt (the form opened) clears the last one's result. */
  function edit(next: Unit | 'new') {
    setNotice(null);
    setEditing(next);
  }

  async function remove() {
    if (!deleting) return;
    setBusy(true);
    setNotice(null);
    try {
      await api('DELETE', `/api/units/${deleting.id}`);
      setNotice({ tone: 'success', text: t('units.deleted', { name: deleting.name }) });
      await reload();
    } catch (err) {
      setNotice({
        tone: 'danger',
        text: err instanceof ApiError && err.code === 'UNIT_NOT_EMPTY' ? t('units.notEmpty', { name: deleting.name }) : errorMessage(err, t),
      });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('units.title')}
        actions={
          <Button variant="primary-fill" onClick={() => edit('new')} disabled={!units}>
            {t('units.new')}
          </Button>
        }
      />
      {notice && (
        <div className="mb-4">
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void reload()} />
      ) : !units ? (
        <Spinner label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <Notice>{t('units.empty')}</Notice>
      ) : (
        <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200" aria-label={t('units.title')}>
          {rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-3 pr-4" style={{ paddingLeft: `${1 + u.depth * 1.5}rem` }}>
              <div className="min-w-0">
                {u.depth > 0 && (
                  <span aria-hidden="true" className="mr-1.5 text-txt-black-500">
                    └
                  </span>
                )}
                <span data-testid="unit-name" className="font-medium">
                  {u.name}
                </span>
                {u.code && <span className="ml-2 text-body-xs text-txt-black-500">{u.code}</span>}
                <div className="text-body-xs text-txt-black-500">{t('units.users', { count: u.userCount })}</div>
              </div>
              <div className="flex gap-2">
                <Button size="small" variant="default-outline" onClick={() => edit(u)} aria-label={`${t('common.edit')}: ${u.name}`}>
                  {t('common.edit')}
                </Button>
                <Button size="small" variant="danger-outline" onClick={() => setDeleting(u)} aria-label={`${t('common.delete')}: ${u.name}`}>
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && units && (
        <UnitFormDialog
          unit={editing === 'new' ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice({ tone: 'success', text: t('units.saved', { name: saved.name }) });
            void reload();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.confirm')}
        message={deleting ? t('units.confirmDelete', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
