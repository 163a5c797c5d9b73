import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { useSession } from '../../session/session';
import { PageHeader } from '../../ui/Notice';
import { ContactForm } from './ContactForm';
import { HomeLocationCard } from './HomeLocationCard';
import { PushDeviceCard } from '../notifications/PushDeviceCard';
import { NotificationPrefsForm } from './NotificationPrefsForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  if (!me) return null;
  const u = me.user;
  const rows: [string, string | null][] = [
    [t('users.fullName'), u.fullName],
    [t('users.email'), u.email],
    [t('users.nric'), u.nricMasked],
    [t('users.staffNo'), u.staffNo],
    [t('users.phone'), u.phone],
    [t('users.position'), u.position],
    [t('users.grade'), u.grade],
    [t('users.unit'), u.unitName],
    [t('users.supervisor'), u.supervisorName],
    [t('users.dutyState'), isStateCode(u.dutyState) ? STATE_NAMES[u.dutyState] : u.dutyState],
    [t('users.roles'), u.roles.map((r) => t(`roles.${r}`)).join(', ')],
  ];
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('profile.title')} />
      <section className="rounded-xl border border-otl-gray-200 p-5">
        <h2 className="mb-3 font-heading text-body-md font-semibold">{t('profile.details')}</h2>
        <dl className="grid grid-cols-1 gap-3 text-body-sm sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-body-xs text-txt-black-500">{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="mt-5 flex flex-col gap-5">
        <ContactForm />
        {can('attendance.self') && <HomeLocationCard />}
        {can('notifications.self') && <PushDeviceCard />}
        <NotificationPrefsForm />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2 text-body-sm">
          <span>{t('lang.label')}:</span>
          <LanguageSwitch />
        </div>
        <Link
          to="/password"
          className="rounded-md border border-otl-gray-200 px-3 py-2 text-body-sm font-medium text-txt-black-700 hover:bg-bg-washed focus:outline-none focus:ring focus:ring-fr-primary"
        >
          {t('password.title')}
        </Link>
      </div>
    </div>
  );
}
