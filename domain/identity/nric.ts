/**
 * MyKad numbers (NRIC): YYMMDD-PB-###G, 12 digits. PB is the place-of-birth code:
 * 01–16 and 21–59 are Malaysian states, 60–68 and 71–72, 74–79, 82–93, 98–99 are
 * abroad or special; 00, 17–20, 69, 70, 73, 80, 81, 94–97 are not issued.
 */
const UNUSED_PLACE_CODES = new Set([0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97]);

/** Strips the dashes and spaces people type; returns null if what remains is not 12 digits. */
export function normaliseNric(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : null;
}

export function isValidNric(input: string): boolean {
  const nric = normaliseNric(input);
  if (!nric) return false;
  const yy = Number(nric.slice(0, 2));
  const mm = Number(nric.slice(2, 4));
  const dd = Number(nric.slice(4, 6));
  const place = Number(nric.slice(6, 8));
  if (mm < 1 || mm > 12 || dd < 1) return false;
  // February 29 is valid when either century makes it a leap year (00 is 1900 or 2000).
  const leap = yy % 4 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1] ?? 0;
  if (dd > days) return false;
  return !UNUSED_PLACE_CODES.has(place);
}

/** For lists and logs: only the last four digits show. */
export function maskNric(nric: string): string {
  return `******-**-${nric.slice(-4)}`;
}

export function formatNric(nric: string): string {
  return `${nric.slice(0, 6)}-${nric.slice(6, 8)}-${nric.slice(8)}`;
}
