import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Site } from '../../api/types';
import { ConfirmDialog } from '../../ui/Modal';
import { Notice, PageHeader, Spinner } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';
import { SiteFormDialog } from './SiteFormDialog';

export function SitesPage() {
  const { t } = useTranslation();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Site | null>(null);
  const load = useCallback(() => api<{ items: Site[] }>('GET', '/api/sites').then((r) => setSites(r.items), setError), []);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove() {
    if (!deleting) return;
    try {
      await api('DELETE', `/api/sites/${deleting.id}`);
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setDeleting(null);
    }
  }

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('sites.title')}
        actions={
          <Button variant="primary-fill" onClick={() => setEditing('new')}>
            {t('sites.new')}
          </Button>
        }
      />
      {error ? (
        <div className="mb-4">
          <Notice tone="danger">{errorMessage(error, t)}</Notice>
        </div>
      ) : null}
      {!sites ? (
        <Spinner label={t('common.loading')} />
      ) : sites.length === 0 ? (
        <Notice>{t('sites.empty')}</Notice>
      ) : (
        <ul className="divide-y divide-otl-divider rounded-xl border border-otl-gray-200">
          {sites.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-body-sm">
              <div className="min-w-0">
                <div className="font-medium">
                  {s.name}{' '}
                  {!s.active && <span className="ml-1 rounded-full bg-bg-washed px-2 py-0.5 text-body-xs text-txt-black-500">{t('sites.inactive')}</span>}
                </div>
                {s.address && <div className="text-body-xs text-txt-black-500">{s.address}</div>}
                <div className="text-body-xs text-txt-black-500">
                  {s.shape.type === 'circle'
                    ? `${s.shape.centre.lat.toFixed(5)}, ${s.shape.centre.lng.toFixed(5)} · ${t('sites.radiusOf', { radius: s.shape.radiusMeters })}`
                    : t('sites.pointsOf', { count: s.shape.points.length })}
                </div>
              </div>
              <div className="flex gap-2">
                <Button size="small" variant="default-outline" onClick={() => setEditing(s)}>
                  {t('common.edit')}
                </Button>
                <Button size="small" variant="danger-outline" onClick={() => setDeleting(s)}>
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <SiteFormDialog
          site={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.confirm')}
        message={deleting ? t('sites.confirmDelete', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
