import { and, asc, count, eq, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/raw';
import { orgUnits, users } from '../../db/schema';

const sup = alias(users, 'supervisor');

const detailColumns = {
  id: users.id,
  orgId: users.orgId,
  fullName: users.fullName,
  email: users.email,
  nric: users.nric,
  staffNo: users.staffNo,
  phone: users.phone,
  position: users.position,
  grade: users.grade,
  gender: users.gender,
  unitId: users.unitId,
  unitName: orgUnits.name,
  supervisorId: users.supervisorId,
  supervisorName: sup.fullName,
  dutyState: users.dutyState,
  roles: users.roles,
  status: users.status,
  mustChangePassword: users.mustChangePassword,
  language: users.language,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

export type UserRow = Awaited<ReturnType<typeof selectDetails>>[number];

function selectDetails(db: Db, where: SQL | undefined) {
  return db
    .select(detailColumns)
    .from(users)
    .leftJoin(orgUnits, and(eq(orgUnits.orgId, users.orgId), eq(orgUnits.id, users.unitId)))
    .leftJoin(sup, and(eq(sup.orgId, users.orgId), eq(sup.id, users.supervisorId)))
    .where(where);
}

/** A user of this organisation (null orgId: a platform-level user), or null. */
export async function findUser(db: Db, orgId: string | null, id: string): Promise<UserRow | null> {
  const rows = await selectDetails(db, and(eq(users.id, id), orgId ? eq(users.orgId, orgId) : isNull(users.orgId))).limit(1);
  return rows[0] ?? null;
}

/** What the data says of a user beside their roles: whether someone active has them as supervisor (the same test as the session's). */
export async function factsOf(db: Db, orgId: string, id: string): Promise<{ reviews: boolean }> {
  const [row] = await rowsOf<{ reviews: boolean }>(
    db,
    sql`
    SELECT EXISTS (SELECT 1 FROM users d WHERE d.org_id = ${orgId} AND d.supervisor_id = ${id} AND d.status = 'ACTIVE') AS reviews`,
  );
  return { reviews: row?.reviews ?? false };
}

/** How many active users have `id` as supervisor. */
export async function activeReportCount(db: Db, orgId: string, id: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM users WHERE org_id = ${orgId} AND supervisor_id = ${id} AND status = 'ACTIVE'`,
  );
  return row?.n ?? 0;
}

export type UserFilter = { q?: string; unitId?: string; role?: string; status?: string };

function filterWhere(orgId: string, f: UserFilter): SQL | undefined {
  const q = f.q?.trim();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(users.orgId, orgId),
    like ? or(ilike(users.fullName, like), ilike(users.email, like), ilike(users.staffNo, like)) : undefined,
    f.unitId ? eq(users.unitId, f.unitId) : undefined,
    f.role ? sql`${f.role} = ANY(${users.roles})` : undefined,
    f.status ? eq(users.status, f.status) : undefined,
  );
}

export async function listUsers(db: Db, orgId: string, f: UserFilter, page: number, pageSize: number) {
  const where = filterWhere(orgId, f);
  // One after another: inside a request's transaction there is one connection.
  const items = await selectDetails(db, where)
    .orderBy(asc(users.fullName), asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const totals = await db.select({ n: count() }).from(users).where(where);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function userOptions(db: Db, orgId: string, q: string | undefined) {
  return db
    .select({ id: users.id, fullName: users.fullName, staffNo: users.staffNo })
    .from(users)
    .where(and(filterWhere(orgId, { q }), eq(users.status, 'ACTIVE')))
    .orderBy(asc(users.fullName))
    .limit(20);
}

export type LoginCandidate = {
  id: string;
  orgId: string | null;
  email: string;
  nric: string | null;
  passwordHash: string;
  status: string;
  language: string;
  failedLogins: number;
  lockedUntil: Date | null;
  orgActive: boolean | null;
};

function selectAccount(db: Db, where: SQL): Promise<LoginCandidate[]> {
  return db
    .select({
      id: users.id,
      orgId: users.orgId,
      email: users.email,
      nric: users.nric,
      passwordHash: users.passwordHash,
      status: users.status,
      language: users.language,
      failedLogins: users.failedLogins,
      lockedUntil: users.lockedUntil,
      orgActive: sql<boolean | null>`(select o.active from organisations o where o.id = ${users.orgId})`,
    })
    .from(users)
    .where(where)
    .limit(1);
}

export async function findLoginCandidate(db: Db, login: { email?: string; nric?: string }): Promise<LoginCandidate | null> {
  const cond = login.nric ? eq(users.nric, login.nric) : sql`lower(${users.email}) = lower(${login.email ?? ''})`;
  return (await selectAccount(db, cond))[0] ?? null;
}

/** The same account facts by id, in any organisation (the owner connection: current-password checks, one-time links). */
export async function findAccount(db: Db, id: string): Promise<LoginCandidate | null> {
  return (await selectAccount(db, eq(users.id, id)))[0] ?? null;
}

const notLocked = or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`));

/**
 * Counts one wrong password against the account in a single statement, so failures
 * arriving together cannot overwrite each other's count. The failure that reaches `max`
 * locks the account for `lockMinutes` and starts the count again. While the account is
 * locked nothing is counted and null is answered; `lockedUntil` is set only on the
 * failure that locked it.
 */
export async function countPasswordFailure(
  db: Db,
  id: string,
  max: number,
  lockMinutes: number,
): Promise<{ failures: number; lockedUntil: Date | null } | null> {
  const reaches = sql`${users.failedLogins} + 1 >= ${max}`;
  const rows = await db
    .update(users)
    .set({
      failedLogins: sql`CASE WHEN ${reaches} THEN 0 ELSE ${users.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${reaches} THEN now() + make_interval(mins => ${lockMinutes}::int) ELSE NULL END`,
    })
    .where(and(eq(users.id, id), notLocked))
    .returning({ failures: users.failedLogins, lockedUntil: users.lockedUntil });
  const row = rows[0];
  if (!row) return null;
  return { failures: row.lockedUntil ? max : row.failures, lockedUntil: row.lockedUntil };
}

/** A right password: the count starts again (not while a lock holds: only its link or time ends it). */
export async function clearPasswordFailures(db: Db, id: string): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0 })
    .where(and(eq(users.id, id), notLocked));
}

