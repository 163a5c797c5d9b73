import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';
import { useOnline } from './useOnline';

/** Says plainly that the app is offline (or the server unreachable): what is shown may be old, nothing can be recorded. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const { unreachable } = useSession();
  if (online && !unreachable) return null;
  return (
    <div role="status" className="border-b border-otl-warning-200 bg-bg-warning-50" data-testid="offline-banner">
      <p className="mx-auto max-w-screen-xl px-4 py-2 text-body-sm font-medium text-txt-warning md:px-6">{t('shell.offline')}</p>
    </div>
  );
}

/** Instead of the login page when the server could not be asked about the session: the user is not logged out. */
export function OfflinePage() {
  const { t } = useTranslation();
  const { recheck } = useSession();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-3 py-6" data-testid="offline-page">
      <h1 className="font-heading text-heading-xs font-semibold">{t('shell.offlineTitle')}</h1>
      <p className="text-body-sm text-txt-black-700">{t('shell.offlineBody')}</p>
      <button type="button" className="self-start rounded-md border border-otl-gray-200 px-4 py-2 text-body-sm font-medium" onClick={() => void recheck()}>
        {t('shell.tryAgain')}
      </button>
    </div>
  );
}
