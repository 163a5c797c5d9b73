import type { Permission } from '../../domain/policy/permissions';
import { pageOf, type PageId } from '../pages';

export type NavItem = { to: string; key: string; permission?: Permission };
/** A top-level entry: a link, or a group shown as a dropdown on desktops and under a heading in the phone menu. */
export type NavEntry = { kind: 'link'; item: NavItem } | { kind: 'group'; key: string; items: NavItem[] };

/** A page of the table (app/pages.ts) under its label. */
type NavPage = { page: PageId; key: string };
type NavGroupDef = { key: string; items: NavPage[] };

/**
 * The navigation, grouped so the desktop bar fits one line from 1024 px for every role:
 * "Saya" (my own attendance), "Pasukan" (the team I supervise), "Laporan" (cards and
 * overdue reviews, a team's or the organisation's), "Pentadbiran" (the org admin's).
 */
const NAV: (NavPage | NavGroupDef)[] = [
  { page: 'home', key: 'nav.home' },
  {
    key: 'nav.groupMine',
    items: [
      { page: 'clock', key: 'nav.clock' },
      { page: 'attendance', key: 'nav.myAttendance' },
      { page: 'issues', key: 'nav.issues' },
      { page: 'dayStatus', key: 'nav.dayStatus' },
      { page: 'movements', key: 'nav.movements' },
      { page: 'tasks', key: 'nav.tasks' },
    ],
  },
  {
    key: 'nav.groupTeam',
    items: [
      { page: 'team', key: 'nav.team' },
      { page: 'approvals', key: 'nav.approvals' },
      { page: 'taskReview', key: 'taskReview.nav' },
    ],
  },
  {
    key: 'nav.groupReports',
    items: [
      { page: 'teamCards', key: 'teamCards.title' },
      { page: 'overdueReviews', key: 'reviewReport.nav' },
    ],
  },
  {
    key: 'nav.groupAdmin',
    items: [
      { page: 'users', key: 'nav.users' },
      { page: 'units', key: 'nav.units' },
      { page: 'organisation', key: 'nav.organisation' },
      { page: 'sites', key: 'nav.sites' },
      { page: 'workingTime', key: 'workingTime.nav' },
      { page: 'audit', key: 'nav.audit' },
    ],
  },
  { page: 'agencies', key: 'nav.agencies' },
  { page: 'profile', key: 'nav.profile' },
];

/** The caller's navigation from their abilities: a group with one item left is shown as that item's link. */
export function navFor(can: (p: Permission) => boolean): NavEntry[] {
  const item = (n: NavPage): NavItem => ({ to: pageOf(n.page).path, key: n.key, permission: pageOf(n.page).permission });
  const allowed = (i: NavItem) => !i.permission || can(i.permission);
  return NAV.flatMap((e): NavEntry[] => {
    if ('page' in e) return allowed(item(e)) ? [{ kind: 'link', item: item(e) }] : [];
    const items = e.items.map(item).filter(allowed);
    if (items.length === 0) return [];
    return items.length === 1 ? [{ kind: 'link', item: items[0]! }] : [{ kind: 'group', key: e.key, items }];
  });
}

/** Every page the navigation leads to, in order. */
export function navLinks(entries: NavEntry[]): NavItem[] {
  return entries.flatMap((e) => (e.kind === 'link' ? [e.item] : e.items));
}
