import { describe, expect, it } from 'vitest';
import { parseApiError } from './client';

describe('the API error shape', () => {
  it('reads code, message and field errors', () => {
    const e = parseApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Maklumat yang dihantar tidak sah.',
        details: {
          fields: [
            { path: 'nric', message: 'No. MyKad tidak sah' },
            { path: 'nric', message: 'lagi' },
          ],
        },
      },
    });
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.status).toBe(400);
    expect(e.field('nric')).toBe('No. MyKad tidak sah lagi');
    expect(e.field('email')).toBeUndefined();
  });
  it('copes with bodies that are not the error shape', () => {
    expect(parseApiError(502, null).code).toBe('UNKNOWN');
    expect(parseApiError(0, undefined).code).toBe('NETWORK');
    expect(parseApiError(500, { error: { code: 'INTERNAL' } }).message).toBe('INTERNAL');
  });
});
