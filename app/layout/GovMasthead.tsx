import { GovtOfficeIcon, LockIcon } from '@govtechmy/myds-react/icon';
import { Masthead, MastheadContent, MastheadHeader, MastheadSection, MastheadTitle, MastheadTrigger } from '@govtechmy/myds-react/masthead';
import { useTranslation } from 'react-i18next';

/** The MYDS government masthead: "Laman web rasmi Kerajaan Malaysia", with how to tell. */
export function GovMasthead() {
  const { t } = useTranslation();
  return (
    <Masthead>
      <MastheadHeader>
        <MastheadTitle>{t('app.official')}</MastheadTitle>
        <MastheadTrigger aria-label={t('masthead.howToKnow')}>{t('masthead.howToKnow')}</MastheadTrigger>
      </MastheadHeader>
      <MastheadContent>
        <MastheadSection icon={<GovtOfficeIcon />} title={t('masthead.officialTitle')}>
          {t('masthead.officialBody')}
        </MastheadSection>
        <MastheadSection icon={<LockIcon />} title={t('masthead.secureTitle')}>
          {t('masthead.secureBody')}
        </MastheadSection>
      </MastheadContent>
    </Masthead>
  );
}
