import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { useSession } from '../../session/session';
import { AccountLinkPage } from './AccountLinkPage';

/** `/confirm-email?token=…`: the link sent to a new address; works logged in or out. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { me, accept } = useSession();
  return (
    <AccountLinkPage
      title={t('account.confirmTitle')}
      intro={t('account.confirmIntro')}
      submit={t('account.confirmSubmit')}
      redeem={async (token) => {
        const { email } = await api<{ email: string }>('POST', '/api/me/email/confirm', { token });
        if (me) accept(await api<Me>('GET', '/api/me'));
        return t('account.confirmDone', { email });
      }}
      next={me ? { to: '/profile', label: t('account.toProfile') } : { to: '/login', label: t('account.toLogin') }}
    />
  );
}
