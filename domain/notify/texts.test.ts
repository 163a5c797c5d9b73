import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KIND_NAMES, renderNotification } from './texts';

describe('notification texts', () => {
  it("render codes, dates and remarks in the reader's language", () => {
    expect(renderNotification('JUSTIFICATION_DECIDED', { issue: 'LEWAT', date: '2026-11-24', state: 'DITERIMA', remark: 'Ok' }, 'ms-MY')).toEqual({
      title: 'Justifikasi diterima',
      body: 'Justifikasi anda bagi Lewat pada 24 Nov 2026: diterima. Catatan: Ok',
    });
    expect(renderNotification('JUSTIFICATION_DECIDED', { issue: 'LEWAT', date: '2026-11-24', state: 'DITOLAK' }, 'en-GB').body).toBe(
      'Your justification for Late on 24 Nov 2026: rejected.',
    );
    expect(renderNotification('ISSUE_NEW', { issues: ['LEWAT', 'BALIK_AWAL'], date: '2026-11-24' }, 'en-GB').body).toBe(
      'Late, Left early on 24 Nov 2026. Please give a justification.',
    );
    expect(renderNotification('REQUEST_DECIDED', { request: 'STATUS', date: '2026-12-01', state: 'DILULUSKAN' }, 'ms-MY').body).toBe(
      'Status kehadiran pada 1 Dis 2026: diluluskan.',
    );
    expect(renderNotification('REQUEST_DECIDED', { request: 'HOME', state: 'DITOLAK' }, 'en-GB').body).toBe('BDR home location: rejected.');
    expect(renderNotification('DIGEST', { count: 3, overdue: 1 }, 'en-GB').body).toBe('3 items wait for your decision, 1 past the review deadline.');
    expect(renderNotification('DIGEST', { count: 2, overdue: 0 }, 'ms-MY').body).toBe('2 perkara menunggu keputusan anda.');
  });

  it('leave no placeholder unfilled for any kind in either language', () => {
    expect(renderNotification('TASK_ASSIGNED', { by: 'Norazlina', title: 'CUTI', date: '2026-12-01' }, 'en-GB')).toEqual({
      title: 'New task from Norazlina',
      body: 'CUTI, on 1 Dec 2026.',
    });
    const params = {
      by: 'Ali',
      title: 'Laporan',
      text: 'Baik',
      issues: ['LEWAT'],
      issue: 'LEWAT',
      date: '2026-01-05',
      state: 'DITERIMA',
      request: 'MOVEMENT',
      officer: 'Ali',
      card: 'HIJAU',
      fromCard: 'KUNING',
      offenceDays: 3,
      month: '2026-10',
      time: '17:07',
      count: 2,
      overdue: 1,
    };
    for (const kind of NOTIFICATION_KIND_NAMES)
      for (const lang of ['ms-MY', 'en-GB'] as const) {
        const t = renderNotification(kind, params, lang);
        expect(`${t.title} ${t.body}`, `${kind} ${lang}`).not.toMatch(/\{\{|undefined/);
      }
  });

  it('write dates and months the way every screen does, and minutes beyond 59 as hours and minutes', () => {
    expect(renderNotification('ISSUE_NEW', { issues: ['LEWAT:622', 'LUAR_KAWASAN'], date: '2026-12-01' }, 'ms-MY').body).toBe(
      'Lewat 10 jam 22 minit, Luar kawasan pada 1 Dis 2026. Sila beri justifikasi.',
    );
    expect(renderNotification('ISSUE_NEW', { issues: ['BALIK_AWAL:45'], date: '2026-12-01' }, 'en-GB').body).toBe(
      'Left early 45 minutes on 1 Dec 2026. Please give a justification.',
    );
    expect(renderNotification('CARD_CHANGED', { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 3, month: '2026-10' }, 'en-GB').body).toContain(
      '3 offence days in October 2026.',
    );
  });

  it('say what a card colour means and what moves it, so green never reads as good news', () => {
    const ms = renderNotification('CARD_CHANGED', { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 3, month: '2026-11' }, 'ms-MY');
    expect(ms.title).toBe('Kad kehadiran: Hijau (amaran pertama)');
    expect(ms.body).toBe(
      'Kad anda bertukar daripada Kuning kepada Hijau berdasarkan 3 hari kesalahan pada November 2026. ' +
        'Hijau: amaran pertama — 3 hari kesalahan atau lebih dalam sebulan. Sebulan tanpa kesalahan mengembalikan kad kepada Kuning; 3 hari kesalahan atau lebih lagi menukarnya kepada Merah.',
    );
    const team = renderNotification('TEAM_CARD_CHANGED', { officer: 'Ali', fromCard: 'HIJAU', card: 'MERAH', offenceDays: 4, month: '2026-11' }, 'en-GB');
    expect(team.title).toBe("Ali's card: Red (the highest level)");
    expect(team.body).toContain('A month without offences returns the card to Green.');
  });

  it("say what moves a card with the organisation's thresholds when the notice carries them", () => {
    const ms = renderNotification('CARD_CHANGED', { fromCard: 'KUNING', card: 'HIJAU', offenceDays: 2, month: '2026-11', upAt: 2, downAt: 1 }, 'ms-MY');
    expect(ms.body).toContain(
      'Hijau: amaran pertama — 2 hari kesalahan atau lebih dalam sebulan. Sebulan dengan 1 hari kesalahan atau kurang mengembalikan kad kepada Kuning',
    );
    const en = renderNotification(
      'TEAM_CARD_CHANGED',
      { officer: 'Ali', fromCard: 'HIJAU', card: 'MERAH', offenceDays: 2, month: '2026-11', upAt: 2, downAt: 0 },
      'en-GB',
    );
    expect(en.body).toContain('2 or more offence days in a month again after Green.');
  });
});
