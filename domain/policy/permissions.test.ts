import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, FACT_PERMISSIONS, PERMISSIONS, abilitiesOf, can } from './permissions';
import { ROLES } from './roles';

describe('roles and permissions as data', () => {
  it('every permission is held by at least one existing role or by a fact', () => {
    for (const p of ALL_PERMISSIONS) {
      expect(PERMISSIONS[p].length > 0 || FACT_PERMISSIONS[p] !== undefined, p).toBe(true);
      for (const r of PERMISSIONS[p]) expect(ROLES).toContain(r);
    }
  });
  it('abilities are the union over the roles held', () => {
    expect(abilitiesOf(['PEGAWAI'])).toEqual(['profile.self', 'attendance.self', 'notifications.self']);
    expect(abilitiesOf(['PENYELIA', 'PEGAWAI'])).toEqual(expect.arrayContaining(['attendance.self', 'team.monitor', 'units.read']));
    expect(abilitiesOf([])).toEqual([]);
  });
  it("reviewing requests follows from being someone's supervisor, not from a role", () => {
    expect(can(['PENYELIA', 'PEGAWAI'], 'requests.review')).toBe(false);
    expect(can(['EKSEKUTIF', 'PEGAWAI'], 'requests.review', { reviews: true })).toBe(true);
    expect(abilitiesOf(['PEGAWAI'], { reviews: true })).toContain('requests.review');
    expect(abilitiesOf(['PENYELIA'], { reviews: false })).not.toContain('requests.review');
  });
  it('only platform admins manage agencies; only org admins manage users', () => {
    expect(can(['PENTADBIR_SISTEM'], 'platform.orgs')).toBe(true);
    expect(can(['PENTADBIR_ORGANISASI'], 'platform.orgs')).toBe(false);
    expect(can(['PENTADBIR_ORGANISASI'], 'users.manage')).toBe(true);
    expect(can(['PENTADBIR_SISTEM'], 'users.manage')).toBe(false);
    expect(can(['EKSEKUTIF', 'PENYELIA'], 'users.manage')).toBe(false);
  });
  it('cards and the overdue-review report: supervisors, executives and org admins, never a plain officer', () => {
    for (const p of ['cards.read', 'reviews.report'] as const) {
      expect(
        ['PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'].every((r) => can([r as 'PENYELIA'], p)),
        p,
      ).toBe(true);
      expect(can(['PEGAWAI'], p) || can(['PENTADBIR_SISTEM'], p), p).toBe(false);
    }
  });
});