/** Ends a lock and its count (the owner's unlock link); answers the account's organisation, or undefined when no such user. */
export async function clearLock(db: Db, id: string): Promise<{ orgId: string | null } | undefined> {
  const rows = await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id)).returning({ orgId: users.orgId });
  return rows[0];
}

/**
 * Records a login, unless a lock took hold since the password was checked (a burst of
 * guesses all read the account before the failures among them locked it): false then.
 */
export async function markLoggedIn(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(and(eq(users.id, id), notLocked))
    .returning({ id: users.id });
  return rows.length > 0;
}

export type UserWrite = Partial<typeof users.$inferInsert>;

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<string> {
  const rows = await db.insert(users).values(values).returning({ id: users.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned no id');
  return id;
}

export async function updateUser(db: Db, orgId: string | null, id: string, values: UserWrite): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), orgId ? eq(users.orgId, orgId) : isNull(users.orgId)));
}

/** The ids up the supervision chain from `start` (inclusive), within one organisation. */
export async function supervisionChain(db: Db, orgId: string, start: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT ${start}::uuid, 0
      UNION
      SELECT u.supervisor_id, c.depth + 1 FROM users u JOIN chain c ON u.id = c.id
      WHERE u.org_id = ${orgId} AND u.supervisor_id IS NOT NULL AND c.depth < 100
    )
    SELECT id FROM chain`,
  );
  return rows.map((r) => r.id);
}

/**
 * Whether the email (any case) or NRIC is held by another user: on the whole platform, or
 * only among `orgId`'s users (what an organisation's administrator may be told of).
 */
export async function emailOrNricTaken(db: Db, email: string, nric: string | null, exceptId?: string, orgId?: string) {
  const rows = await db
    .select({ email: users.email, nric: users.nric })
    .from(users)
    .where(
      and(
        or(sql`lower(${users.email}) = lower(${email})`, nric ? eq(users.nric, nric) : undefined),
        exceptId ? sql`${users.id} <> ${exceptId}` : undefined,
        orgId ? eq(users.orgId, orgId) : undefined,
      ),
    );
  return {
    email: rows.some((r) => r.email.toLowerCase() === email.toLowerCase()),
    nric: nric !== null && rows.some((r) => r.nric === nric),
  };
}

export async function staffNoTaken(db: Db, orgId: string, staffNo: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.staffNo, staffNo), exceptId ? sql`${users.id} <> ${exceptId}` : undefined))
    .limit(1);
  return rows.length > 0;
}
