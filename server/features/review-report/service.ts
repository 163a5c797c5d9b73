import { parseOrgSettings } from '../../../domain/org/settings';
import { can } from '../../../domain/policy/permissions';
import type { Role } from '../../../domain/policy/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { findOrg } from '../organisation';
import { overdueJustifications, type OverdueRow } from './repo';
import type { OverdueReport } from './schema';

const DAY_MS = 86_400_000;

/**
 * R23: justifications waiting for review longer than the organisation's deadline
 * (`reviewDeadlineDays`, counted from when the officer last sent them), grouped by the
 * reviewer they wait for. With org.monitor the whole organisation; with team.monitor only,
 * the reviewers in the caller's sub-tree, the caller included. Most overdue first.
 */
export async function overdueReviews(db: Db, actor: Actor, roles: readonly Role[], now = new Date()): Promise<OverdueReport & { timeZone: string }> {
  const orgWide = can(roles, 'org.monitor');
  if (!orgWide && !can(roles, 'team.monitor')) throw new AppError('FORBIDDEN');
  const org = await findOrg(db, actor.orgId);
  if (!org) throw new AppError('NOT_FOUND');
  const deadlineDays = parseOrgSettings(org.settings).reviewDeadlineDays;
  const rows = await overdueJustifications(db, actor.orgId, new Date(now.getTime() - deadlineDays * DAY_MS), orgWide ? null : actor.id);
  const groups = new Map<string, OverdueRow[]>();
  for (const r of rows) {
    const key = r.reviewer_id ?? '';
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const collator = new Intl.Collator('ms');
  const reviewers = [...groups.values()].map((items) => {
    const first = items[0]!;
    const presented = items.map((r) => {
      const since = new Date(r.updated_at);
      return {
        justificationId: r.id,
        officer: { id: r.officer_id, fullName: r.officer_name, staffNo: r.officer_staff_no },
        issueDate: r.issue_date,
        issueCode: r.issue_code,
        stage: Number(r.stage),
        waitingSince: since.toISOString(),
        daysWaiting: Math.floor((now.getTime() - since.getTime()) / DAY_MS),
      };
    });
    return {
      reviewer: first.reviewer_id
        ? { id: first.reviewer_id, fullName: first.reviewer_name ?? '', staffNo: first.reviewer_staff_no ?? '', unitName: first.reviewer_unit }
        : null,
      overdue: presented.length,
      oldestDays: Math.max(...presented.map((p) => p.daysWaiting)),
      items: presented,
    };
  });
  reviewers.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.oldestDays - a.oldestDays ||
      (a.reviewer === null ? 1 : 0) - (b.reviewer === null ? 1 : 0) ||
      collator.compare(a.reviewer?.fullName ?? '', b.reviewer?.fullName ?? ''),
  );
  return { scope: orgWide ? 'org' : 'subtree', deadlineDays, generatedAt: now.toISOString(), totalOverdue: rows.length, reviewers, timeZone: org.timeZone };
}
