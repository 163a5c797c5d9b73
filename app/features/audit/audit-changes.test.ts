import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionSlug } from '../../../domain/audit/actions';
import { auditActionGroups, auditActionKey, auditChanges, cardRecount } from './audit-changes';
import { auditEn, auditMs } from './messages';

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

describe("a card recount's row", () => {
  it('reads the day that changed and each month counted again, before and after, oldest first', () => {
    const before = {
      '2026-10': { fromCard: 'HIJAU', card: 'MERAH', offenceDays: 2, offenceDates: [] },
      '2026-09': { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: [] },
    };
    const after = {
      date: '2026-09-01',
      '2026-09': { fromCard: 'KUNING', card: 'KUNING', offenceDays: 1, offenceDates: [] },
      '2026-10': { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, offenceDates: [] },
    };
    expect(cardRecount(before, after)).toEqual({
      date: '2026-09-01',
      months: [
        { month: '2026-09', before: { card: 'HIJAU', offenceDays: 2 }, after: { card: 'KUNING', offenceDays: 1 } },
        { month: '2026-10', before: { card: 'MERAH', offenceDays: 2 }, after: { card: 'HIJAU', offenceDays: 2 } },
      ],
    });
    expect(cardRecount(null, { '2026-09': 'x' })).toEqual({ date: null, months: [{ month: '2026-09', before: null, after: null }] });
  });
});

describe('audit action labels', () => {
  it("maps the server's dotted names to translation keys", () => {
    expect(auditActionKey('auth.login_failed')).toBe('audit.actions.auth_login_failed');
    expect(auditActionKey('task.day_review_removed')).toBe('audit.actions.task_day_review_removed');
  });
  it('names every action, every group and every kind of target in both languages', () => {
    for (const m of [auditMs, auditEn]) {
      for (const a of AUDIT_ACTIONS) expect(m.actions[auditActionSlug(a) as keyof typeof m.actions], a).toBeTruthy();
      for (const g of auditActionGroups()) expect(m.groups[g.group as keyof typeof m.groups], g.group).toBeTruthy();
      for (const e of AUDIT_ENTITIES) expect(m.entities[e], e).toBeTruthy();
    }
    expect(Object.keys(auditMs.actions).sort()).toEqual(Object.keys(auditEn.actions).sort());
    expect(auditActionGroups().flatMap((g) => g.actions)).toHaveLength(AUDIT_ACTIONS.length);
  });
});
