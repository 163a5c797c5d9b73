import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountTokens } from '../../db/schema';

export type AccountTokenPurpose = 'UNLOCK' | 'EMAIL_CHANGE';

export async function insertAccountToken(
  db: Db,
  t: { id: string; userId: string; purpose: AccountTokenPurpose; newEmail?: string | null; validHours: number },
): Promise<void> {
  await db.insert(accountTokens).values({
    id: t.id,
    userId: t.userId,
    purpose: t.purpose,
    newEmail: t.newEmail ?? null,
    expiresAt: sql`now() + make_interval(hours => ${t.validHours}::int)`,
  });
}

/** Ends the user's unused links of one purpose (a newer link replaces them). */
export async function retireAccountTokens(db: Db, userId: string, purpose: AccountTokenPurpose): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

/**
 * Uses a link: one statement marks it used if it is unused and not expired, so of two
 * requests with the same token only one gets the row.
 */
export async function consumeAccountToken(db: Db, id: string, purpose: AccountTokenPurpose): Promise<{ userId: string; newEmail: string | null } | null> {
  const rows = await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.id, id), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)))
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return rows[0] ?? null;
}

/** The address a live email-change link of the user would confirm, newest first, or null. */
export async function pendingEmailOf(db: Db, userId: string): Promise<string | null> {
  const rows = await db
    .select({ newEmail: accountTokens.newEmail })
    .from(accountTokens)
    .where(
      and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, 'EMAIL_CHANGE'), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)),
    )
    .orderBy(desc(accountTokens.createdAt))
    .limit(1);
  return rows[0]?.newEmail ?? null;
}
