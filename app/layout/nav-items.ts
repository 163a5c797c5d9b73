import type { Permission } from '../../domain/policy/permissions';

export type NavItem = { to: string; key: string; permission?: Permission };
/** A top-level entry: a link, or a group shown as a dropdown on desktops and under a heading in the phone menu. */
export type NavEntry = { kind: 'link'; item: NavItem } | { kind: 'group'; key: string; items: NavItem[] };

type NavGroupDef = { key: string; items: NavItem[] };

/**
 * The navigation, grouped so the desktop bar fits one line from 1024 px for every role:
 * "Saya" (my own attendance), "Pasukan" (the team I supervise), "Laporan" (cards and
 * overdue reviews, a team's or the organisation's), "Pentadbiran" (the org admin's).
 */
const NAV: (NavItem | NavGroupDef)[] = [
  { to: '/', key: 'nav.home' },
  {
    key: 'nav.groupMine',
    items: [
      { to: '/clock', key: 'nav.clock', permission: 'attendance.self' },
      { to: '/attendance', key: 'nav.myAttendance', permission: 'attendance.self' },
      { to: '/issues', key: 'nav.issues', permission: 'attendance.self' },
      { to: '/status', key: 'nav.dayStatus', permission: 'attendance.self' },
      { to: '/movements', key: 'nav.movements', permission: 'attendance.self' },
      { to: '/tasks', key: 'nav.tasks', permission: 'attendance.self' },
    ],
  },
  {
    key: 'nav.groupTeam',
    items: [
      { to: '/team', key: 'nav.team', permission: 'team.monitor' },
      { to: '/approvals', key: 'nav.approvals', permission: 'requests.review' },
      { to: '/task-review', key: 'taskReview.nav', permission: 'team.monitor' },
    ],
  },
  {
    key: 'nav.groupReports',
    items: [
      { to: '/team/cards', key: 'teamCards.title', permission: 'cards.read' },
      { to: '/reports/overdue-reviews', key: 'reviewReport.nav', permission: 'reviews.report' },
    ],
  },
  {
    key: 'nav.groupAdmin',
    items: [
      { to: '/users', key: 'nav.users', permission: 'users.manage' },
      { to: '/units', key: 'nav.units', permission: 'units.manage' },
      { to: '/organisation', key: 'nav.organisation', permission: 'org.settings' },
      { to: '/sites', key: 'nav.sites', permission: 'sites.manage' },
      { to: '/audit', key: 'nav.audit', permission: 'audit.read' },
    ],
  },
  { to: '/agencies', key: 'nav.agencies', permission: 'platform.orgs' },
  { to: '/profile', key: 'nav.profile' },
];

/** The caller's navigation from their abilities: a group with one item left is shown as that item's link. */
export function navFor(can: (p: Permission) => boolean): NavEntry[] {
  const allowed = (i: NavItem) => !i.permission || can(i.permission);
  return NAV.flatMap((e): NavEntry[] => {
    if ('to' in e) return allowed(e) ? [{ kind: 'link', item: e }] : [];
    const items = e.items.filter(allowed);
    if (items.length === 0) return [];
    return items.length === 1 ? [{ kind: 'link', item: items[0]! }] : [{ kind: 'group', key: e.key, items }];
  });
}

/** Every page the navigation leads to, in order. */
export function navLinks(entries: NavEntry[]): NavItem[] {
  return entries.flatMap((e) => (e.kind === 'link' ? [e.item] : e.items));
}
