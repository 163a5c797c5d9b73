import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { CARD_LEVELS } from '../../../domain/cards/cards';
import { cardInForce, cardSeverity, isCard, type CardMonth } from '../../../domain/cards/in-force';
import { can } from '../../../domain/policy/permissions';
import type { Role } from '../../../domain/policy/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { cardMonthsOf } from './cards-repo';
import { teamOf } from './repo';

export const CARD_SCOPES = ['direct', 'all', 'org'] as const;
export type CardScope = (typeof CARD_SCOPES)[number];

const card = z.enum(CARD_LEVELS);
const month = z.object({ month: z.string(), fromCard: card, card, offenceDays: z.number(), offenceDates: z.array(z.string()) });
export const teamCardsView = z.object({
  scope: z.enum(CARD_SCOPES),
  items: z.array(
    z.object({
      officer: z.object({ id: z.uuid(), fullName: z.string(), staffNo: z.string(), unitName: z.string().nullable(), supervisorName: z.string().nullable() }),
      card,
      /** The counted month that set the card to its colour; null: never counted, KUNING from the start (R24). */
      setByMonth: z.string().nullable(),
      /** The first month of the card in force (the month after `setByMonth`). */
      since: z.string().nullable(),
      previousCard: card.nullable(),
      lastCountedMonth: z.string().nullable(),
      offenceDays: z.number(),
      offenceDates: z.array(z.string()),
      history: z.array(month),
    }),
  ),
});
export type TeamCards = z.infer<typeof teamCardsView>;

/** Months of history read to find when a card was set; the answer shows the newest six. */
const LOOKBACK_MONTHS = 24;

/**
 * Which officers' cards the caller may read: their direct reports or whole sub-tree with
 * team.monitor, the whole organisation with org.monitor. Without a scope: the direct
 * reports of a supervisor, else the organisation.
 */
export function resolveCardScope(roles: readonly Role[], asked: CardScope | undefined): CardScope {
  const scope = asked ?? (can(roles, 'team.monitor') ? 'direct' : 'org');
  if (!can(roles, scope === 'org' ? 'org.monitor' : 'team.monitor')) throw new AppError('FORBIDDEN');
  return scope;
}

/**
 * Each officer of the scope with the card in force (KUNING before any count, R24), when and
 * from what it was set, the offence days of the newest count behind it and six months of
 * history. Red first, then green, then yellow, then by name.
 */
export async function teamCards(db: Db, actor: Actor, roles: readonly Role[], asked: CardScope | undefined, now = new Date()): Promise<TeamCards> {
  const scope = resolveCardScope(roles, asked);
  const officers = await teamOf(db, actor.orgId, actor.id, scope);
  const from = Temporal.PlainYearMonth.from(now.toISOString().slice(0, 7)).subtract({ months: LOOKBACK_MONTHS }).toString();
  const rows = await cardMonthsOf(db, actor.orgId, scope === 'org' ? null : officers.map((o) => o.id), from);
  const byOfficer = new Map<string, CardMonth[]>();
  for (const r of rows) {
    if (!isCard(r.card) || !isCard(r.fromCard)) continue;
    const list = byOfficer.get(r.userId) ?? [];
    list.push({ month: r.month, fromCard: r.fromCard, card: r.card, offenceDays: r.offenceDays, offenceDates: datesOf(r.offenceDates) });
    byOfficer.set(r.userId, list);
  }
  const items = officers.map((o) => ({
    officer: { id: o.id, fullName: o.full_name, staffNo: o.staff_no, unitName: o.unit_name, supervisorName: o.supervisor_name },
    ...cardInForce(byOfficer.get(o.id) ?? []),
  }));
  const collator = new Intl.Collator('ms');
  items.sort((a, b) => cardSeverity(b.card) - cardSeverity(a.card) || collator.compare(a.officer.fullName, b.officer.fullName));
  return { scope, items };
}

function datesOf(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string') : [];
}
