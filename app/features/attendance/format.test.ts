import { describe, expect, it } from 'vitest';
import { dayTone } from './format';

const today = { dayType: 'WORKING', status: 'HADIR', provisional: true, punches: [{}] };

describe('the calendar cell\'s colour', () => {
  it('is the issue colour as soon as an issue is known, even while the day is still open', () => {
    expect(dayTone({ ...today, issues: [{ code: 'LEWAT', minutes: 622, rule: 'R11' }] })).toContain('bg-bg-danger-50');
    expect(dayTone({ ...today, provisional: false, issues: [{ code: 'LEWAT', minutes: 5, rule: 'R11' }] })).toContain('bg-bg-danger-50');
  });
  it('is present green while an open day has no issue, and plain before anything is recorded', () => {
    expect(dayTone({ ...today, issues: [] })).toContain('bg-bg-success-50');
    expect(dayTone({ ...today, punches: [], issues: [] })).toContain('bg-bg-white');
    expect(dayTone({ ...today, dayType: 'REST', issues: [] })).toContain('bg-bg-washed');
  });
});
