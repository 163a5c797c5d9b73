import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The supervisor's two views of their team: today's board and the attendance cards. */
export function TeamTabs() {
  const { t } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) =>
    `-mb-px border-b-2 px-3 py-2 text-body-sm font-medium ${isActive ? 'border-bg-primary-600 text-txt-primary' : 'border-transparent text-txt-black-700 hover:text-txt-black-900'}`;
  return (
    <nav aria-label={t('teamCards.tabs')} className="flex gap-1 overflow-x-auto border-b border-otl-divider">
      <NavLink to="/team" end className={tab}>
        {t('teamCards.tabToday')}
      </NavLink>
      <NavLink to="/team/cards" className={tab}>
        {t('teamCards.tabCards')}
      </NavLink>
    </nav>
  );
}
