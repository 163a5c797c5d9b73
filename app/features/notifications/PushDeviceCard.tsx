import { Button } from '@govtechmy/myds-react/button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Notice } from '../../ui/Notice';

type State = 'loading' | 'unsupported' | 'denied' | 'on' | 'off';
const supported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** Turns Web Push on or off for this browser: subscribes with the server's VAPID key and registers the device. */
export function PushDeviceCard() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('loading');
  const [devices, setDevices] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(async () => {
    if (!supported()) return setState('unsupported');
    const info = await api<{ devices: number }>('GET', '/api/notifications/push');
    setDevices(info.devices);
    if (Notification.permission === 'denied') return setState('denied');
    const reg = await navigator.serviceWorker.getRegistration();
    setState((await reg?.pushManager.getSubscription()) ? 'on' : 'off');
  }, []);
  useEffect(() => {
    refresh().catch(() => setState('unsupported'));
  }, [refresh]);

  const enable = async () => {
    setBusy(true);
    setProblem(null);
    try {
      if ((await Notification.requestPermission()) !== 'granted') return setState('denied');
      const { publicKey } = await api<{ publicKey: string }>('GET', '/api/notifications/push');
      const reg = await navigator.serviceWorker.ready;
      const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
      const json = sub.toJSON();
      await api('POST', '/api/notifications/push/subscriptions', { endpoint: json.endpoint, keys: json.keys });
      await refresh();
    } catch (err) {
      setProblem(t('notifications.push.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  const disable = async () => {
    setBusy(true);
    try {
      const sub = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
      if (sub) {
        await api('POST', '/api/notifications/push/unsubscribe', { endpoint: sub.endpoint }).catch(() => undefined);
        await sub.unsubscribe();
      }
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="flex flex-col gap-3 rounded-xl border border-otl-gray-200 p-5" aria-labelledby="push-title">
      <h2 id="push-title" className="font-heading text-body-md font-semibold">
        {t('notifications.push.title')}
      </h2>
      <p className="text-body-xs text-txt-black-500">{t('notifications.push.hint')}</p>
      {state === 'unsupported' && <Notice tone="info">{t('notifications.push.unsupported')}</Notice>}
      {state === 'denied' && <Notice tone="warning">{t('notifications.push.denied')}</Notice>}
      {problem && <Notice tone="danger">{problem}</Notice>}
      {(state === 'on' || state === 'off') && (
        <>
          <p className="text-body-sm">
            {t(state === 'on' ? 'notifications.push.on' : 'notifications.push.off')} {devices > 0 && t('notifications.push.devices', { count: devices })}
          </p>
          <Button
            variant={state === 'on' ? 'default-outline' : 'primary-fill'}
            className="self-start"
            disabled={busy}
            onClick={() => void (state === 'on' ? disable() : enable())}
          >
            {t(state === 'on' ? 'notifications.push.disable' : 'notifications.push.enable')}
          </Button>
        </>
      )}
    </section>
  );
}
