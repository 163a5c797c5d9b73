/** Where an officer is right now, as their supervisor's board shows it. */
export const LIVE_STATES = ['BELUM_MASUK', 'DI_PEJABAT', 'BDR', 'TUGASAN_LUAR', 'CUTI', 'BERSTATUS', 'KELUAR_PEJABAT', 'SUDAH_PULANG', 'HARI_REHAT'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

export type LiveMovement = { leaveAt: number; until: number; returned: boolean; approved: boolean };

export type LiveInput = {
  working: boolean;
  /** Approved whole-day statuses of today (CUTI, CUTI_SAKIT, BDR, TUGASAN_LUAR, KURSUS, MESYUARAT). */
  statuses: { code: string; part: string }[];
  /** Today's punches in time order; `kind` as recorded (online punches are IN then OUT). */
  punches: { at: number; kind: 'IN' | 'OUT' | null }[];
  /** Today's movements that are waiting or approved; only an approved one moves the officer out of the office. */
  movements: LiveMovement[];
  now: number;
};

/**
 * One officer's state now (issue 5's board): a whole-day status first (leave, BDR,
 * official duty, training or meeting), then being out on an approved movement, then the
 * punches (checked out, in, not yet in); nothing recorded on a rest day is a rest day.
 * A movement still waiting for approval changes nothing (the board shows it beside the
 * state, see `pendingMovement`).
 */
export function liveState(i: LiveInput): LiveState {
  const full = i.statuses.find((s) => s.part === 'FULL');
  if (full) {
    if (full.code === 'CUTI' || full.code === 'CUTI_SAKIT') return 'CUTI';
    if (full.code === 'BDR') return 'BDR';
    if (full.code === 'TUGASAN_LUAR') return 'TUGASAN_LUAR';
    return 'BERSTATUS';
  }
  if (i.movements.some((m) => m.approved && m.leaveAt <= i.now && !m.returned && i.now < m.until + 4 * 3_600_000)) return 'KELUAR_PEJABAT';
  const last = i.punches.at(-1);
  if (last && (last.kind === 'OUT' || (last.kind === null && i.punches.length > 1))) return 'SUDAH_PULANG';
  if (last) return 'DI_PEJABAT';
  return i.working ? 'BELUM_MASUK' : 'HARI_REHAT';
}

/**
 * The movement waiting for approval to show beside the state: the one under way by its
 * times, else the next one today; one that has ended or been returned from is not shown.
 */
export function pendingMovement<M extends LiveMovement>(movements: readonly M[], now: number): M | undefined {
  const waiting = movements.filter((m) => !m.approved && !m.returned && now < m.until).sort((a, b) => a.leaveAt - b.leaveAt);
  return waiting.find((m) => m.leaveAt <= now) ?? waiting[0];
}
