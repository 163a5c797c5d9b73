import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { consumeAccountToken, insertAccountToken, retireAccountTokens, type AccountTokenPurpose } from './account-tokens-repo';
import { newToken } from './session-token';

/** How long a link stays valid. */
export const TOKEN_VALID_HOURS: Record<AccountTokenPurpose, number> = { UNLOCK: 1, EMAIL_CHANGE: 24 };

/** A link's token is kept only as its SHA-256: the table holds nothing that opens a link. */
export function accountTokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new one-time link for the user, replacing their unused ones of the same purpose; answers the token to send. */
export async function issueAccountToken(db: Db, userId: string, purpose: AccountTokenPurpose, newEmail?: string): Promise<string> {
  const token = newToken();
  await retireAccountTokens(db, userId, purpose);
  await insertAccountToken(db, { id: accountTokenId(token), userId, purpose, newEmail, validHours: TOKEN_VALID_HOURS[purpose] });
  return token;
}

/** Uses a link once: its user (and the address it confirms), or null when unknown, used or expired. */
export function useAccountToken(db: Db, token: string, purpose: AccountTokenPurpose) {
  return consumeAccountToken(db, accountTokenId(token), purpose);
}
