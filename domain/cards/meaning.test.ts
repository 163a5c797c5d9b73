import { describe, expect, it } from 'vitest';
import { CARD_LEVELS } from './cards';
import { cardLevel, cardMeaning } from './meaning';

describe('what a card colour means', () => {
  it('says green is the first warning and what moves it, in both languages', () => {
    expect(cardMeaning('HIJAU', 'ms-MY')).toBe(
      'Hijau: amaran pertama — 3 hari kesalahan atau lebih dalam sebulan. Sebulan tanpa kesalahan mengembalikan kad kepada Kuning; 3 hari kesalahan atau lebih lagi menukarnya kepada Merah.',
    );
    expect(cardMeaning('HIJAU', 'en-GB')).toBe(
      'Green: first warning — 3 or more offence days in a month. A month without offences returns the card to Yellow; 3 or more again move it to Red.',
    );
  });
  it("follows the thresholds, and names every card's level", () => {
    expect(cardMeaning('MERAH', 'ms-MY', { upAt: 5, downAt: 1 })).toContain(
      '5 hari kesalahan atau lebih dalam sebulan sekali lagi selepas Hijau. Sebulan dengan 1 hari kesalahan atau kurang mengembalikan kad kepada Hijau.',
    );
    for (const c of CARD_LEVELS) for (const l of ['ms-MY', 'en-GB']) expect(cardLevel(c, l).length).toBeGreaterThan(3);
  });
});
