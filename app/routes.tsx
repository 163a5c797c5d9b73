import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import type { Permission } from '../domain/policy/permissions';
import { LoginPage } from './features/auth/LoginPage';
import { ClockPage } from './features/clock/ClockPage';
import { HomePage } from './features/home/HomePage';
import { mayOpen, pageOf, type PageId } from './pages';
import { OfflinePage } from './pwa/OfflineBanner';
import { useSession } from './session/session';
import { Spinner } from './ui/Notice';

/* Pages load when first opened, so the clock-in page reaches a phone with less to download. */
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const ApprovalsPage = lazy(() => import('./features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const TeamBoardPage = lazy(() => import('./features/team/TeamBoardPage').then((m) => ({ default: m.TeamBoardPage })));
const TeamCardsPage = lazy(() => import('./features/team/TeamCardsPage').then((m) => ({ default: m.TeamCardsPage })));
const OverdueReviewsPage = lazy(() => import('./features/review-report/OverdueReviewsPage').then((m) => ({ default: m.OverdueReviewsPage })));
const IssuesPage = lazy(() => import('./features/issues/IssuesPage').then((m) => ({ default: m.IssuesPage })));
const MyAttendancePage = lazy(() => import('./features/attendance/MyAttendancePage').then((m) => ({ default: m.MyAttendancePage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ConfirmEmailPage = lazy(() => import('./features/auth/ConfirmEmailPage').then((m) => ({ default: m.ConfirmEmailPage })));
const UnlockPage = lazy(() => import('./features/auth/UnlockPage').then((m) => ({ default: m.UnlockPage })));
const ChangePasswordPage = lazy(() => import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
const DayStatusPage = lazy(() => import('./features/day-status/DayStatusPage').then((m) => ({ default: m.DayStatusPage })));
const MovementsPage = lazy(() => import('./features/movements/MovementsPage').then((m) => ({ default: m.MovementsPage })));
const OrganisationPage = lazy(() => import('./features/organisation/OrganisationPage').then((m) => ({ default: m.OrganisationPage })));
const AgenciesPage = lazy(() => import('./features/platform/AgenciesPage').then((m) => ({ default: m.AgenciesPage })));
const ProfilePage = lazy(() => import('./features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const SitesPage = lazy(() => import('./features/sites/SitesPage').then((m) => ({ default: m.SitesPage })));
const WorkingTimePage = lazy(() => import('./features/working-time/WorkingTimePage').then((m) => ({ default: m.WorkingTimePage })));
const TasksPage = lazy(() => import('./features/tasks/TasksPage').then((m) => ({ default: m.TasksPage })));
const TaskReviewPage = lazy(() => import('./features/task-review/TaskReviewPage').then((m) => ({ default: m.TaskReviewPage })));
const UnitsPage = lazy(() => import('./features/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));

/** Logged in, password changed, and (when given) holding the permission. */
function Guard({ permission, allowForced, children }: { permission?: Permission; allowForced?: boolean; children: ReactNode }) {
  const { me, loading, can, unreachable } = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (loading) return <Spinner label={t('common.loading')} />;
  // The login page only when the server says there is no session, never because it cannot be reached.
  if (!me) return unreachable ? <OfflinePage /> : <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.user.mustChangePassword && !allowForced) return <Navigate to="/password" replace />;
  if (permission && !can(permission)) return <NotFound />;
  return <>{children}</>;
}

/** The route of a page of the table (app/pages.ts): its path, guarded by the permission the table gives it. */
function page(id: PageId, element: ReactNode) {
  const { path, permission } = pageOf(id);
  return <Route key={id} path={path} element={<Guard permission={permission}>{element}</Guard>} />;
}

/** Where the installed app opens (the manifest's start_url): the clock for an officer, else the home page. */
function StartPage() {
  const { can } = useSession();
  return <Navigate to={mayOpen('clock', can) ? pageOf('clock').path : pageOf('home').path} replace />;
}

/** A supervisor's view of one officer's month (the calendar the officer sees). */
function OfficerMonthPage() {
  const { id } = useParams();
  return <MyAttendancePage officerId={id} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="py-10 text-center">
      <h1 className="font-heading text-heading-xs font-semibold">{t('errors.notFound')}</h1>
      <Link to="/" className="mt-3 inline-block text-txt-primary underline">
        {t('errors.backHome')}
      </Link>
    </div>
  );
}

export function AppRoutes() {
  const { loading } = useSession();
  const { t } = useTranslation();
  if (loading) return <Spinner label={t('common.loading')} />;
  return (
    <Suspense fallback={<Spinner label={t('common.loading')} />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/unlock" element={<UnlockPage />} />
        <Route path="/confirm-email" element={<ConfirmEmailPage />} />
        <Route
          path="/password"
          element={
            <Guard allowForced>
              <ChangePasswordPage />
            </Guard>
          }
        />
        {page('home', <HomePage />)}
        {page('start', <StartPage />)}
        {page('profile', <ProfilePage />)}
        {page('notifications', <NotificationsPage />)}
        {page('clock', <ClockPage />)}
        {page('attendance', <MyAttendancePage />)}
        {page('issues', <IssuesPage />)}
        {page('dayStatus', <DayStatusPage />)}
        {page('movements', <MovementsPage />)}
        {page('tasks', <TasksPage />)}
        {page('teamCards', <TeamCardsPage />)}
        {page('officerMonth', <OfficerMonthPage />)}
        {page('team', <TeamBoardPage />)}
        {page('approvals', <ApprovalsPage />)}
        {page('overdueReviews', <OverdueReviewsPage />)}
        {page('taskReview', <TaskReviewPage />)}
        {page('users', <UsersPage />)}
        {page('units', <UnitsPage />)}
        {page('organisation', <OrganisationPage />)}
        {page('sites', <SitesPage />)}
        {page('workingTime', <WorkingTimePage />)}
        {page('audit', <AuditPage />)}
        {page('agencies', <AgenciesPage />)}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
