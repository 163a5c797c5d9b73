import { describe, expect, it } from 'vitest';
import { dayTone } from './format';

const today = { dayType: 'WORKING', status: 'HADIR', provisional: true, punches: [{}] };

describe("the calendar cell's colour", () => {
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

describe("a day's schedule in words", () => {
  it("names it with its times, the next day for a night shift, and the organisation's WBF without a name", async () => {
    const { createInstance } = await import('i18next');
    const { msMY } = await import('../../i18n/ms-MY');
    const { enGB } = await import('../../i18n/en-GB');
    const { scheduleText } = await import('./format');
    const i18n = createInstance();
    await i18n.init({ lng: 'ms-MY', resources: { 'ms-MY': { translation: msMY }, 'en-GB': { translation: enGB } }, interpolation: { escapeValue: false } });
    const night = { name: 'Syif malam', type: 'SHIFT' as const, start: '22:00', end: '06:00', source: 'ROSTER' as const };
    expect(scheduleText(night, i18n.t)).toBe('Syif malam, 22:00–06:00 keesokan hari');
    expect(scheduleText({ ...night, name: 'Kaunter', type: 'FIXED', start: '08:00', end: '17:00' }, i18n.t)).toBe('Kaunter, 08:00–17:00');
    expect(scheduleText({ name: null, type: 'WBF', start: null, end: null, source: 'SETTINGS' }, i18n.t)).toBe('Waktu Bekerja Berperingkat (WBF)');
    await i18n.changeLanguage('en-GB');
    expect(scheduleText(night, i18n.t)).toBe('Syif malam, 22:00–06:00 the next day');
  });
});
