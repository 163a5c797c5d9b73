import { Button } from '@govtechmy/myds-react/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUpdateReady } from './register-sw';

/** Offers the new version of the app once its service worker is installed. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => onUpdateReady((fn) => setApply(() => fn)), []);
  if (!apply) return null;
  return (
    <div role="status" className="border-b border-otl-primary-200 bg-bg-primary-50">
      <div className="mx-auto flex max-w-screen-xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-body-sm text-txt-primary md:px-6">
        <span>{t('app.updateReady')}</span>
        <Button size="small" variant="primary-fill" onClick={apply}>
          {t('app.reload')}
        </Button>
      </div>
    </div>
  );
}
