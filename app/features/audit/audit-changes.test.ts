import { describe, expect, it } from 'vitest';
import { auditActionKey, auditChanges, AUDIT_ACTIONS } from './audit-changes';

describe('audit changes', () => {
  it('lists only the keys an update changed', () => {
    expect(auditChanges({ name: 'Unit A', code: 'UA', parentId: null }, { name: 'Unit B', code: 'UA', parentId: 'x' })).toEqual([
      { key: 'name', before: 'Unit A', after: 'Unit B' },
      { key: 'parentId', before: '—', after: 'x' },
    ]);
  });
  it('lists every key of a creation', () => {
    expect(auditChanges(null, { email: 'a@b.my', roles: ['PEGAWAI'] })).toEqual([
      { key: 'email', before: '—', after: 'a@b.my' },
      { key: 'roles', before: '—', after: '["PEGAWAI"]' },
    ]);
  });
  it('has nothing to show when neither side is there, and copes with plain values', () => {
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges(null, 'x')).toEqual([{ key: '', before: '—', after: 'x' }]);
  });
});

describe('audit action labels', () => {
  it('maps the server\'s dotted names to translation keys and back', () => {
    expect(auditActionKey('auth.login_failed')).toBe('audit.actions.auth_login_failed');
    expect(AUDIT_ACTIONS).toContain('auth.login_failed');
    expect(AUDIT_ACTIONS).toContain('organisation.status');
  });
});
