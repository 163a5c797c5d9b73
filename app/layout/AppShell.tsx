import { Button } from '@govtechmy/myds-react/button';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { OfflineBanner } from '../pwa/OfflineBanner';
import { UpdateBanner } from '../pwa/UpdateBanner';
import { useSession } from '../session/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { GovMasthead } from './GovMasthead';
import { LanguageSwitch } from './LanguageSwitch';
import { NavGroup, navLinkClass } from './NavGroup';
import { navFor, navLinks } from './nav-items';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, can, logout } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const entries = me && !me.user.mustChangePassword ? navFor(can) : [];
  const items = navLinks(entries);
  const link = ({ isActive }: { isActive: boolean }) => navLinkClass(isActive);

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-bg-white focus:p-2">
        {t('app.skip')}
      </a>
      <GovMasthead />
      <UpdateBanner />
      <OfflineBanner />
      <header className="sticky top-0 z-30 border-b border-otl-divider bg-bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-screen-xl items-center gap-3 px-4 py-3 md:px-6">
          <NavLink to="/" className="flex items-center gap-2" aria-label={t('app.name')}>
            <img src="/icons/icon-192.png" alt="" className="size-8 rounded-md" />
            <span className="whitespace-nowrap font-heading text-body-lg font-semibold text-txt-black-900">{t('app.name')}</span>
          </NavLink>
          <nav aria-label={t('nav.menu')} className="ml-2 hidden min-w-0 flex-1 flex-nowrap items-center gap-0.5 lg:flex" data-testid="desktop-nav">
            {entries.map((e) =>
              e.kind === 'link' ? (
                <NavLink key={e.item.to} to={e.item.to} end={e.item.to === '/'} className={link}>
                  {t(e.item.key)}
                </NavLink>
              ) : (
                <NavGroup key={e.key} label={t(e.key)} items={e.items} all={items} />
              ),
            )}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitch />
            {items.length > 0 && can('notifications.self') && <NotificationBell />}
            {me && (
              <Button
                variant="default-outline"
                size="small"
                className={`whitespace-nowrap ${items.length > 0 ? 'hidden sm:inline-flex' : ''}`}
                onClick={() => void logout().then(() => navigate('/login'))}
              >
                {t('nav.logout')}
              </Button>
            )}
            {items.length > 0 && (
              <Button
                variant="default-outline"
                size="small"
                className="lg:hidden"
                aria-expanded={open}
                aria-controls="mobile-nav"
                onClick={() => setOpen((o) => !o)}
              >
                {t('nav.menu')}
              </Button>
            )}
          </div>
        </div>
        {open && (
          <nav id="mobile-nav" aria-label={t('nav.menu')} className="border-t border-otl-divider px-4 pb-3 pt-2 lg:hidden">
            {entries.map((e) =>
              e.kind === 'link' ? (
                <NavLink key={e.item.to} to={e.item.to} end={e.item.to === '/'} className={link} onClick={() => setOpen(false)}>
                  {t(e.item.key)}
                </NavLink>
              ) : (
                <div key={e.key} role="group" aria-labelledby={`mobile-${e.key}`} className="mt-2">
                  <p id={`mobile-${e.key}`} className="px-3 pb-1 text-body-xs font-semibold uppercase text-txt-black-500">
                    {t(e.key)}
                  </p>
                  {e.items.map((n) => (
                    <NavLink key={n.to} to={n.to} end className={link} onClick={() => setOpen(false)}>
                      {t(n.key)}
                    </NavLink>
                  ))}
                </div>
              ),
            )}
            {me && (
              <button
                type="button"
                className="mt-1 block w-full rounded-md px-3 py-2 text-left text-body-sm font-medium text-txt-danger hover:bg-bg-washed"
                onClick={() => void logout().then(() => navigate('/login'))}
              >
                {t('nav.logout')}
              </button>
            )}
          </nav>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-screen-xl flex-1 px-4 py-6 md:px-6">
        {children}
      </main>
      <footer className="border-t border-otl-divider bg-bg-washed">
        <div className="mx-auto flex max-w-screen-xl flex-col gap-1 px-4 py-6 text-body-xs text-txt-black-500 md:flex-row md:justify-between md:px-6">
          <div>
            <p className="font-heading text-body-sm font-semibold text-txt-black-700">
              {t('app.name')} — {t('app.tagline')}
            </p>
            <p>{t('footer.about')}</p>
          </div>
          <div className="md:text-right">
            <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
            <a className="text-txt-primary underline" href="/api/docs">
              {t('footer.api')}
            </a>
          </div>
        </div>
      </footer>
    </div>
  );
}
