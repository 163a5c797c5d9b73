import { describe, expect, it } from 'vitest';
import { cardHistory, countOffenceDays, nextCard } from './cards';

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
      { date: '2026-01-07', dayType: 'WORKING' as const, issues: [{ code: 'TIADA_DAFTAR_KELUAR' as const, rule: 'R21' }, { code: 'LUAR_KAWASAN' as const, rule: 'R21' }] },
      { date: '2026-01-08', dayType: 'WORKING' as const, issues: [{ code: 'LUAR_KAWASAN' as const, rule: 'R21' }] },
      { date: '2026-01-09', dayType: 'WORKING' as const, issues: [{ code: 'TIDAK_HADIR' as const, rule: 'R21' }] },
    ];
    const n = countOffenceDays(days, (date) => date === '2026-01-06');
    expect(n).toBe(2);
    expect(cardHistory('HIJAU', [{ month: '2026-01', offenceDays: n }])[0]).toMatchObject({ from: 'HIJAU', card: 'HIJAU' });
    expect(countOffenceDays(days)).toBe(3);
  });
});
