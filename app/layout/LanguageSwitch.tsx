import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';

/** BM / EN: remembered on the user's record when logged in, in the browser before. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const current = i18n.language === 'en-GB' ? 'en-GB' : 'ms-MY';
  const btn = (lang: 'ms-MY' | 'en-GB', label: string) => (
    <button
      type="button"
      lang={lang === 'en-GB' ? 'en' : 'ms'}
      aria-pressed={current === lang}
      onClick={() => void changeLanguage(lang)}
      className={`px-2.5 py-1 text-body-xs font-semibold ${current === lang ? 'bg-bg-primary-600 text-txt-white' : 'bg-bg-white text-txt-black-700 hover:bg-bg-washed'}`}
    >
      {label}
    </button>
  );
  return (
    <div role="group" aria-label={t('lang.label')} className="inline-flex overflow-hidden rounded-md border border-otl-gray-200">
      {btn('ms-MY', t('lang.ms'))}
      {btn('en-GB', t('lang.en'))}
    </div>
  );
}
