import { Tag } from '@govtechmy/myds-react/tag';
import { useTranslation } from 'react-i18next';
import { formatDayDate, localDateTime } from '../../../domain/format/dates';
import { STATE_NAMES, isStateCode } from '../../../domain/org/states';
import type { Me } from '../../api/types';

/** Who is logged in: name, organisation, position, unit, supervisor and roles. */
export function IdentityCard({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const u = me.user;
  const today = formatDayDate(localDateTime(new Date(), me.organisation?.timeZone ?? 'Asia/Kuala_Lumpur').date, i18n.language);
  const org = me.organisation;
  const items: [string, string | null][] = [
    [t('home.organisation'), org ? `${org.name}${isStateCode(org.state) ? ` · ${STATE_NAMES[org.state]}` : ''}` : null],
    [t('home.position'), u.position ? `${u.position}${u.grade ? ` (${u.grade})` : ''}` : null],
    [t('home.unit'), u.unitName],
    [t('home.supervisor'), u.supervisorName],
    [t('users.staffNo'), u.staffNo || null],
  ];
  return (
    <section aria-labelledby="home-greeting" className="rounded-xl border border-otl-gray-200 bg-bg-white p-5 shadow-sm">
      <p className="text-body-sm text-txt-black-500">
        {t('home.today')}: {today}
      </p>
      <h1 id="home-greeting" className="mt-1 font-heading text-heading-xs font-semibold">
        {t('home.greeting', { name: u.fullName })}
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-body-sm sm:grid-cols-2">
        {items
          .filter((i): i is [string, string] => Boolean(i[1]))
          .map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-body-xs text-txt-black-500">{label}</dt>
              <dd className="text-txt-black-900">{value}</dd>
            </div>
          ))}
      </dl>
      <h2 className="sr-only">{t('home.yourRoles')}</h2>
      <ul className="mt-4 flex flex-wrap items-center gap-2">
        {u.roles.map((r) => (
          <li key={r}>
            <Tag variant="primary" size="small" mode="pill">
              {t(`roles.${r}`)}
            </Tag>
          </li>
        ))}
      </ul>
    </section>
  );
}
