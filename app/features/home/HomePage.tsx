import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../../domain/policy/permissions';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { useSession } from '../../session/session';
import { Notice } from '../../ui/Notice';

const CARDS: { to: string; title: string; desc: string; permission?: Permission }[] = [
  { to: '/users', title: 'home.usersCard', desc: 'home.usersDesc', permission: 'users.manage' },
  { to: '/units', title: 'home.unitsCard', desc: 'home.unitsDesc', permission: 'units.manage' },
  { to: '/organisation', title: 'home.orgCard', desc: 'home.orgDesc', permission: 'org.settings' },
  { to: '/sites', title: 'home.sitesCard', desc: 'home.sitesDesc', permission: 'sites.manage' },
  { to: '/audit', title: 'home.auditCard', desc: 'home.auditDesc', permission: 'audit.read' },
  { to: '/agencies', title: 'home.agenciesCard', desc: 'home.agenciesDesc', permission: 'platform.orgs' },
  { to: '/profile', title: 'home.profileCard', desc: 'home.profileDesc' },
];

/** What the caller can do today, from their abilities: only features that exist. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const location = useLocation();
  if (!me) return null;
  const notice = (location.state as { notice?: string } | null)?.notice;
  const today = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: me.organisation?.timeZone ?? 'Asia/Kuala_Lumpur' }).format(new Date());
  const u = me.user;
  return (
    <div className="flex flex-col gap-6">
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      <section className="rounded-xl border border-otl-gray-200 bg-bg-white p-5 shadow-sm">
        <p className="text-body-sm text-txt-black-500">{t('home.today')}: {today}</p>
        <h1 className="mt-1 font-heading text-heading-xs font-semibold">{t('home.greeting', { name: u.fullName })}</h1>
        <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-body-sm sm:grid-cols-2">
          {me.organisation && <Item label={t('home.organisation')} value={`${me.organisation.name}${isStateCode(me.organisation.state) ? ` · ${STATE_NAMES[me.organisation.state]}` : ''}`} />}
          {u.position && <Item label={t('home.position')} value={`${u.position}${u.grade ? ` (${u.grade})` : ''}`} />}
          {u.unitName && <Item label={t('home.unit')} value={u.unitName} />}
          {u.supervisorName && <Item label={t('home.supervisor')} value={u.supervisorName} />}
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-2" aria-label={t('home.yourRoles')}>
          {u.roles.map((r) => <span key={r} className="rounded-full bg-bg-primary-50 px-3 py-1 text-body-xs font-semibold text-txt-primary">{t(`roles.${r}`)}</span>)}
        </div>
      </section>
      {can('attendance.self') && <Notice>{t('home.attendanceSoon')}</Notice>}
      <section>
        <h2 className="mb-3 font-heading text-body-lg font-semibold">{t('home.whatYouCanDo')}</h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CARDS.filter((c) => !c.permission || can(c.permission)).map((c) => (
            <li key={c.to}>
              <Link to={c.to} className="block h-full rounded-xl border border-otl-gray-200 bg-bg-white p-4 shadow-sm transition hover:border-otl-primary-300 hover:shadow focus:outline-none focus:ring focus:ring-fr-primary">
                <span className="font-heading text-body-md font-semibold text-txt-primary">{t(c.title)}</span>
                <span className="mt-1 block text-body-sm text-txt-black-500">{t(c.desc)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col">
      <dt className="text-body-xs text-txt-black-500">{label}</dt>
      <dd className="text-txt-black-900">{value}</dd>
    </div>
  );
}
