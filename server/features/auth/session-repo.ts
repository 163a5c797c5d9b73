import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/policy/roles';
import type { Db } from '../../db/client';
import { organisations, sessions, users } from '../../db/schema';
import type { Auth } from '../../http/request-context';

export type NewSession = {
  id: string;
  userId: string;
  orgId: string | null;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  expiresAt: Date;
};

export async function insertSession(db: Db, s: NewSession): Promise<void> {
  await db.insert(sessions).values(s);
}

/** A live session of an active user in an active organisation, or null. */
export async function findLiveSession(db: Db, id: string): Promise<(Auth & { lastSeenAt: Date }) | null> {
  const rows = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      orgId: users.orgId,
      roles: users.roles,
      mustChangePassword: users.mustChangePassword,
      language: users.language,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.status, 'ACTIVE'),
        sql`(${users.orgId} IS NULL OR ${organisations.active})`,
      ),
    )
    .limit(1);
  const r = rows[0];
  if (!r) return null;
  return {
    sessionId: r.sessionId,
    csrfToken: r.csrfToken,
    lastSeenAt: r.lastSeenAt,
    user: {
      id: r.userId,
      orgId: r.orgId,
      roles: r.roles as Role[],
      mustChangePassword: r.mustChangePassword,
      language: r.language,
    },
  };
}

/** Sliding expiry: each touch pushes the end of the session forward. */
export async function touchSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.id, id));
}

export async function revokeSession(db: Db, id: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Revokes every session of a user, optionally keeping one (the caller's own). */
export async function revokeUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? sql`${sessions.id} <> ${keep}` : undefined));
}

export async function revokeOrgSessions(db: Db, orgId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.orgId, orgId), isNull(sessions.revokedAt)));
}
