import { describe, expect, it } from 'vitest';
import { conflictBetween } from './conflicts';

describe('conflicts between two consecutive dates of a roster', () => {
  it('finds a shift that starts before the night shift of the day before has ended', () => {
    expect(conflictBetween({ start: '22:00', end: '06:00' }, { start: '05:00', end: '13:00' }, 480)).toBe('OVERLAP');
  });
  it('finds a rest shorter than the minimum, and none at the minimum', () => {
    expect(conflictBetween({ start: '14:00', end: '22:00' }, { start: '06:00', end: '14:00' }, 480)).toBe(null); // 8 h rest
    expect(conflictBetween({ start: '14:00', end: '23:00' }, { start: '06:00', end: '14:00' }, 480)).toBe('SHORT_REST');
    expect(conflictBetween({ start: '19:00', end: '07:00' }, { start: '07:00', end: '19:00' }, 0)).toBe(null);
  });
  it('has nothing to say of a day off or flexible hours', () => {
    expect(conflictBetween(null, { start: '06:00', end: '14:00' }, 480)).toBe(null);
    expect(conflictBetween({ start: '22:00', end: '06:00' }, null, 480)).toBe(null);
  });
});
