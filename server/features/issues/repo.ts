import type { RequestState } from '../../../domain/requests/states';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attendanceIssues, justificationAttachments, justifications } from '../../db/schema';
import type { IssueView } from './schema';

type IssueRow = typeof attendanceIssues.$inferSelect;
type JustRow = typeof justifications.$inferSelect;

type AttachmentMeta = { fileName: string; contentType: string; sizeBytes: number };
const attachmentColumns = {
  fileName: justificationAttachments.fileName,
  contentType: justificationAttachments.contentType,
  sizeBytes: justificationAttachments.sizeBytes,
};

export function presentIssue(i: IssueRow, j: JustRow | null, attachment: AttachmentMeta | null = null): IssueView {
  return {
    id: i.id,
    date: i.date,
    code: i.code,
    minutes: i.minutes,
    rule: i.rule,
    state: i.state,
    justification: j
      ? {
          id: j.id,
          category: j.category,
          text: j.text,
          state: j.state,
          remark: j.remark,
          decidedAt: j.decidedAt?.toISOString() ?? null,
          updatedAt: j.updatedAt.toISOString(),
          stage: j.stage,
          checkRemark: j.checkRemark,
          checkedAt: j.checkedAt?.toISOString() ?? null,
          attachment,
        }
      : null,
  };
}

/** An officer's issues of [from, to] that are still on their days, with their answers. */
export async function issuesOf(db: Db, orgId: string, userId: string, from: string, to: string) {
  return db
    .select({ issue: attendanceIssues, justification: justifications, attachment: attachmentColumns })
    .from(attendanceIssues)
    .leftJoin(justifications, and(eq(justifications.orgId, attendanceIssues.orgId), eq(justifications.issueId, attendanceIssues.id)))
    .leftJoin(
      justificationAttachments,
      and(eq(justificationAttachments.orgId, justifications.orgId), eq(justificationAttachments.justificationId, justifications.id)),
    )
    .where(
      and(
        eq(attendanceIssues.orgId, orgId),
        eq(attendanceIssues.userId, userId),
        eq(attendanceIssues.state, 'TERBUKA'),
        gte(attendanceIssues.date, from),
        lte(attendanceIssues.date, to),
      ),
    )
    .orderBy(asc(attendanceIssues.date), asc(attendanceIssues.code));
}

export async function findIssue(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ issue: attendanceIssues, justification: justifications, attachment: attachmentColumns })
    .from(attendanceIssues)
    .leftJoin(justifications, and(eq(justifications.orgId, attendanceIssues.orgId), eq(justifications.issueId, attendanceIssues.id)))
    .leftJoin(
      justificationAttachments,
      and(eq(justificationAttachments.orgId, justifications.orgId), eq(justificationAttachments.justificationId, justifications.id)),
    )
    .where(and(eq(attendanceIssues.orgId, orgId), eq(attendanceIssues.id, id)))
    .limit(1);
  return row ?? null;
}

/** Writes the officer's answer: a new one, or the same row sent again for review. */
export async function upsertJustification(db: Db, v: { orgId: string; issueId: string; userId: string; category: string; text: string }): Promise<JustRow> {
  const [row] = await db
    .insert(justifications)
    .values({ ...v, state: 'MENUNGGU' })
    .onConflictDoUpdate({
      target: [justifications.orgId, justifications.issueId],
      set: {
        category: v.category,
        text: v.text,
        state: 'MENUNGGU',
        stage: 1,
        checkedBy: null,
        checkedAt: null,
        checkRemark: null,
        reviewerId: null,
        decidedBy: null,
        decidedAt: null,
        remark: null,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!row) throw new Error('justification not written');
  return row;
}

/** The officer withdraws their answer: only from one of `fromStates`; null when it is in none of them. */
export async function setJustificationState(
  db: Db,
  orgId: string,
  id: string,
  v: { state: RequestState; fromStates: readonly RequestState[] },
): Promise<JustRow | null> {
  const [row] = await db
    .update(justifications)
    .set({ state: v.state, updatedAt: sql`now()` })
    .where(
      and(
        eq(justifications.orgId, orgId),
        eq(justifications.id, id),
        sql`${justifications.state} IN (${sql.join(
          v.fromStates.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      ),
    )
    .returning();
  return row ?? null;
}
