import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'TOO_SHORT' | 'SAME_AS_LOGIN' | 'TOO_COMMON';

/**
 * The password policy: at least 10 characters, not the login (email, its local part
 * or the MyKad number), not a commonly used password.
 */
export function checkPassword(password: string, logins: readonly string[]): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  const lower = password.toLowerCase();
  const forbidden = logins
    .flatMap((l) => [l, l.split('@')[0] ?? '', l.replace(/-/g, '')])
    .map((l) => l.toLowerCase())
    .filter((l) => l.length > 0);
  if (forbidden.some((l) => lower === l || (l.length >= 6 && lower.includes(l)))) problems.push('SAME_AS_LOGIN');
  const bare = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(bare) || isTrivial(lower)) problems.push('TOO_COMMON');
  return problems;
}

/** One repeated character, or a run of consecutive keys like 1234567890 / abcdefghij. */
function isTrivial(p: string): boolean {
  if (new Set(p).size <= 2) return true;
  const rows = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  return rows.some((r) => r.includes(p) || [...r].reverse().join('').includes(p));
}
