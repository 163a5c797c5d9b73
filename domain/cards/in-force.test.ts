import { describe, expect, it } from 'vitest';
import type { Card } from './cards';
import { cardInForce, cardSeverity, type CardMonth } from './in-force';

const m = (month: string, fromCard: Card, card: Card, offenceDates: string[] = []): CardMonth => ({
  month,
  fromCard,
  card,
  offenceDays: offenceDates.length,
  offenceDates,
});

describe('the card in force (R24–R27)', () => {
  it('is KUNING with nothing behind it before any month was counted', () => {
    expect(cardInForce([])).toEqual({
      card: 'KUNING',
      setByMonth: null,
      since: null,
      previousCard: null,
      lastCountedMonth: null,
      offenceDays: 0,
      offenceDates: [],
      history: [],
    });
  });

  it("is the newest month's card, set by the month that moved it there, with the newest offence days", () => {
    const rows = [
      m('2026-02', 'KUNING', 'HIJAU', ['2026-02-03', '2026-02-05', '2026-02-04']),
      m('2026-03', 'HIJAU', 'MERAH', ['2026-03-02', '2026-03-09', '2026-03-10']),
      m('2026-04', 'MERAH', 'MERAH', ['2026-04-01']),
      m('2026-01', 'KUNING', 'KUNING'),
    ];
    const now = cardInForce(rows);
    expect(now).toMatchObject({
      card: 'MERAH',
      setByMonth: '2026-03',
      since: '2026-04',
      previousCard: 'HIJAU',
      lastCountedMonth: '2026-04',
      offenceDays: 1,
      offenceDates: ['2026-04-01'],
    });
    expect(now.history.map((h) => h.month)).toEqual(['2026-04', '2026-03', '2026-02', '2026-01']);
    expect(cardInForce(rows.slice(0, 1)).offenceDates).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
  });

  it('has no previous card when the officer has held it since the first count, and keeps six months of history', () => {
    const rows = ['01', '02', '03', '04', '05', '06', '07', '08'].map((mm) => m(`2026-${mm}`, 'KUNING', 'KUNING'));
    const now = cardInForce(rows);
    expect(now).toMatchObject({ card: 'KUNING', setByMonth: '2026-01', previousCard: null, lastCountedMonth: '2026-08' });
    expect(now.history).toHaveLength(6);
  });

  it('moving down is a change too', () => {
    expect(cardInForce([m('2026-12', 'MERAH', 'HIJAU'), m('2026-11', 'HIJAU', 'MERAH', ['a', 'b', 'c'])])).toMatchObject({
      card: 'HIJAU',
      setByMonth: '2026-12',
      since: '2027-01',
      previousCard: 'MERAH',
    });
  });

  it('orders red before green before yellow', () => {
    expect((['KUNING', 'MERAH', 'HIJAU'] as Card[]).sort((a, b) => cardSeverity(b) - cardSeverity(a))).toEqual(['MERAH', 'HIJAU', 'KUNING']);
  });
});
