import { describe, expect, it } from 'vitest';
import { formatNric, isValidNric, maskNric, normaliseNric } from './nric';

describe('MyKad numbers', () => {
  it.each([
    ['900101-14-5678', true],
    ['900101145678', true],
    ['000229-10-1234', true], // 2000 was a leap year
    ['040229-01-1234', true],
    ['010229-01-1234', false], // 2001 / 1901: no 29 February
    ['901301-14-5678', false], // month 13
    ['900132-14-5678', false], // day 32
    ['900431-14-5678', false], // 31 April
    ['900101-00-5678', false], // place code 00 is not issued
    ['900101-17-5678', false],
    ['900101-71-5678', true], // born abroad
    ['90010114567', false], // 11 digits
    ['90010114567X', false],
  ])('%s → %s', (nric, valid) => {
    expect(isValidNric(nric)).toBe(valid);
  });

  it('normalises what people type', () => {
    expect(normaliseNric(' 900101 14 5678 ')).toBe('900101145678');
    expect(normaliseNric('9001-01-14-5678')).toBe('900101145678');
    expect(normaliseNric('abc')).toBeNull();
  });

  it('masks all but the last four digits and formats with dashes', () => {
    expect(maskNric('900101145678')).toBe('******-**-5678');
    expect(formatNric('900101145678')).toBe('900101-14-5678');
  });
});
