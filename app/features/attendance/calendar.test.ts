import { describe, expect, it } from 'vitest';
import { monthGrid, shiftMonth } from './calendar';

describe('the month grid', () => {
  it('starts on Monday and pads both ends', () => {
    const g = monthGrid('2026-11'); // 1 Nov 2026 is a Sunday
    expect(g[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(g.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(g.flat().filter(Boolean)).toHaveLength(30);
  });
  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
