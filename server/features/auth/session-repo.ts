import { and, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/raw';
import type { Role } from '../../../domain/policy/roles';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema';
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

type SessionRow = {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date | string;
  user_id: string;
  org_id: string | null;
  roles: string[];
  must_change_password: boolean;
  language: string;
  reviews: boolean;
};

/**
 * The live sessions among `ids` (of active users in active organisations), by id. One
 * statement for many requests: the access check batches the sessions of the requests
 * that arrive together (see session-loader.ts).
 */
export async function findLiveSessions(db: Db, ids: string[]): Promise<Map<string, Auth & { lastSeenAt: Date }>> {
  const rows = await rowsOf<SessionRow>(
    db,
    sql`
    SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id AS user_id, u.org_id, u.roles, u.must_change_password, u.language,
      EXISTS (SELECT 1 FROM users d WHERE d.org_id = u.org_id AND d.supervisor_id = u.id AND d.status = 'ACTIVE') AS reviews
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN organisations o ON o.id = u.org_id
    WHERE s.id = ANY(${sql.param(ids)}::text[]) AND s.revoked_at IS NULL AND s.expires_at > now()
      AND u.status = 'ACTIVE' AND (u.org_id IS NULL OR o.active)`,
  );
  return new Map(
    rows.map((r) => [
      r.session_id,
      {
        sessionId: r.session_id,
        csrfToken: r.csrf_token,
        lastSeenAt: r.last_seen_at instanceof Date ? r.last_seen_at : new Date(r.last_seen_at),
        user: {
          id: r.user_id,
          orgId: r.org_id,
          roles: r.roles as Role[],
          mustChangePassword: r.must_change_password,
          language: r.language,
          facts: { reviews: r.reviews },
        },
      },
    ]),
  );
}

/** Sliding expiry: each touch pushes the end of the session forward. */
export async function touchSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt })
    .where(eq(sessions.id, id));
}

export async function revokeSession(db: Db, id: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Revokes every session of a user, optionally keeping one (the caller's own). */
export async function revokeUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? sql`${sessions.id} <> ${keep}` : undefined));
}

export async function revokeOrgSessions(db: Db, orgId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.orgId, orgId), isNull(sessions.revokedAt)));
}
