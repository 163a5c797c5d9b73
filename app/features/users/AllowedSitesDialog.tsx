import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { UserSummary } from '../../api/types';
import { Modal } from '../../ui/Modal';
import { LoadError, Notice, Spinner } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

type Site = { id: string; name: string; address: string | null; active: boolean };

/** The sites an officer may punch at; none ticked means every active site of the organisation. */
export function AllowedSitesDialog({ user, onClose, onSaved }: { user: UserSummary; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const { busy, general, submitWith } = useApiForm();
  useEffect(() => {
    Promise.all([api<{ items: Site[] }>('GET', '/api/sites'), api<{ siteIds: string[] }>('GET', `/api/users/${user.id}/sites`)]).then(([all, mine]) => {
      setSites(all.items);
      setChosen(new Set(mine.siteIds));
    }, setError);
  }, [user.id]);
  const save = submitWith(async () => {
    await api('PUT', `/api/users/${user.id}/sites`, { siteIds: [...chosen] });
    onSaved();
  });
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Modal
      title={t('users.sitesTitle', { name: user.fullName })}
      open
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" disabled={busy || !sites} onClick={() => void save()}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <p className="mb-3 text-body-sm text-txt-black-700">{t('users.sitesIntro')}</p>
      {general && <Notice tone="danger">{general}</Notice>}
      {error ? (
        <LoadError error={error} />
      ) : !sites ? (
        <Spinner label={t('common.loading')} />
      ) : sites.length === 0 ? (
        <Notice>{t('users.sitesNone')}</Notice>
      ) : (
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">{t('users.sites')}</legend>
          {sites.map((s) => (
            <label key={s.id} className="flex items-start gap-2 text-body-sm">
              <input type="checkbox" className="mt-1 size-4" checked={chosen.has(s.id)} onChange={() => toggle(s.id)} />
              <span>
                {s.name}
                {!s.active && ` (${t('status.INACTIVE')})`}
                {s.address && <span className="block text-body-xs text-txt-black-500">{s.address}</span>}
              </span>
            </label>
          ))}
          <p className="text-body-xs text-txt-black-500">{chosen.size === 0 ? t('users.sitesAll') : t('users.sitesSome', { count: chosen.size })}</p>
        </fieldset>
      )}
    </Modal>
  );
}
