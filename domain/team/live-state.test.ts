import { describe, expect, it } from 'vitest';
import { liveState, pendingMovement, type LiveInput } from './live-state';

const H = 3_600_000;
const base: LiveInput = { working: true, statuses: [], punches: [], movements: [], now: 10 * H };

describe('the live state of an officer', () => {
  it('follows the punches: not in yet, in, gone home', () => {
    expect(liveState(base)).toBe('BELUM_MASUK');
    expect(liveState({ ...base, working: false })).toBe('HARI_REHAT');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }] })).toBe('DI_PEJABAT');
    expect(
      liveState({
        ...base,
        punches: [
          { at: 8 * H, kind: 'IN' },
          { at: 17 * H, kind: 'OUT' },
        ],
      }),
    ).toBe('SUDAH_PULANG');
    expect(
      liveState({
        ...base,
        punches: [
          { at: 8 * H, kind: null },
          { at: 17 * H, kind: null },
        ],
      }),
    ).toBe('SUDAH_PULANG');
  });
  it('puts a whole-day status first, and a half-day one after the punches', () => {
    expect(liveState({ ...base, statuses: [{ code: 'CUTI_SAKIT', part: 'FULL' }] })).toBe('CUTI');
    expect(liveState({ ...base, statuses: [{ code: 'BDR', part: 'FULL' }], punches: [{ at: 8 * H, kind: 'IN' }] })).toBe('BDR');
    expect(liveState({ ...base, statuses: [{ code: 'TUGASAN_LUAR', part: 'FULL' }] })).toBe('TUGASAN_LUAR');
    expect(liveState({ ...base, statuses: [{ code: 'KURSUS', part: 'FULL' }] })).toBe('BERSTATUS');
    expect(liveState({ ...base, statuses: [{ code: 'CUTI', part: 'AM' }] })).toBe('BELUM_MASUK');
  });
  it('shows an officer out of the office during an approved movement until they are back', () => {
    const m = { leaveAt: 9 * H, until: 11 * H, returned: false, approved: true };
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }], movements: [m] })).toBe('KELUAR_PEJABAT');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }], movements: [{ ...m, returned: true }] })).toBe('DI_PEJABAT');
    expect(liveState({ ...base, now: 8.5 * H, punches: [{ at: 8 * H, kind: 'IN' }], movements: [m] })).toBe('DI_PEJABAT');
  });
  it('leaves the state alone for a movement still waiting for approval, and shows that one beside it', () => {
    const waiting = { leaveAt: 9 * H, until: 11 * H, returned: false, approved: false };
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }], movements: [waiting] })).toBe('DI_PEJABAT');
    expect(liveState({ ...base, movements: [waiting] })).toBe('BELUM_MASUK');
    const later = { leaveAt: 14 * H, until: 15 * H, returned: false, approved: false };
    expect(pendingMovement([later, waiting], 10 * H)).toBe(waiting); // under way by its times
    expect(pendingMovement([later, waiting], 12 * H)).toBe(later); // the next one today
    expect(pendingMovement([later, waiting], 16 * H)).toBeUndefined(); // both have ended
    expect(pendingMovement([{ ...waiting, approved: true }], 10 * H)).toBeUndefined();
    expect(pendingMovement([{ ...waiting, returned: true }], 10 * H)).toBeUndefined();
  });
});
