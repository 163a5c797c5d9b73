import { formatLanguage } from '../format/dates';
import { DEFAULT_THRESHOLDS, type Card, type CardThresholds } from './cards';

/**
 * What a card colour means and what moves it (R24–R26), in the reader's language: said
 * on the card's badge and in the card's notification, so green never reads as good news.
 */
const LEVEL = {
  ms: { KUNING: 'kad biasa', HIJAU: 'amaran pertama', MERAH: 'tahap tertinggi' },
  en: { KUNING: 'the usual card', HIJAU: 'first warning', MERAH: 'the highest level' },
} as const;

const NAME = {
  ms: { KUNING: 'Kuning', HIJAU: 'Hijau', MERAH: 'Merah' },
  en: { KUNING: 'Yellow', HIJAU: 'Green', MERAH: 'Red' },
} as const;

/** "amaran pertama" / "first warning": the card's level in two or three words. */
export function cardLevel(card: Card, lang: string): string {
  return LEVEL[formatLanguage(lang)][card];
}

/** What the card means and what moves it, after its name and level: "3 hari kesalahan atau lebih dalam sebulan. Sebulan tanpa …". */
export function cardExplanation(card: Card, lang: string, t: CardThresholds = DEFAULT_THRESHOLDS): string {
  const l = formatLanguage(lang);
  const n = NAME[l];
  const up = t.upAt;
  if (l === 'en') {
    const calm = t.downAt === 0 ? 'A month without offences' : `A month with ${t.downAt} offence days or fewer`;
    if (card === 'KUNING') return `where every officer starts. ${up} or more offence days in a month move it to ${n.HIJAU}.`;
    if (card === 'HIJAU') return `${up} or more offence days in a month. ${calm} returns the card to ${n.KUNING}; ${up} or more again move it to ${n.MERAH}.`;
    return `${up} or more offence days in a month again after ${n.HIJAU}. ${calm} returns the card to ${n.HIJAU}.`;
  }
  const calm = t.downAt === 0 ? 'Sebulan tanpa kesalahan' : `Sebulan dengan ${t.downAt} hari kesalahan atau kurang`;
  if (card === 'KUNING') return `permulaan setiap pegawai. ${up} hari kesalahan atau lebih dalam sebulan menukarnya kepada ${n.HIJAU}.`;
  if (card === 'HIJAU')
    return `${up} hari kesalahan atau lebih dalam sebulan. ${calm} mengembalikan kad kepada ${n.KUNING}; ${up} hari kesalahan atau lebih lagi menukarnya kepada ${n.MERAH}.`;
  return `${up} hari kesalahan atau lebih dalam sebulan sekali lagi selepas ${n.HIJAU}. ${calm} mengembalikan kad kepada ${n.HIJAU}.`;
}

/**
 * "Hijau: amaran pertama — 3 hari kesalahan atau lebih dalam sebulan. Sebulan tanpa
 * kesalahan mengembalikan kad kepada Kuning; 3 hari kesalahan atau lebih lagi menukarnya kepada Merah."
 */
export function cardMeaning(card: Card, lang: string, t: CardThresholds = DEFAULT_THRESHOLDS): string {
  return `${NAME[formatLanguage(lang)][card]}: ${cardLevel(card, lang)} — ${cardExplanation(card, lang, t)}`;
}

/** What counts as an offence day (R25), said once under the meaning. */
export function offenceDayNote(lang: string): string {
  return formatLanguage(lang) === 'en'
    ? 'An offence day is a working day late, left early, or without a check-in or check-out, unless its justification was accepted.'
    : 'Hari kesalahan ialah hari bekerja yang lewat, balik awal, atau tiada daftar masuk atau keluar, kecuali justifikasinya diterima.';
}
