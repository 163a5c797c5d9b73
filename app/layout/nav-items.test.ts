import { describe, expect, it } from 'vitest';
import { abilitiesOf } from '../../domain/policy/permissions';
import type { Role } from '../../domain/policy/roles';
import { navFor, navLinks } from './nav-items';

const navOf = (roles: Role[]) => {
  const abilities = abilitiesOf(roles);
  return navFor((p) => abilities.includes(p));
};
const top = (roles: Role[]) => navOf(roles).map((e) => (e.kind === 'link' ? e.item.key : e.key));

describe('the navigation, grouped by ability', () => {
  it('gives the executive the attendance cards and the overdue reviews', () => {
    const links = navLinks(navOf(['EKSEKUTIF', 'PEGAWAI'])).map((i) => i.to);
    expect(links).toEqual(expect.arrayContaining(['/team/cards', '/reports/overdue-reviews', '/clock']));
    expect(links).not.toContain('/team');
    expect(top(['EKSEKUTIF', 'PEGAWAI'])).toEqual(['nav.home', 'nav.groupMine', 'nav.groupReports', 'nav.profile']);
  });
  it('keeps every role to a few top-level entries', () => {
    expect(top(['PEGAWAI'])).toEqual(['nav.home', 'nav.groupMine', 'nav.profile']);
    expect(top(['PENYELIA', 'PEGAWAI'])).toEqual(['nav.home', 'nav.groupMine', 'nav.groupTeam', 'nav.groupReports', 'nav.profile']);
    expect(top(['PENTADBIR_ORGANISASI', 'PEGAWAI'])).toEqual(['nav.home', 'nav.groupMine', 'nav.groupReports', 'nav.groupAdmin', 'nav.profile']);
    expect(top(['PENTADBIR_SISTEM'])).toEqual(['nav.home', 'nav.agencies', 'nav.profile']);
  });
  it("puts the working-time page under the admin's Pentadbiran group, for org.settings only", () => {
    const admin = navOf(['PENTADBIR_ORGANISASI', 'PEGAWAI']).find((e) => e.kind === 'group' && e.key === 'nav.groupAdmin');
    expect(admin?.kind === 'group' ? admin.items.map((i) => i.to) : []).toContain('/working-time');
    for (const roles of [['PEGAWAI'], ['PENYELIA', 'PEGAWAI'], ['EKSEKUTIF', 'PEGAWAI'], ['PENTADBIR_SISTEM']] as Role[][])
      expect(navLinks(navOf(roles)).map((i) => i.to)).not.toContain('/working-time');
  });
  it("shows a group left with one page as that page's link", () => {
    const entries = navFor((p) => p === 'reviews.report');
    expect(entries.map((e) => e.kind)).toEqual(['link', 'link', 'link']);
    expect(navLinks(entries).map((i) => i.to)).toEqual(['/', '/reports/overdue-reviews', '/profile']);
  });
});
