import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../../domain/policy/permissions';
import { mayOpen, pageOf, type PageId } from '../../pages';
import { useSession } from '../../session/session';
import { Notice } from '../../ui/Notice';
import { IdentityCard } from './IdentityCard';
import { TodaySummary } from './TodaySummary';

/** The pages that exist in this release, each shown only to those whose abilities allow it. */
const CARDS: { page: PageId; title: string; desc: string }[] = [
  { page: 'clock', title: 'home.clockCard', desc: 'home.clockDesc' },
  { page: 'attendance', title: 'home.myAttendanceCard', desc: 'home.myAttendanceDesc' },
  { page: 'issues', title: 'home.issuesCard', desc: 'home.issuesDesc' },
  { page: 'dayStatus', title: 'home.dayStatusCard', desc: 'home.dayStatusDesc' },
  { page: 'movements', title: 'home.movementsCard', desc: 'home.movementsDesc' },
  { page: 'tasks', title: 'home.tasksCard', desc: 'home.tasksDesc' },
  { page: 'team', title: 'home.teamCard', desc: 'home.teamDesc' },
  { page: 'approvals', title: 'home.approvalsCard', desc: 'home.approvalsDesc' },
  { page: 'teamCards', title: 'teamCards.homeCard', desc: 'teamCards.homeDesc' },
  { page: 'overdueReviews', title: 'reviewReport.homeCard', desc: 'reviewReport.homeDesc' },
  { page: 'taskReview', title: 'taskReview.homeCard', desc: 'taskReview.homeDesc' },
  { page: 'users', title: 'home.usersCard', desc: 'home.usersDesc' },
  { page: 'units', title: 'home.unitsCard', desc: 'home.unitsDesc' },
  { page: 'organisation', title: 'home.orgCard', desc: 'home.orgDesc' },
  { page: 'sites', title: 'home.sitesCard', desc: 'home.sitesDesc' },
  { page: 'workingTime', title: 'workingTime.title', desc: 'workingTime.homeDesc' },
  { page: 'audit', title: 'home.auditCard', desc: 'home.auditDesc' },
  { page: 'agencies', title: 'home.agenciesCard', desc: 'home.agenciesDesc' },
  { page: 'profile', title: 'home.profileCard', desc: 'home.profileDesc' },
];

/** What is coming for the work the caller's abilities cover: said plainly, with no links to pages that do not exist yet. */
const COMING: { permission: Permission; text: string }[] = [{ permission: 'org.monitor', text: 'home.soonReports' }];

/** What the caller can do today, from their abilities: only features that exist. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const location = useLocation();
  if (!me) return null;
  const notice = (location.state as { notice?: string } | null)?.notice;
  const coming = COMING.filter((c) => can(c.permission));
  return (
    <div className="flex flex-col gap-6">
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      <TodaySummary />
      <IdentityCard me={me} />
      <section aria-labelledby="home-can-do">
        <h2 id="home-can-do" className="mb-3 font-heading text-body-lg font-semibold">
          {t('home.whatYouCanDo')}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CARDS.filter((c) => mayOpen(c.page, can)).map((c) => (
            <li key={c.page}>
              <Link
                to={pageOf(c.page).path}
                className="block h-full rounded-xl border border-otl-gray-200 bg-bg-white p-4 shadow-sm transition hover:border-otl-primary-300 hover:shadow focus:outline-none focus:ring focus:ring-fr-primary"
              >
                <span className="font-heading text-body-md font-semibold text-txt-primary">{t(c.title)}</span>
                <span className="mt-1 block text-body-sm text-txt-black-500">{t(c.desc)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {coming.length > 0 && (
        <section aria-labelledby="home-coming" className="rounded-xl border border-otl-gray-200 bg-bg-washed p-5">
          <h2 id="home-coming" className="font-heading text-body-md font-semibold">
            {t('home.comingTitle')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-body-sm text-txt-black-700">
            {coming.map((c) => (
              <li key={c.text}>{t(c.text)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
