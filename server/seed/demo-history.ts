import { Temporal } from 'temporal-polyfill';
import { dayKind } from '../../domain/calendar/calendar';
import { addDays } from '../../domain/day/local-time';
import type { Db } from '../db/client';
import { holidayCalendar } from '../features/working-time/context';
import { dayStatuses, homeLocations, movements, punches, sites, tasks } from '../db/schema';
import { assignReviewers } from '../features/requests/reviewers-repo';
import type { DemoPlan } from './demo-working-time';
import { seededRandom } from './seeded-random';

/** The demo agency's two places: the head office (a circle) and the data centre (a polygon). */
export const DEMO_SITES = {
  hq: { name: 'Ibu Pejabat JDD', address: 'Aras 5, Blok C, Presint 1, 62000 Putrajaya', centre: { lat: 2.9264, lng: 101.6964 }, radiusMeters: 150 },
  dc: {
    name: 'Pusat Data JDD',
    address: 'Persiaran APEC, 63000 Cyberjaya',
    points: [
      { lat: 2.9222, lng: 101.6548 },
      { lat: 2.9222, lng: 101.6568 },
      { lat: 2.9206, lng: 101.6568 },
      { lat: 2.9206, lng: 101.6548 },
    ],
  },
};

const TASK_TITLES = [
  ['Semakan log pelayan aplikasi', 'PENTADBIRAN'],
  ['Mesyuarat pasukan mingguan', 'MESYUARAT'],
  ['Pembangunan modul laporan', 'PROJEK'],
  ['Kemaskini dokumentasi sistem', 'PENTADBIRAN'],
  ['Sokongan pengguna: tetapan semula kata laluan', 'KHIDMAT_PELANGGAN'],
  ['Ujian penerimaan pengguna', 'PROJEK'],
  ['Lawatan tapak pusat data', 'LAPANGAN'],
  ['Penyediaan kertas cadangan', 'PENTADBIRAN'],
  ['Kursus keselamatan siber dalam talian', 'KURSUS'],
  ['Semakan inventori peralatan ICT', 'LAPANGAN'],
] as const;

/** Rolls for the demo officer's working days, oldest first: late, early, BDR, forgot to clock out, outside, leave. */
const SCRIPT = new Map([
  [2, 0.15],
  [5, 0.2],
  [8, 0.07],
  [11, 0.25],
  [14, 0.28],
  [17, 0.03],
  [19, 0.16],
]);

type Person = { id: string; key: string; supervisorId: string | null };
const at = (date: string, minutes: number) =>
  new Date(
    Temporal.PlainDate.from(date)
      .toZonedDateTime({ timeZone: 'Asia/Kuala_Lumpur' })
      .add({ minutes: Math.round(minutes) }).epochMilliseconds,
  );

/**
 * The last 30 days of realistic history for the demo officers: punches with locations at
 * the two sites (a few late, early, forgotten and outside ones), approved and waiting
 * statuses, movements, BDR homes and daily tasks. `today` is excluded, so the demo
 * officer can clock in on first start. Officers with a `plan` (the counter and security
 * units) punch around their own schedule's times instead: a night shift's check-out is the
 * next morning (none after `now`), so the day close pairs it with the evening before.
 */
