import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { AccountLinkPage } from './AccountLinkPage';

/** `/unlock?token=…`: the link emailed to the owner when their account locked. */
export function UnlockPage() {
  const { t } = useTranslation();
  return (
    <AccountLinkPage
      title={t('account.unlockTitle')}
      intro={t('account.unlockIntro')}
      submit={t('account.unlockSubmit')}
      redeem={async (token) => {
        await api('POST', '/api/auth/unlock', { token });
        return t('account.unlockDone');
      }}
      done={<p className="text-body-sm">{t('account.unlockAdvice')}</p>}
      next={{ to: '/login', label: t('account.toLogin') }}
    />
  );
}
