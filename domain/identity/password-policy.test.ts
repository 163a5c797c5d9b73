import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

const logins = ['aminah.salleh@demo.gov.my', '820703165432'];

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(checkPassword('Putrajaya-Presint-8', logins)).toEqual([]);
  });
  it('needs 10 characters', () => {
    expect(checkPassword('Abc#12345', logins)).toContain('TOO_SHORT');
  });
  it('refuses the login, its local part and the MyKad number', () => {
    expect(checkPassword('aminah.salleh@demo.gov.my', logins)).toContain('SAME_AS_LOGIN');
    expect(checkPassword('Aminah.Salleh2026', logins)).toContain('SAME_AS_LOGIN');
    expect(checkPassword('820703165432', logins)).toContain('SAME_AS_LOGIN');
  });
  it('refuses common passwords, whatever the case or punctuation', () => {
    for (const p of ['password123', 'Password123', 'P@ssw0rd', 'katalaluan123', 'Malaysia2026', 'SpotMe#2026']) {
      expect(checkPassword(p, logins), p).toContain('TOO_COMMON');
    }
  });
  it('refuses runs and repeats', () => {
    expect(checkPassword('1234567890', logins)).toContain('TOO_COMMON');
    expect(checkPassword('aaaaaaaaaaaa', logins)).toContain('TOO_COMMON');
    expect(checkPassword('qwertyuiop', logins)).toContain('TOO_COMMON');
  });
});
