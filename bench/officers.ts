import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../server/db/client';
import { sessions, sites, users } from '../server/db/schema';
import { hashPassword } from '../server/features/auth/password-hash';
import { newToken, sessionIdOf } from '../server/features/auth/session-token';
import { insertOrg } from '../server/features/organisation/repo';
import { DEFAULT_ORG_SETTINGS } from '../domain/org/settings';

export type BenchOfficer = { id: string; cookie: string; csrf: string };
export const BENCH_SITE = { lat: 2.9264, lng: 101.6964 };

/**
 * A throwaway agency with one site and `n` officers, each with a live session, written
 * straight to the database (the bench measures punches, not logins). All share one
 * password hash: hashing thousands with argon2 would take minutes.
 */
export async function createBenchOfficers(db: Db, n: number): Promise<{ orgId: string; officers: BenchOfficer[] }> {
  const code = `BENCH${randomBytes(3).toString('hex').toUpperCase()}`;
  const org = await insertOrg(db, { name: `Bench ${code}`, code, state: 'MY-16', timeZone: 'Asia/Kuala_Lumpur', settings: DEFAULT_ORG_SETTINGS });
  await db.insert(sites).values({ orgId: org.id, name: 'Bench HQ', kind: 'circle', centreLat: BENCH_SITE.lat, centreLng: BENCH_SITE.lng, radiusMeters: 200 });
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'));
  const officers: BenchOfficer[] = [];
  for (let start = 0; start < n; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const i = start + k;
      return { id: randomUUID(), token: newToken(), csrf: randomBytes(24).toString('base64url'), i };
    });
    await db.insert(users).values(batch.map((b) => ({
      id: b.id, orgId: org.id, fullName: `Pegawai Bench ${b.i}`, staffNo: `B${b.i}`, email: `${code.toLowerCase()}-${b.i}@bench.invalid`,
      dutyState: 'MY-16', roles: ['PEGAWAI'], passwordHash,
    })));
    await db.insert(sessions).values(batch.map((b) => ({
      id: sessionIdOf(b.token), userId: b.id, orgId: org.id, csrfToken: b.csrf, ip: '127.0.0.1', userAgent: 'bench', expiresAt: new Date(Date.now() + 6 * 3_600_000),
    })));
    officers.push(...batch.map((b) => ({ id: b.id, cookie: `spotme_session=${b.token}`, csrf: b.csrf })));
  }
  return { orgId: org.id, officers };
}
