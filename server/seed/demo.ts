import { count } from 'drizzle-orm';
import { addDays, localOf } from '../../domain/day/local-time';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { recordAudit } from '../features/audit/repo';
import { hashPassword } from '../features/auth/password-hash';
import { insertOrg } from '../features/organisation/repo';
import { insertUnit } from '../features/units/repo';
import { insertUser, updateUser } from '../features/users/repo';
import { seedDemoHistory } from './demo-history';
import { seedDemoWorkingTime } from './demo-working-time';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLATFORM_ADMIN, DEMO_UNITS, type DemoUnitKey } from './demo-people';

/** A valid MyKad number for a demo person: birth date, Putrajaya (16), odd last digit for men. */
export function demoNric(born: string, index: number, gender: 'L' | 'P'): string {
  const serial = String(100 + index * 7).padStart(3, '0');
  const last = gender === 'L' ? (index * 2 + 1) % 10 : (index * 2) % 10;
  return `${born}16${serial}${last}`;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const r = await db.select({ n: count() }).from(users);
  return (r[0]?.n ?? 0) === 0;
}

/**
 * Creates "Jabatan Demo Digital" (W.P. Putrajaya) with its units, its officers and one
 * account per role, all with the demo password and no forced change, two sites, a counter unit
 * on fixed hours and a security unit on a 12-hour day/night roster (demo-working-time.ts), and
 * the last 30 days of history (demo-history.ts). One transaction:
 * a failed seed leaves nothing behind.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ orgId: string; logins: { email: string; roles: string[] }[] }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const today = localOf(now.toISOString(), 'Asia/Kuala_Lumpur').date;
    // Onboarded before its history starts, so the server's day-close job closes those days at first start.
    const org = await insertOrg(tx, {
      name: 'Jabatan Demo Digital',
      code: 'JDD',
      state: 'MY-16',
      timeZone: 'Asia/Kuala_Lumpur',
      settings: DEFAULT_ORG_SETTINGS,
      onboardedOn: addDays(today, -31),
    });
    const unitIds = {} as Record<DemoUnitKey, string>;
    for (const [key, u] of Object.entries(DEMO_UNITS) as [DemoUnitKey, (typeof DEMO_UNITS)[DemoUnitKey]][]) {
      const row = await insertUnit(tx, { orgId: org.id, name: u.name, code: u.code, parentId: u.parent ? unitIds[u.parent] : null });
      unitIds[key] = row.id;
    }
    const ids = new Map<string, string>();
    for (const [i, p] of DEMO_PEOPLE.entries()) {
      const id = await insertUser(tx, {
        orgId: org.id,
        fullName: p.fullName,
        email: p.email,
        nric: demoNric(p.born, i, p.gender),
        staffNo: `JDD${String(i + 1).padStart(4, '0')}`,
        phone: `01${(i % 9) + 1}-${String(2_000_000 + i * 137_911).slice(0, 7)}`,
        position: p.position,
        grade: p.grade,
        gender: p.gender,
        unitId: unitIds[p.unit],
        dutyState: 'MY-16',
        roles: p.roles,
        passwordHash,
        mustChangePassword: false,
      });
      ids.set(p.key, id);
    }
    for (const p of DEMO_PEOPLE) {
      if (p.supervisor) await updateUser(tx, org.id, ids.get(p.key) ?? '', { supervisorId: ids.get(p.supervisor) ?? null });
    }
    const adminId = await insertUser(tx, {
      orgId: null,
      fullName: DEMO_PLATFORM_ADMIN.fullName,
      email: DEMO_PLATFORM_ADMIN.email,
      staffNo: 'SISTEM-0001',
      dutyState: 'MY-16',
      roles: ['PENTADBIR_SISTEM'],
      passwordHash,
      mustChangePassword: false,
    });
    await recordAudit(tx, {
      orgId: org.id,
      actorId: adminId,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: org.id,
      after: { name: org.name, demo: true },
    });
    const officers = DEMO_PEOPLE.filter((p) => p.roles.includes('PEGAWAI')).map((p) => ({
      id: ids.get(p.key) ?? '',
      key: p.key,
      supervisorId: p.supervisor ? (ids.get(p.supervisor) ?? null) : null,
    }));
    // The counter and security units' schedules, written as the organisation admin would; their history follows them.
    const actor = { id: ids.get('pentadbir') ?? '', orgId: org.id, ip: '127.0.0.1' };
    const plan = await seedDemoWorkingTime(tx, actor, today, unitIds, ids);
    await seedDemoHistory(tx, org.id, officers, today, plan, now);
    const logins = [
      ...DEMO_PEOPLE.slice(0, 4).map((p) => ({ email: p.email, roles: p.roles })),
      { email: DEMO_PLATFORM_ADMIN.email, roles: ['PENTADBIR_SISTEM'] },
    ];
    return { orgId: org.id, logins };
  });
}

/** The demo's logins as the console says them at first start, after everything else. */
export function demoLoginsText(logins: { email: string; roles: string[] }[], password: string, url: string): string {
  return [
    '',
    `Demo agency "Jabatan Demo Digital" is ready at ${url}. Log in with (password ${password}):`,
    ...logins.map((l) => `  ${l.email.padEnd(26)} ${l.roles.join(', ')}`),
    '',
  ].join('\n');
}
