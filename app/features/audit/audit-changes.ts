import { AUDIT_ACTIONS, auditActionSlug } from '../../../domain/audit/actions';

/** Every audited action, as the server writes them (`user.created`), grouped by what they touch (`user`), in catalogue order. */
export function auditActionGroups(): { group: string; actions: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const a of AUDIT_ACTIONS) {
    const g = a.slice(0, a.indexOf('.'));
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  return [...groups].map(([group, actions]) => ({ group, actions }));
}

/** The translation key of an action's label: i18next reads dots as nesting, so `user.created` → `audit.actions.user_created`. */
export function auditActionKey(action: string): string {
  return `audit.actions.${auditActionSlug(action)}`;
}

export type Change = { key: string; before: string; after: string };

function show(v: unknown): string {
  if (v === undefined || v === null) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * What an audit row changed, key by key: for an update only the keys whose values
 * differ; for a creation or deletion (one side empty) every key of the other side.
 */
export function auditChanges(before: unknown, after: unknown): Change[] {
  const obj = (v: unknown): Record<string, unknown> | null =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const b = obj(before);
  const a = obj(after);
  if (!b && !a) {
    if (before === null && after === null) return [];
    return [{ key: '', before: show(before), after: show(after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.filter((k) => JSON.stringify(b?.[k]) !== JSON.stringify(a?.[k])).map((k) => ({ key: k, before: show(b?.[k]), after: show(a?.[k]) }));
}

export type CardCount = { card: string; offenceDays: number };
export type CardRecount = { date: string | null; months: { month: string; before: CardCount | null; after: CardCount | null }[] };

/**
 * A card recount's row (`card.recounted`): the day whose late change caused it, and each
 * month counted again (keys `YYYY-MM`) with its card and offence days before and after.
 */
export function cardRecount(before: unknown, after: unknown): CardRecount {
  const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const count = (v: unknown): CardCount | null => {
    const o = obj(v);
    return typeof o.card === 'string' && typeof o.offenceDays === 'number' ? { card: o.card, offenceDays: o.offenceDays } : null;
  };
  const b = obj(before);
  const a = obj(after);
  const months = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  return { date: typeof a.date === 'string' ? a.date : null, months: months.map((month) => ({ month, before: count(b[month]), after: count(a[month]) })) };
}
