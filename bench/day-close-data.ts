import type { Db } from '../server/db/client';
import { dayStatuses, movements, punches } from '../server/db/schema';
import type { BenchOfficer } from './officers';
import { seededRandom } from '../server/seed/seeded-random';

/** Rows written per statement. */
const BATCH = 2000;

export type DayMix = {
  onTime: number;
  late: number;
  early: number;
  noCheckOut: number;
  absent: number;
  onLeave: number;
  halfDay: number;
  outside: number;
  movements: number;
};

/**
 * One working day of `officers` in Kuala Lumpur time: most on time (in 07:30–08:45,
 * out after nine hours), some late (in 09:05–10:30), some leaving early (out 15:00–16:30),
 * some who forgot to check out, some absent; approved full-day leave, approved half days
 * (morning leave, in after lunch), punches outside the geofence, and approved movements
 * out of the office. Written straight to the tables, `BATCH` rows per statement.
 */
export async function createBenchDay(db: Db, orgId: string, officers: BenchOfficer[], date: string, seed = 20261201): Promise<DayMix> {
  const rnd = seededRandom(seed);
  const at = (minutes: number) =>
    new Date(`${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.floor(minutes % 60)).padStart(2, '0')}:00+08:00`);
  const between = (from: number, to: number) => from + Math.floor(rnd() * (to - from));
  const mix: DayMix = { onTime: 0, late: 0, early: 0, noCheckOut: 0, absent: 0, onLeave: 0, halfDay: 0, outside: 0, movements: 0 };
  const punchRows: (typeof punches.$inferInsert)[] = [];
  const statusRows: (typeof dayStatuses.$inferInsert)[] = [];
  const movementRows: (typeof movements.$inferInsert)[] = [];
  for (const o of officers) {
    const punch = (minutes: number, kind: 'IN' | 'OUT', place = 'SITE') =>
      punchRows.push({
        orgId,
        userId: o.id,
        at: at(minutes),
        kind: rnd() < 0.5 ? kind : null,
        source: 'web',
        place,
        flags: place === 'OUTSIDE' ? ['LUAR_KAWASAN'] : [],
      });
    const r = rnd();
    if (r < 0.05) {
      mix.absent++;
    } else if (r < 0.08) {
      mix.onLeave++;
      statusRows.push({ orgId, userId: o.id, date, code: rnd() < 0.7 ? 'CUTI' : 'CUTI_SAKIT', part: 'FULL', state: 'DILULUSKAN' });
    } else if (r < 0.1) {
      mix.halfDay++;
      statusRows.push({ orgId, userId: o.id, date, code: 'CUTI', part: 'AM', state: 'DILULUSKAN' });
      punch(between(13 * 60, 14 * 60), 'IN');
      punch(between(17 * 60 + 30, 18 * 60 + 30), 'OUT');
    } else if (r < 0.18) {
      mix.late++;
      const inAt = between(9 * 60 + 5, 10 * 60 + 30);
      punch(inAt, 'IN');
      punch(inAt + 9 * 60 + between(0, 40), 'OUT');
    } else if (r < 0.25) {
      mix.early++;
      punch(between(7 * 60 + 30, 8 * 60 + 30), 'IN');
      punch(between(15 * 60, 16 * 60 + 30), 'OUT');
    } else if (r < 0.3) {
      mix.noCheckOut++;
      punch(between(7 * 60 + 30, 8 * 60 + 45), 'IN');
    } else {
      mix.onTime++;
      const inAt = between(7 * 60 + 30, 8 * 60 + 45);
      const outside = rnd() < 0.03;
      if (outside) mix.outside++;
      punch(inAt, 'IN', outside ? 'OUTSIDE' : 'SITE');
      punch(inAt + 9 * 60 + between(0, 60), 'OUT');
      if (rnd() < 0.08) {
        mix.movements++;
        const leave = between(10 * 60, 15 * 60);
        movementRows.push({
          orgId,
          userId: o.id,
          date,
          leaveAt: at(leave),
          expectedReturn: at(leave + 60),
          actualReturn: at(leave + between(30, 75)),
          destination: 'Jabatan Ketua Pengarah Tanah dan Galian',
          purpose: 'Mesyuarat penyelarasan',
          state: 'DILULUSKAN',
        });
      }
    }
  }
  for (let i = 0; i < punchRows.length; i += BATCH) await db.insert(punches).values(punchRows.slice(i, i + BATCH));
  for (let i = 0; i < statusRows.length; i += BATCH) await db.insert(dayStatuses).values(statusRows.slice(i, i + BATCH));
  for (let i = 0; i < movementRows.length; i += BATCH) await db.insert(movements).values(movementRows.slice(i, i + BATCH));
  return mix;
}
