import type { Unit } from '../../api/types';

export type UnitNode = Unit & { depth: number; children: UnitNode[] };

/** Builds the tree from the flat list (roots first, names sorted); orphans become roots. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { ...u, depth: 0, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  const sortAndDepth = (list: UnitNode[], depth: number, seen: Set<string>) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (const n of list) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      n.depth = depth;
      sortAndDepth(n.children, depth + 1, seen);
    }
  };
  sortAndDepth(roots, 0, new Set());
  return roots;
}

/** Depth-first order, for indented lists and selects. */
export function flattenTree(roots: readonly UnitNode[]): UnitNode[] {
  return roots.flatMap((r) => [r, ...flattenTree(r.children)]);
}

export function unitOptions(units: readonly Unit[]): { id: string; label: string }[] {
  return flattenTree(buildUnitTree(units)).map((n) => ({ id: n.id, label: `${'— '.repeat(n.depth)}${n.name}` }));
}

/** The ids of a unit and everything under it: a unit cannot move there. */
export function subtreeIds(units: readonly Unit[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
  }
  return out;
}
