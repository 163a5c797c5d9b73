import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/types';
import { buildUnitTree, flattenTree, subtreeIds, unitOptions } from './unit-tree';

const u = (id: string, name: string, parentId: string | null = null): Unit => ({ id, name, parentId, code: null, userCount: 0 });
const units = [
  u('t', 'Bahagian Teknologi'),
  u('a', 'Unit Aplikasi', 't'),
  u('i', 'Unit Infrastruktur', 't'),
  u('p', 'Bahagian Pengurusan'),
  u('x', 'Seksyen Data', 'a'),
];

describe('the unit tree', () => {
  it('orders roots and children by name, depth first', () => {
    expect(flattenTree(buildUnitTree(units)).map((n) => `${n.depth}:${n.name}`)).toEqual([
      '0:Bahagian Pengurusan',
      '0:Bahagian Teknologi',
      '1:Unit Aplikasi',
      '2:Seksyen Data',
      '1:Unit Infrastruktur',
    ]);
  });
  it('indents select options by depth', () => {
    expect(unitOptions(units).find((o) => o.id === 'x')?.label).toBe('— — Seksyen Data');
  });
  it("knows a unit's subtree, where it may not move", () => {
    expect([...subtreeIds(units, 't')].sort()).toEqual(['a', 'i', 't', 'x']);
  });
  it('survives orphans and cycles in bad data', () => {
    const bad = [u('a', 'A', 'b'), u('b', 'B', 'a'), u('c', 'C', 'missing')];
    expect(buildUnitTree(bad).map((n) => n.name)).toEqual(['C']);
  });
});
