import { randomInt, randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { IssueCode } from '../../domain/day';
import { ruleFor } from '../../domain/day/issue-rules';
import { addDays, localOf } from '../../domain/day/local-time';
import type { OrgRole, Role } from '../../domain/policy/roles';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import type { Db } from '../db/client';
import { attendanceIssues, justifications, punches, users } from '../db/schema';
import { hashPassword } from '../features/auth/password-hash';
import { insertOrg, type OrgRow } from '../features/organisation/repo';
import { insertUnit } from '../features/units/repo';
import { insertUser } from '../features/users/repo';

export const TEST_PASSWORD = 'Ujian#Kehadiran-2026';
let passwordHash: Promise<string> | undefined;
let seq = 0;

function unique(): string {
  seq += 1;
  return `${process.pid}${seq}${randomUUID().slice(0, 6)}`;
}

/** A valid MyKad number nobody else in this run has: random serial under a fixed valid birth date. */
export function randomNric(): string {
  const day = String(1 + randomInt(28)).padStart(2, '0');
  const month = String(1 + randomInt(12)).padStart(2, '0');
  return `9${randomInt(10)}${month}${day}${String(1 + randomInt(14)).padStart(2, '0')}${String(randomInt(10_000)).padStart(4, '0')}`;
}

export async function makeOrg(db: Db, overrides: Partial<OrgRow> = {}): Promise<OrgRow> {
  return insertOrg(db, {
    name: `Agensi Ujian ${unique()}`,
    code: `T${unique()}`.slice(0, 20).toUpperCase(),
    state: 'MY-14',
    settings: DEFAULT_ORG_SETTINGS,
    ...overrides,
  });
}

export async function makeUnit(db: Db, orgId: string, name = `Unit ${unique()}`, parentId: string | null = null) {
  return insertUnit(db, { orgId, name, code: null, parentId });
}

export type MadeUser = { id: string; email: string; nric: string; orgId: string | null; password: string };

export async function makeUser(
  db: Db,
  orgId: string | null,
  opts: { roles?: Role[]; unitId?: string; supervisorId?: string; mustChangePassword?: boolean; status?: string; fullName?: string; language?: string } = {},
): Promise<MadeUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `u${unique()}@ujian.gov.my`.toLowerCase();
  const nric = randomNric();
  const id = await insertUser(db, {
    orgId,
    fullName: opts.fullName ?? `Pegawai ${unique()}`,
    email,
    nric,
    staffNo: `S${unique()}`,
    gender: 'L',
    dutyState: 'MY-14',
    roles: opts.roles ?? (['PEGAWAI'] satisfies OrgRole[]),
    unitId: opts.unitId ?? null,
    supervisorId: opts.supervisorId ?? null,
    mustChangePassword: opts.mustChangePassword ?? false,
    status: opts.status ?? 'ACTIVE',
    language: opts.language ?? 'ms-MY',
    passwordHash: await passwordHash,
  });
  return { id, email, nric, orgId, password: TEST_PASSWORD };
}

/**
 * `n` active officers of an organisation in a few statements (for tests at scale), sharing the
 * test password; returns their ids in id order (the order the day close takes them in).
 */
export async function makeOfficers(db: Db, orgId: string, n: number): Promise<string[]> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const ids: string[] = [];
  for (let start = 0; start < n; start += 500) {
    const rows = Array.from({ length: Math.min(500, n - start) }, () => {
      const u = unique();
      return {
        id: randomUUID(),
        orgId,
        fullName: `Pegawai ${u}`,
        staffNo: `S${u}`,
        email: `u${u}@ujian.gov.my`,
        dutyState: 'MY-14',
        roles: ['PEGAWAI'],
        passwordHash: hash,
      };
    });
    await db.insert(users).values(rows);
    ids.push(...rows.map((r) => r.id));
  }
  return ids.sort();
}

/** An organisation with one user of each organisation role, ready to log in. */
export async function makeOrgWithRoles(db: Db) {
  const org = await makeOrg(db);
  const admin = await makeUser(db, org.id, { roles: ['PENTADBIR_ORGANISASI', 'PEGAWAI'] });
  const supervisor = await makeUser(db, org.id, { roles: ['PENYELIA', 'PEGAWAI'] });
  const officer = await makeUser(db, org.id, { roles: ['PEGAWAI'], supervisorId: supervisor.id });
  const executive = await makeUser(db, org.id, { roles: ['EKSEKUTIF'] });
  return { org, admin, supervisor, officer, executive };
}

/**
 * A Tuesday at least `minDays` after today in Kuala Lumpur: a working day in every state,
 * not a public holiday in the years the holiday files cover (a Tuesday on Christmas Eve is
 * skipped: the Wednesday after is Christmas).
 */
export function workingTuesdayAhead(minDays: number): string {
  let d = addDays(localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date, minDays);
  while (Temporal.PlainDate.from(d).dayOfWeek !== 2 || d.endsWith('-12-24')) d = addDays(d, 1);
  return d;
}

/**
 * A punch as a test states it: the officer, the instant, and what differs from an ordinary
 * web punch on site. An outside punch carries the LUAR_KAWASAN flag, as the writer gives it.
 */
export type PunchSpec = { userId: string; at: Date } & Partial<Omit<typeof punches.$inferInsert, 'orgId' | 'userId' | 'at'>>;

/** Stores punches of an organisation directly (the state a test starts from), 1,000 rows per statement. */
export async function makePunches(db: Db, orgId: string, specs: PunchSpec[]): Promise<void> {
  const rows = specs.map((p) => ({
    source: 'web',
    place: 'SITE',
    flags: p.place === 'OUTSIDE' ? ['LUAR_KAWASAN'] : [],
    ...p,
    orgId,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(punches).values(rows.slice(i, i + 1000));
}

export type IssueRow = typeof attendanceIssues.$inferSelect;

/** An open attendance issue of an officer's date (late by 12 minutes unless told otherwise), with the rule the engine gives it under WBF. */
export async function makeIssue(
  db: Db,
  orgId: string,
  userId: string,
  date: string,
  opts: Partial<Omit<typeof attendanceIssues.$inferInsert, 'orgId' | 'userId' | 'date' | 'code'>> & { code?: IssueCode } = {},
): Promise<IssueRow> {
  const code = opts.code ?? 'LEWAT';
  const [row] = await db
    .insert(attendanceIssues)
    .values({
      minutes: code === 'LEWAT' ? 12 : null,
      rule: ruleFor(code, true),
      state: 'TERBUKA',
      ...opts,
      code,
      orgId,
      userId,
      date,
    })
    .returning();
  return row!;
}

export type JustificationRow = typeof justifications.$inferSelect;

/** The officer's justification of an issue, waiting for review unless told otherwise. */
export async function makeJustification(
  db: Db,
  orgId: string,
  issue: { id: string; userId: string },
  opts: Partial<Omit<typeof justifications.$inferInsert, 'orgId' | 'issueId' | 'userId'>> = {},
): Promise<JustificationRow> {
  const [row] = await db
    .insert(justifications)
    .values({
      category: 'LAIN_LAIN',
      text: 'Ujian',
      state: 'MENUNGGU',
      ...opts,
      orgId,
      issueId: issue.id,
      userId: issue.userId,
    })
    .returning();
  return row!;
}
