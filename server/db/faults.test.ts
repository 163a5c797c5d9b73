import { describe, expect, it } from 'vitest';
import { databaseFault } from './faults';

const pgError = (code: string) => Object.assign(new Error('terminating connection due to administrator command'), { code });

describe('database faults', () => {
  it('tells an unreachable or restarting database from a busy one and from a bug', () => {
    expect(databaseFault(pgError('57P01'))).toBe('UNAVAILABLE');
    expect(databaseFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('UNAVAILABLE');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('UNAVAILABLE');
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toBe('UNAVAILABLE');
    expect(databaseFault(pgError('57014'))).toBe('BUSY');
    expect(databaseFault(pgError('25P03'))).toBe('BUSY');
    expect(databaseFault(pgError('23505'))).toBeNull();
    expect(databaseFault(new TypeError('x is undefined'))).toBeNull();
  });

  it("looks through the error drizzle wraps around the driver's", () => {
    const wrapped = Object.assign(new Error('Failed query: select 1\nparams: secret'), { cause: pgError('57P01') });
    expect(databaseFault(wrapped)).toBe('UNAVAILABLE');
  });
});
