import { Button } from '@govtechmy/myds-react/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

/** Shows a temporary password once; it is not kept anywhere in the app. */
export function TemporaryPasswordDialog({ name, password, intro, onClose }: { name: string; password: string; intro?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Modal
      open
      title={t('users.tempPasswordTitle')}
      onClose={onClose}
      footer={
        <Button variant="primary-fill" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <p className="text-body-sm">{intro ?? t('users.tempPasswordIntro', { name })}</p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="temporary-password"
          className="flex-1 rounded-md border border-otl-gray-200 bg-bg-washed px-3 py-2 font-mono text-body-lg tracking-wider"
        >
          {password}
        </code>
        <Button variant="default-outline" size="small" onClick={() => void navigator.clipboard?.writeText(password).then(() => setCopied(true))}>
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </div>
    </Modal>
  );
}
