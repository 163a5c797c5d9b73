import { Button } from '@govtechmy/myds-react/button';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import type { Permission } from '../../domain/policy/permissions';
import { OfflineBanner } from '../pwa/OfflineBanner';
import { UpdateBanner } from '../pwa/UpdateBanner';
import { useSession } from '../session/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { GovMasthead } from './GovMasthead';
import { LanguageSwitch } from './LanguageSwitch';

type NavItem = { to: string; key: string; permission?: Permission };
const NAV: NavItem[] = [
  { to: '/', key: 'nav.home' },
  { to: '/clock', key: 'nav.clock', permission: 'attendance.self' },
  { to: '/attendance', key: 'nav.myAttendance', permission: 'attendance.self' },
  { to: '/issues', key: 'nav.issues', permission: 'attendance.self' },
  { to: '/status', key: 'nav.dayStatus', permission: 'attendance.self' },
  { to: '/movements', key: 'nav.movements', permission: 'attendance.self' },
  { to: '/tasks', key: 'nav.tasks', permission: 'attendance.self' },
  { to: '/team', key: 'nav.team', permission: 'team.monitor' },
  { to: '/approvals', key: 'nav.approvals', permission: 'team.monitor' },
  { to: '/reports/overdue-reviews', key: 'reviewReport.nav', permission: 'reviews.report' },
  { to: '/task-review', key: 'taskReview.nav', permission: 'team.monitor' },
  { to: '/users', key: 'nav.users', permission: 'users.manage' },
  { to: '/units', key: 'nav.units', permission: 'units.manage' },
  { to: '/organisation', key: 'nav.organisation', permission: 'org.settings' },
  { to: '/sites', key: 'nav.sites', permission: 'sites.manage' },
  { to: '/audit', key: 'nav.audit', permission: 'audit.read' },
  { to: '/agencies', key: 'nav.agencies', permission: 'platform.orgs' },
  { to: '/profile', key: 'nav.profile' },
];

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, can, logout } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const items = me && !me.user.mustChangePassword ? NAV.filter((n) => !n.permission || can(n.permission)) : [];
  const link = ({ isActive }: { isActive: boolean }) =>
    `block whitespace-nowrap rounded-md px-3 py-2 text-body-sm font-medium ${isActive ? 'bg-bg-primary-50 text-txt-primary' : 'text-txt-black-700 hover:bg-bg-washed'}`;

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-bg-white focus:p-2">{t('app.skip')}</a>
      <GovMasthead />
      <UpdateBanner />
      <OfflineBanner />
      <header className="sticky top-0 z-30 border-b border-otl-divider bg-bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-screen-xl items-center gap-3 px-4 py-3 md:px-6">
          <NavLink to="/" className="flex items-center gap-2" aria-label={t('app.name')}>
            <img src="/icons/icon-192.png" alt="" className="size-8 rounded-md" />
            <span className="whitespace-nowrap font-heading text-body-lg font-semibold text-txt-black-900">{t('app.name')}</span>
          </NavLink>
          <nav aria-label={t('nav.menu')} className="ml-4 hidden flex-1 flex-wrap items-center gap-1 lg:flex">
            {items.map((n) => <NavLink key={n.to} to={n.to} end={n.to === '/'} className={link}>{t(n.key)}</NavLink>)}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitch />
            {items.length > 0 && can('notifications.self') && <NotificationBell />}
            {me && (
              <Button variant="default-outline" size="small" className={`whitespace-nowrap ${items.length > 0 ? 'hidden sm:inline-flex' : ''}`} onClick={() => void logout().then(() => navigate('/login'))}>
                {t('nav.logout')}
              </Button>
            )}
            {items.length > 0 && (
              <Button variant="default-outline" size="small" className="lg:hidden" aria-expanded={open} aria-controls="mobile-nav" onClick={() => setOpen((o) => !o)}>
                {t('nav.menu')}
              </Button>
            )}
          </div>
        </div>
        {open && (
          <nav id="mobile-nav" aria-label={t('nav.menu')} className="border-t border-otl-divider px-4 pb-3 pt-2 lg:hidden">
            {items.map((n) => <NavLink key={n.to} to={n.to} end={n.to === '/'} className={link} onClick={() => setOpen(false)}>{t(n.key)}</NavLink>)}
            {me && <button type="button" className="mt-1 block w-full rounded-md px-3 py-2 text-left text-body-sm font-medium text-txt-danger hover:bg-bg-washed" onClick={() => void logout().then(() => navigate('/login'))}>{t('nav.logout')}</button>}
          </nav>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-screen-xl flex-1 px-4 py-6 md:px-6">{children}</main>
      <footer className="border-t border-otl-divider bg-bg-washed">
        <div className="mx-auto flex max-w-screen-xl flex-col gap-1 px-4 py-6 text-body-xs text-txt-black-500 md:flex-row md:justify-between md:px-6">
          <div>
            <p className="font-heading text-body-sm font-semibold text-txt-black-700">{t('app.name')} — {t('app.tagline')}</p>
            <p>{t('footer.about')}</p>
          </div>
          <div className="md:text-right">
            <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
            <a className="text-txt-primary underline" href="/api/docs">{t('footer.api')}</a>
          </div>
        </div>
      </footer>
    </div>
  );
}
