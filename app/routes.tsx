import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import type { Permission } from '../domain/policy/permissions';
import { LoginPage } from './features/auth/LoginPage';
import { ClockPage } from './features/clock/ClockPage';
import { HomePage } from './features/home/HomePage';
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

/** Where the installed app opens (the manifest's start_url): the clock for an officer, else the home page. */
function StartPage() {
  const { can } = useSession();
  return <Navigate to={can('attendance.self') ? '/clock' : '/'} replace />;
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
      <Link to="/" className="mt-3 inline-block text-txt-primary underline">{t('errors.backHome')}</Link>
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
        <Route path="/password" element={<Guard allowForced><ChangePasswordPage /></Guard>} />
        <Route path="/" element={<Guard><HomePage /></Guard>} />
        <Route path="/start" element={<Guard><StartPage /></Guard>} />
        <Route path="/profile" element={<Guard><ProfilePage /></Guard>} />
        <Route path="/notifications" element={<Guard permission="notifications.self"><NotificationsPage /></Guard>} />
        <Route path="/clock" element={<Guard permission="attendance.self"><ClockPage /></Guard>} />
        <Route path="/attendance" element={<Guard permission="attendance.self"><MyAttendancePage /></Guard>} />
        <Route path="/issues" element={<Guard permission="attendance.self"><IssuesPage /></Guard>} />
        <Route path="/status" element={<Guard permission="attendance.self"><DayStatusPage /></Guard>} />
        <Route path="/movements" element={<Guard permission="attendance.self"><MovementsPage /></Guard>} />
        <Route path="/tasks" element={<Guard permission="attendance.self"><TasksPage /></Guard>} />
        <Route path="/team/cards" element={<Guard permission="cards.read"><TeamCardsPage /></Guard>} />
        <Route path="/team/:id" element={<Guard permission="team.monitor"><OfficerMonthPage /></Guard>} />
        <Route path="/team" element={<Guard permission="team.monitor"><TeamBoardPage /></Guard>} />
        <Route path="/approvals" element={<Guard permission="requests.review"><ApprovalsPage /></Guard>} />
        <Route path="/reports/overdue-reviews" element={<Guard permission="reviews.report"><OverdueReviewsPage /></Guard>} />
        <Route path="/task-review" element={<Guard permission="team.monitor"><TaskReviewPage /></Guard>} />
        <Route path="/users" element={<Guard permission="users.manage"><UsersPage /></Guard>} />
        <Route path="/units" element={<Guard permission="units.manage"><UnitsPage /></Guard>} />
        <Route path="/organisation" element={<Guard permission="org.settings"><OrganisationPage /></Guard>} />
        <Route path="/sites" element={<Guard permission="sites.manage"><SitesPage /></Guard>} />
        <Route path="/audit" element={<Guard permission="audit.read"><AuditPage /></Guard>} />
        <Route path="/agencies" element={<Guard permission="platform.orgs"><AgenciesPage /></Guard>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
