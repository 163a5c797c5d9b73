import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

/** argon2id (the library's default algorithm) with its defaults: 19 MiB, 2 passes, as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check when the login matches nobody. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('no-such-user-password');
  await verifyPassword(await dummyHash, password);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const SYMBOLS = '#@%+=!';

/** A temporary password an administrator reads out once: 12 unambiguous characters. */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  chars.push(SYMBOLS[randomInt(SYMBOLS.length)], String(2 + randomInt(8)));
  return chars.join('');
}
