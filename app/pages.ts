import type { Permission } from '../domain/policy/permissions';

/**
 * Every page behind a login, with its path and the ability it needs (none: any logged-in
 * user). The one table the router guards with, the navigation links from and the home
 * page's cards are drawn from: a page's permission is written here only.
 */
export const PAGES = {
  home: { path: '/' },
  start: { path: '/start' },
  profile: { path: '/profile' },
  notifications: { path: '/notifications', permission: 'notifications.self' },
  clock: { path: '/clock', permission: 'attendance.self' },
  attendance: { path: '/attendance', permission: 'attendance.self' },
  issues: { path: '/issues', permission: 'attendance.self' },
  dayStatus: { path: '/status', permission: 'attendance.self' },
  movements: { path: '/movements', permission: 'attendance.self' },
  tasks: { path: '/tasks', permission: 'attendance.self' },
  teamCards: { path: '/team/cards', permission: 'cards.read' },
  officerMonth: { path: '/team/:id', permission: 'team.monitor' },
  team: { path: '/team', permission: 'team.monitor' },
  approvals: { path: '/approvals', permission: 'requests.review' },
  overdueReviews: { path: '/reports/overdue-reviews', permission: 'reviews.report' },
  taskReview: { path: '/task-review', permission: 'team.monitor' },
  users: { path: '/users', permission: 'users.manage' },
  units: { path: '/units', permission: 'units.manage' },
  organisation: { path: '/organisation', permission: 'org.settings' },
  sites: { path: '/sites', permission: 'sites.manage' },
  workingTime: { path: '/working-time', permission: 'org.settings' },
  audit: { path: '/audit', permission: 'audit.read' },
  agencies: { path: '/agencies', permission: 'platform.orgs' },
} as const satisfies Record<string, { path: string; permission?: Permission }>;

export type PageId = keyof typeof PAGES;
export type Page = { path: string; permission?: Permission };

export const pageOf = (id: PageId): Page => PAGES[id];

/** Whether the caller's abilities open the page. */
export function mayOpen(id: PageId, can: (p: Permission) => boolean): boolean {
  const { permission } = pageOf(id);
  return !permission || can(permission);
}
