import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { errorMessage } from '../../ui/errors';
import { LoadError, Notice, Spinner } from '../../ui/Notice';
import { Pager } from '../../ui/Pager';
import { useFormat } from '../../ui/useFormat';
import { announceUnread } from './useUnreadCount';

type Item = { id: string; kind: string; title: string; body: string; link: string; read: boolean; createdAt: string };
type Page = { items: Item[]; page: number; pageSize: number; total: number; unread: number };

/** The caller's notifications, newest first; opening one marks it read and goes to its page. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [markError, setMarkError] = useState<string | null>(null);
  const load = useCallback(() => {
    api<Page>('GET', `/api/notifications?page=${page}&pageSize=20`).then((d) => {
      setData(d);
      announceUnread(d.unread);
    }, setError);
  }, [page]);
  useEffect(load, [load, i18n.language]);

  const mark = async (body: { ids: string[] } | { all: true }) => {
    const r = await api<{ unread: number }>('POST', '/api/notifications/read', body);
    announceUnread(r.unread);
    load();
  };
  /** The buttons' marking: a refusal is shown, not left unhandled. */
  const markShown = async (body: { ids: string[] } | { all: true }) => {
    setMarkError(null);
    await mark(body).catch((err: unknown) => setMarkError(errorMessage(err, t)));
  };
  const open = async (n: Item) => {
    // Opening goes to the page even when marking it read failed.
    if (!n.read) await mark({ ids: [n.id] }).catch(() => undefined);
    // A client-side navigation: nothing to wait for.
    void navigate(n.link);
  };
  const f = useFormat();

  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="font-heading text-heading-xs font-semibold">{t('notifications.title')}</h1>
          <p className="text-body-sm text-txt-black-500">{t('notifications.intro')}</p>
        </div>
        {data && data.unread > 0 && (
          <Button variant="default-outline" size="small" onClick={() => void markShown({ all: true })}>
            {t('notifications.markAll')}
          </Button>
        )}
      </div>
      {markError && <Notice tone="danger">{markError}</Notice>}
      {error ? (
        <LoadError error={error} />
      ) : !data ? (
        <Spinner label={t('common.loading')} />
      ) : data.items.length === 0 ? (
        <Notice tone="info">{t('notifications.empty')}</Notice>
      ) : (
        <>
          <ul className="flex flex-col divide-y divide-otl-divider rounded-xl border border-otl-gray-200" data-testid="notification-list">
            {data.items.map((n) => (
              <li key={n.id} className={`flex gap-3 p-4 ${n.read ? '' : 'bg-bg-primary-50'}`}>
                <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-primary-600'}`} />
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <p className="font-semibold text-txt-black-900">
                    {n.title}
                    {!n.read && <span className="sr-only"> ({t('notifications.unread')})</span>}
                  </p>
                  <p className="text-body-sm text-txt-black-700">{n.body}</p>
                  <p className="text-body-xs text-txt-black-500">
                    <time dateTime={n.createdAt}>{f.dateTime(n.createdAt)}</time>
                  </p>
                  <div className="mt-1 flex flex-wrap items-center gap-2">
                    <Button variant="primary-outline" size="small" onClick={() => void open(n)}>
                      {t('notifications.open')}
                    </Button>
                    {!n.read && (
                      <Button variant="default-ghost" size="small" onClick={() => void markShown({ ids: [n.id] })}>
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
