import type { Role } from './roles';

/**
 * The one table of who may do what: permission → roles that hold it.
 * The server checks it on every route; the client receives the caller's
 * abilities (the permissions their roles give) and shows actions from them.
 */
export const PERMISSIONS = {
  'profile.self': ['PEGAWAI', 'PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI', 'PENTADBIR_SISTEM'],
  'attendance.self': ['PEGAWAI'],
  'notifications.self': ['PEGAWAI', 'PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'],
  'team.monitor': ['PENYELIA'],
  /** Deciding requests: held by relationship, not by role (FACT_PERMISSIONS). */
  'requests.review': [],
  'org.monitor': ['EKSEKUTIF', 'PENTADBIR_ORGANISASI'],
  /** Attendance cards of others: a supervisor's sub-tree (team.monitor) or the whole organisation (org.monitor); the service picks by those two. */
  'cards.read': ['PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'],
  /** Justifications waiting past the review deadline, per reviewer (R23): the same two scopes as cards.read. */
  'reviews.report': ['PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'],
  'units.read': ['PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'],
  'units.manage': ['PENTADBIR_ORGANISASI'],
  'users.manage': ['PENTADBIR_ORGANISASI'],
  'org.settings': ['PENTADBIR_ORGANISASI'],
  'sites.manage': ['PENTADBIR_ORGANISASI'],
  'audit.read': ['PENTADBIR_ORGANISASI'],
  'attendance.correct': ['PENTADBIR_ORGANISASI'],
  'platform.orgs': ['PENTADBIR_SISTEM'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** What the data says of a person, beside their roles: `reviews` — someone active has them as supervisor. */
export type Facts = { reviews: boolean };
export const NO_FACTS: Facts = { reviews: false };

/** Permissions a fact gives, whatever the roles: whoever is an officer's supervisor reviews their requests. */
export const FACT_PERMISSIONS: Partial<Record<Permission, keyof Facts>> = { 'requests.review': 'reviews' };

export function can(roles: readonly Role[], permission: Permission, facts: Facts = NO_FACTS): boolean {
  const fact = FACT_PERMISSIONS[permission];
  return (fact !== undefined && facts[fact]) || (PERMISSIONS[permission] as readonly Role[]).some((r) => roles.includes(r));
}

export function abilitiesOf(roles: readonly Role[], facts: Facts = NO_FACTS): Permission[] {
  return ALL_PERMISSIONS.filter((p) => can(roles, p, facts));
}