export async function seedDemoHistory(
  db: Db,
  orgId: string,
  people: Person[],
  today: string,
  plan: DemoPlan = () => undefined,
  now = new Date(),
): Promise<{ siteIds: string[]; punches: number }> {
  const [hq, dc] = await db
    .insert(sites)
    .values([
      {
        orgId,
        name: DEMO_SITES.hq.name,
        address: DEMO_SITES.hq.address,
        kind: 'circle',
        centreLat: DEMO_SITES.hq.centre.lat,
        centreLng: DEMO_SITES.hq.centre.lng,
        radiusMeters: DEMO_SITES.hq.radiusMeters,
      },
      { orgId, name: DEMO_SITES.dc.name, address: DEMO_SITES.dc.address, kind: 'polygon', polygon: DEMO_SITES.dc.points },
    ])
    .returning();
  if (!hq || !dc) throw new Error('demo sites not written');
  const punchRows: (typeof punches.$inferInsert)[] = [];
  const statusRows: (typeof dayStatuses.$inferInsert)[] = [];
  const movementRows: (typeof movements.$inferInsert)[] = [];
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const homes = new Map<string, { lat: number; lng: number }>();
  for (const [i, p] of people.entries()) {
    const rand = seededRandom(1000 + i * 7919);
    const home = { lat: 2.95 + rand() * 0.08, lng: 101.65 + rand() * 0.1 };
    homes.set(p.id, home);
    const atDc = p.key === 'kahhoe' || p.key === 'izzah' || p.key === 'jeffrey';
    const place = () =>
      atDc
        ? { lat: 2.9207 + rand() * 0.0013, lng: 101.655 + rand() * 0.0016, siteId: dc.id }
        : { lat: DEMO_SITES.hq.centre.lat + (rand() - 0.5) * 0.0016, lng: DEMO_SITES.hq.centre.lng + (rand() - 0.5) * 0.0016, siteId: hq.id };
    const punch = (
      date: string,
      minutes: number,
      where: { lat: number; lng: number; siteId: string | null },
      extra: Partial<typeof punches.$inferInsert> = {},
    ) => {
      punchRows.push({
        orgId,
        userId: p.id,
        at: at(date, minutes),
        source: rand() < 0.7 ? 'pwa' : 'web',
        deviceTime: at(date, minutes),
        lat: where.lat,
        lng: where.lng,
        accuracy: Math.round(5 + rand() * 25),
        siteId: where.siteId,
        place: where.siteId ? 'SITE' : 'OUTSIDE',
        flags: where.siteId ? [] : ['LUAR_KAWASAN'],
        ip: '10.20.1.' + (10 + i),
        userAgent: 'Mozilla/5.0 (Linux; Android 14) SPOT-Me demo',
        ...extra,
      });
    };
    // The demo officer's month is scripted, so every screen has each kind of day to show.
    const script = p.key === 'pegawai' ? SCRIPT : null;
    let working = 0;
    for (let back = 30; back >= 1; back--) {
      const date = addDays(today, -back);
      const workingDay = dayKind(holidayCalendar(orgId), 'MY-16', date).type === 'WORKING';
      const shift = plan(p.id, date, workingDay);
      if (shift !== undefined) {
        if (shift === null) continue;
        // On time most days (5–20 minutes early), late now and then; a forgotten check-out rarely.
        const inAt = rand() < 0.08 ? shift.start + 5 + rand() * 20 : shift.start - 5 - rand() * 15;
        punch(date, inAt, place());
        const outAt = shift.end + rand() * 15;
        if (rand() >= 0.04 && at(date, outAt) <= now) punch(date, outAt, place());
        continue;
      }
      if (!workingDay) continue;
      const scripted = script?.get(working++);
      const roll = scripted ?? (script ? 0.5 : rand());
      const inAt = 450 + rand() * 75; // 07:30–08:45
      const required = Math.max(inAt, 450) + 540;
      if (roll < 0.05) {
        statusRows.push({
          orgId,
          userId: p.id,
          date,
          code: 'CUTI',
          part: 'FULL',
          note: 'Cuti rehat',
          state: 'DILULUSKAN',
          decidedBy: p.supervisorId,
          decidedAt: at(date, -600),
        });
      } else if (roll < 0.09) {
        statusRows.push({
          orgId,
          userId: p.id,
          date,
          code: 'BDR',
          part: 'FULL',
          note: 'Bekerja dari rumah',
          state: 'DILULUSKAN',
          decidedBy: p.supervisorId,
          decidedAt: at(date, -600),
        });
        punch(date, inAt, { ...home, siteId: null }, { place: 'HOME', flags: [] });
        punch(date, required + rand() * 20, { ...home, siteId: null }, { place: 'HOME', flags: [] });
      } else if (roll < 0.11) {
        statusRows.push({
          orgId,
          userId: p.id,
          date,
          code: 'KURSUS',
          part: 'FULL',
          note: 'Kursus INTAN',
          state: 'DILULUSKAN',
          decidedBy: p.supervisorId,
          decidedAt: at(date, -600),
        });
      } else if (roll < 0.13) {
        // absent: no record at all
      } else if (roll < 0.19) {
        const late = 545 + rand() * 40; // 09:05–09:45
        punch(date, late, place());
        punch(date, 1080 + rand() * 15, place());
      } else if (roll < 0.24) {
        punch(date, inAt, place());
        punch(date, required - 20 - rand() * 50, place());
      } else if (roll < 0.27) {
        punch(date, inAt, place()); // forgot to clock out
      } else if (roll < 0.29) {
        punch(date, inAt, { lat: 3.0738, lng: 101.5183, siteId: null }); // outside: Shah Alam
        punch(date, required + 5, place());
      } else {
        punch(date, inAt, place());
        punch(date, required + rand() * 25, place());
        if (rand() < 0.12 || (script && working % 6 === 3)) {
          const leave = 600 + rand() * 120;
          movementRows.push({
            orgId,
            userId: p.id,
            date,
            leaveAt: at(date, leave),
            expectedReturn: at(date, leave + 90),
            actualReturn: at(date, leave + 80 + rand() * 20),
            destination: 'Kementerian Digital, Presint 1',
            destLat: 2.9253,
            destLng: 101.6855,
            purpose: 'Mesyuarat penyelarasan projek',
            state: 'DILULUSKAN',
            decidedBy: p.supervisorId,
            decidedAt: at(date, leave - 30),
          });
        }
      }
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) {
        const [title, category] = TASK_TITLES[Math.floor(rand() * TASK_TITLES.length)]!;
        taskRows.push({
          orgId,
          userId: p.id,
          date,
          title,
          category,
          minutes: 30 + Math.floor(rand() * 8) * 30,
          progress: back > 2 || rand() < 0.6 ? 'SELESAI' : 'DALAM_TINDAKAN',
        });
      }
    }
  }
  // Every officer's home is approved, except two waiting for their supervisor; one BDR day ahead waits too.
  await db.insert(homeLocations).values(
    people.map((p, i) => ({
      orgId,
      userId: p.id,
      lat: homes.get(p.id)!.lat,
      lng: homes.get(p.id)!.lng,
      accuracy: 20,
      address: null,
      state: i % 9 === 4 ? ('MENUNGGU' as const) : ('DILULUSKAN' as const),
      decidedBy: i % 9 === 4 ? null : p.supervisorId,
      decidedAt: i % 9 === 4 ? null : at(addDays(today, -40), 600),
    })),
  );
  const pegawai = people.find((p) => p.key === 'pegawai');
  if (pegawai)
    statusRows.push({ orgId, userId: pegawai.id, date: addDays(today, 3), code: 'BDR', part: 'FULL', note: 'Menyiapkan laporan di rumah', state: 'MENUNGGU' });
  // The supervisor asks too: her BDR day goes to her own supervisor, the executive.
  const penyelia = people.find((p) => p.key === 'penyelia');
  let ahead = addDays(today, 4);
  while (dayKind(holidayCalendar(orgId), 'MY-16', ahead).type !== 'WORKING') ahead = addDays(ahead, 1);
  if (penyelia)
    statusRows.push({ orgId, userId: penyelia.id, date: ahead, code: 'BDR', part: 'FULL', note: 'Menyediakan kertas cadangan belanjawan', state: 'MENUNGGU' });
  for (let k = 0; k < punchRows.length; k += 1000) await db.insert(punches).values(punchRows.slice(k, k + 1000));
  if (statusRows.length) await db.insert(dayStatuses).values(statusRows);
  if (movementRows.length) await db.insert(movements).values(movementRows);
  for (let k = 0; k < taskRows.length; k += 1000) await db.insert(tasks).values(taskRows.slice(k, k + 1000));
  // Who reviews each waiting request, by the one rule the app uses.
  await assignReviewers(db, orgId, { around: people.map((p) => p.id) });
  return { siteIds: [hq.id, dc.id], punches: punchRows.length };
}
