import { maskNric } from '../../../domain/identity/nric';
import type { Role } from '../../../domain/policy/roles';
import type { UserRow } from './repo';
import type { UserDetail } from './schema';

/** The API's view of a user: the NRIC is never sent in full. */
export function presentUser(u: UserRow): UserDetail {
  return {
    id: u.id,
    fullName: u.fullName,
    email: u.email,
    nricMasked: u.nric ? maskNric(u.nric) : null,
    staffNo: u.staffNo,
    position: u.position,
    grade: u.grade,
    unitId: u.unitId,
    unitName: u.unitName,
    supervisorId: u.supervisorId,
    supervisorName: u.supervisorName,
    roles: u.roles as Role[],
    status: u.status as UserDetail['status'],
    phone: u.phone,
    gender: u.gender as UserDetail['gender'],
    dutyState: u.dutyState,
    language: u.language as UserDetail['language'],
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** What an audit row keeps of a user: no password hash, NRIC masked. */
export function auditView(u: UserRow) {
  const { createdAt: _c, lastLoginAt: _l, ...rest } = presentUser(u);
  return rest;
}
