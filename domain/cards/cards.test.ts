import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS, parseOrgSettings } from '../org/settings';
import { cardHistory, cardThresholds, countOffenceDays, DEFAULT_THRESHOLDS, nextCard, offenceDates } from './cards';

describe('attendance cards (R24–R26)', () => {
  it('moves up at 3 offence days, down at 0, stays at 1–2; MERAH and KUNING are the ends', () => {
    expect(nextCard('KUNING', 3)).toBe('HIJAU');
    expect(nextCard('HIJAU', 3)).toBe('MERAH');
    expect(nextCard('MERAH', 9)).toBe('MERAH');
    expect(nextCard('MERAH', 0)).toBe('HIJAU');
    expect(nextCard('KUNING', 0)).toBe('KUNING');
    expect(nextCard('HIJAU', 2)).toBe('HIJAU');
    expect(nextCard('HIJAU', 1)).toBe('HIJAU');
  });
  it('takes the thresholds as parameters', () => {
    expect(nextCard('KUNING', 3, { upAt: 5, downAt: 1 })).toBe('KUNING');
    expect(nextCard('HIJAU', 1, { upAt: 5, downAt: 1 })).toBe('KUNING');
  });
  it('16. three offence days, one justification accepted → 2 offence days, card unchanged', () => {
    const days = [
      { date: '2026-01-05', dayType: 'WORKING' as const, issues: [{ code: 'LEWAT' as const, rule: 'R11' }] },
      { date: '2026-01-06', dayType: 'WORKING' as const, issues: [{ code: 'BALIK_AWAL' as const, rule: 'R12' }] },
      {
        date: '2026-01-07',
        dayType: 'WORKING' as const,
        issues: [
          { code: 'TIADA_DAFTAR_KELUAR' as const, rule: 'R21' },
          { code: 'LUAR_KAWASAN' as const, rule: 'R21' },
        ],
      },
      { date: '2026-01-08', dayType: 'WORKING' as const, issues: [{ code: 'LUAR_KAWASAN' as const, rule: 'R21' }] },
      { date: '2026-01-09', dayType: 'WORKING' as const, issues: [{ code: 'TIDAK_HADIR' as const, rule: 'R21' }] },
    ];
    const n = countOffenceDays(days, (date) => date === '2026-01-06');
    expect(n).toBe(2);
    expect(cardHistory('HIJAU', [{ month: '2026-01', offenceDays: n }])[0]).toMatchObject({ from: 'HIJAU', card: 'HIJAU' });
    expect(countOffenceDays(days)).toBe(3);
  });
  it("reads the thresholds from the organisation's settings, R26's 3 and 0 when it has set none", () => {
    expect(cardThresholds(parseOrgSettings({}))).toEqual({ upAt: 3, downAt: 0 });
    expect(DEFAULT_THRESHOLDS).toEqual(cardThresholds(DEFAULT_ORG_SETTINGS));
    const strict = cardThresholds(parseOrgSettings({ cardUpAtDays: 2, cardDownAtDays: 1 }));
    expect(strict).toEqual({ upAt: 2, downAt: 1 });
    // 2 offence days: up with these settings, unchanged with R26's default.
    expect(nextCard('KUNING', 2, strict)).toBe('HIJAU');
    expect(nextCard('KUNING', 2)).toBe('KUNING');
    // 1 offence day: down with these settings, unchanged with the default.
    expect(nextCard('HIJAU', 1, strict)).toBe('KUNING');
    expect(nextCard('HIJAU', 1)).toBe('HIJAU');
    expect(
      cardHistory(
        'KUNING',
        [
          { month: '2026-09', offenceDays: 2 },
          { month: '2026-10', offenceDays: 2 },
          { month: '2026-11', offenceDays: 1 },
        ],
        strict,
      ).map((m) => m.card),
    ).toEqual(['HIJAU', 'MERAH', 'HIJAU']);
  });
  it('reads a "down" threshold not below the "up" one as one below it, so no month moves the card both ways', () => {
    expect(cardThresholds({ cardUpAtDays: 2, cardDownAtDays: 5 })).toEqual({ upAt: 2, downAt: 1 });
    expect(nextCard('HIJAU', 2, cardThresholds({ cardUpAtDays: 2, cardDownAtDays: 5 }))).toBe('MERAH');
  });
  it('gives the offence days in date order: a working day counts once whatever its offences, an accepted issue is no offence, rest days never count', () => {
    const days = [
      { date: '2026-01-07', dayType: 'WORKING' as const, issues: [{ code: 'LEWAT' as const }, { code: 'BALIK_AWAL' as const }] },
      { date: '2026-01-05', dayType: 'WORKING' as const, issues: [{ code: 'TIADA_DAFTAR_MASUK' as const }] },
      { date: '2026-01-06', dayType: 'WORKING' as const, issues: [{ code: 'LEWAT' as const }] },
      { date: '2026-01-10', dayType: 'REST' as const, issues: [{ code: 'LEWAT' as const }] },
    ];
    expect(offenceDates(days)).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    // 7 Jan: only LEWAT accepted, BALIK_AWAL still stands; 6 Jan: its one offence accepted.
    expect(offenceDates(days, (date, code) => (date === '2026-01-07' && code === 'LEWAT') || date === '2026-01-06')).toEqual(['2026-01-05', '2026-01-07']);
  });
});
