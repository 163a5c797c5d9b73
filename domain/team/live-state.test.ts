import { describe, expect, it } from 'vitest';
import { liveState, type LiveInput } from './live-state';

const H = 3_600_000;
const base: LiveInput = { working: true, statuses: [], punches: [], movements: [], now: 10 * H };

describe('the live state of an officer', () => {
  it('follows the punches: not in yet, in, gone home', () => {
    expect(liveState(base)).toBe('BELUM_MASUK');
    expect(liveState({ ...base, working: false })).toBe('HARI_REHAT');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }] })).toBe('DI_PEJABAT');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }, { at: 17 * H, kind: 'OUT' }] })).toBe('SUDAH_PULANG');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: null }, { at: 17 * H, kind: null }] })).toBe('SUDAH_PULANG');
  });
  it('puts a whole-day status first, and a half-day one after the punches', () => {
    expect(liveState({ ...base, statuses: [{ code: 'CUTI_SAKIT', part: 'FULL' }] })).toBe('CUTI');
    expect(liveState({ ...base, statuses: [{ code: 'BDR', part: 'FULL' }], punches: [{ at: 8 * H, kind: 'IN' }] })).toBe('BDR');
    expect(liveState({ ...base, statuses: [{ code: 'TUGASAN_LUAR', part: 'FULL' }] })).toBe('TUGASAN_LUAR');
    expect(liveState({ ...base, statuses: [{ code: 'KURSUS', part: 'FULL' }] })).toBe('BERSTATUS');
    expect(liveState({ ...base, statuses: [{ code: 'CUTI', part: 'AM' }] })).toBe('BELUM_MASUK');
  });
  it('shows an officer out of the office during a movement until they are back', () => {
    const m = { leaveAt: 9 * H, until: 11 * H, returned: false };
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }], movements: [m] })).toBe('KELUAR_PEJABAT');
    expect(liveState({ ...base, punches: [{ at: 8 * H, kind: 'IN' }], movements: [{ ...m, returned: true }] })).toBe('DI_PEJABAT');
    expect(liveState({ ...base, now: 8.5 * H, punches: [{ at: 8 * H, kind: 'IN' }], movements: [m] })).toBe('DI_PEJABAT');
  });
});
