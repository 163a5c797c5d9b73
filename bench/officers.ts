import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../server/db/client';
import { sessions, sites, users } from '../server/db/schema';
import { hashPassword } from '../server/features/auth/password-hash';
import { newToken, sessionIdOf } from '../server/features/auth/session-token';
import { insertOrg } from '../server/features/organisation/repo';
import { insertUnit } from '../server/features/units/repo';
import { DEFAULT_ORG_SETTINGS } from '../domain/org/settings';

export type BenchOfficer = { id: string; cookie: string; csrf: string };
export type BenchAgency = { orgId: string; code: string; unitIds: string[] };
export const BENCH_SITE = { lat: 2.9264, lng: 101.6964 };
/** Officers written per statement. */
const BATCH = 1000;

/** A throwaway agency in Putrajaya (code BENCH…) with one site and `units` units. */
export async function createBenchAgency(db: Db, units = 0): Promise<BenchAgency> {
  const code = `BENCH${randomBytes(3).toString('hex').toUpperCase()}`;
  const org = await insertOrg(db, { name: `Bench ${code}`, code, state: 'MY-16', timeZone: 'Asia/Kuala_Lumpur', settings: DEFAULT_ORG_SETTINGS });
  await db.insert(sites).values({ orgId: org.id, name: 'Bench HQ', kind: 'circle', centreLat: BENCH_SITE.lat, centreLng: BENCH_SITE.lng, radiusMeters: 200 });
  const unitIds: string[] = [];
  for (let u = 0; u < units; u++) unitIds.push((await insertUnit(db, { orgId: org.id, name: `Unit Bench ${u + 1}`, code: `U${u + 1}`, parentId: null })).id);
  return { orgId: org.id, code, unitIds };
}

/**
 * `n` officers of the agency, written straight to the database `BATCH` at a time, spread
 * over its units; with `sessions`, each with a live session (the clock-in bench measures
 * punches, not logins). All share one password hash: hashing thousands with argon2 would take minutes.
 */
export async function insertBenchOfficers(db: Db, agency: BenchAgency, n: number, opts: { sessions: boolean }): Promise<BenchOfficer[]> {
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'));
  const officers: BenchOfficer[] = [];
  for (let start = 0; start < n; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, n - start) }, (_, k) => {
      const i = start + k;
      return { id: randomUUID(), token: newToken(), csrf: randomBytes(24).toString('base64url'), i };
    });
    await db.insert(users).values(
      batch.map((b) => ({
        id: b.id,
        orgId: agency.orgId,
        fullName: `Pegawai Bench ${b.i}`,
        staffNo: `B${b.i}`,
        email: `${agency.code.toLowerCase()}-${b.i}@bench.invalid`,
        dutyState: 'MY-16',
        roles: ['PEGAWAI'],
        passwordHash,
        unitId: agency.unitIds.length > 0 ? agency.unitIds[b.i % agency.unitIds.length] : null,
      })),
    );
    if (opts.sessions) {
      await db.insert(sessions).values(
        batch.map((b) => ({
          id: sessionIdOf(b.token),
          userId: b.id,
          orgId: agency.orgId,
          csrfToken: b.csrf,
          ip: '127.0.0.1',
          userAgent: 'bench',
          expiresAt: new Date(Date.now() + 6 * 3_600_000),
        })),
      );
    }
    officers.push(...batch.map((b) => (opts.sessions ? { id: b.id, cookie: `spotme_session=${b.token}`, csrf: b.csrf } : { id: b.id, cookie: '', csrf: '' })));
  }
  return officers;
}

/** A throwaway agency with one site and `n` officers, each with a live session. */
export async function createBenchOfficers(db: Db, n: number): Promise<{ orgId: string; officers: BenchOfficer[] }> {
  const agency = await createBenchAgency(db);
  return { orgId: agency.orgId, officers: await insertBenchOfficers(db, agency, n, { sessions: true }) };
}
