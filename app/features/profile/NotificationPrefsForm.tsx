import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_CHANNELS, eventsFor, type NotificationPrefs } from '../../../domain/notify/preferences';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { LoadError, Notice, Spinner } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';

/** Which events reach the user by push and by email (the in-app list always has them): only the events their abilities can receive. */
export function NotificationPrefsForm() {
  const { t } = useTranslation();
  const { me } = useSession();
  const events = eventsFor(me?.abilities ?? []);
  const [prefs, setPrefs] = useState<NotificationPrefs | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const { busy, general, submitWith } = useApiForm();
  useEffect(() => {
    api<NotificationPrefs>('GET', '/api/me/notification-preferences').then(setPrefs, setError);
  }, []);
  const submit = submitWith(async () => {
    setSaved(false);
    await api('PATCH', '/api/me/profile', { notificationPrefs: prefs });
    setSaved(true);
  });
  if (error) return <LoadError error={error} />;
  if (!prefs) return <Spinner label={t('common.loading')} />;
  if (events.length === 0) return null;
  return (
    <form className="flex flex-col gap-3 rounded-xl border border-otl-gray-200 p-5" onSubmit={(e) => void submit(e)}>
      <h2 className="font-heading text-body-md font-semibold">{t('profile.notifications')}</h2>
      <p className="text-body-xs text-txt-black-500">{t('profile.notificationsHint')}</p>
      {general && <Notice tone="danger">{general}</Notice>}
      {saved && <Notice tone="success">{t('profile.notificationsSaved')}</Notice>}
      <table className="text-left text-body-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 font-medium">
              {t('profile.event')}
            </th>
            {NOTIFICATION_CHANNELS.map((c) => (
              <th key={c} scope="col" className="px-3 py-1 text-center font-medium">
                {t(`profile.channel.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e} className="border-t border-otl-divider">
              <th scope="row" className="py-2 font-normal">
                {t(`profile.events.${e}`)}
              </th>
              {NOTIFICATION_CHANNELS.map((c) => (
                <td key={c} className="px-3 text-center">
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label={`${t(`profile.events.${e}`)} — ${t(`profile.channel.${c}`)}`}
                    checked={prefs[e][c]}
                    onChange={(ev) => setPrefs({ ...prefs, [e]: { ...prefs[e], [c]: ev.target.checked } })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="submit" variant="primary-fill" className="self-start" disabled={busy}>
        {busy ? t('common.saving') : t('common.save')}
      </Button>
    </form>
  );
}
