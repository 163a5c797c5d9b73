import { randomInt } from 'node:crypto';

/**
 * A client address no other test uses (198.18.0.0/15, the benchmarking range): the login
 * limit counts per address in the database every test file shares on PostgreSQL, so a
 * test of the limit gives its requests their own address through a trusted proxy.
 */
export function uniqueClientIp(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${1 + randomInt(254)}`;
}

/**
 * Returns at once early in a minute, else waits for the next one: the limits count in
 * fixed windows of a minute, and a test's burst of requests must fall in one window.
 */
export async function startOfWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 250));
}
