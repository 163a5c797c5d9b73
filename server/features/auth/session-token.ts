import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'spotme_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by the hash of their token: a leaked table holds no usable cookie. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
