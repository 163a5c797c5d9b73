import { ECDH } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Whether a push subscription's endpoint is on a known push service: https, no
 * credentials, and a host the allow-list names (`PUSH_ALLOWED_HOSTS`). A plain entry
 * covers the host and its sub-domains, `*.host` its sub-domains only, both on port 443
 * and never for an IP address or `localhost`; `host:port` covers exactly that address.
 * What is not allowed is never contacted (the server must not be a way into its own
 * network: 127.0.0.1, 169.254.169.254, 10.0.0.0/8…).
 */
export function isAllowedPushEndpoint(endpoint: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname; // lower case, IPv4 normalised (0x7f.1 → 127.0.0.1), IPv6 in brackets
  const hostPort = `${host}:${url.port || '443'}`;
  const bare = host.replace(/^\[|\]$/g, '');
  const local = isIP(bare) !== 0 || bare === 'localhost' || bare.endsWith('.localhost');
  return allowed.some((entry) => {
    if (/:\d+$/.test(entry)) return entry === hostPort;
    if (local || url.port !== '') return false;
    if (entry.startsWith('*.')) return host.endsWith(entry.slice(1));
    return host === entry || host.endsWith(`.${entry}`);
  });
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function decode(value: string): Buffer | null {
  return BASE64URL.test(value) ? Buffer.from(value, 'base64url') : null;
}

/** The device's key (`keys.p256dh`): base64url of an uncompressed P-256 point (65 bytes, 0x04 first) that is on the curve. */
export function isP256dhKey(value: string): boolean {
  const raw = decode(value);
  if (!raw || raw.length !== 65 || raw[0] !== 0x04) return false;
  try {
    ECDH.convertKey(raw, 'prime256v1');
    return true;
  } catch {
    return false;
  }
}

/** The device's authentication secret (`keys.auth`): base64url of exactly 16 bytes. */
export function isAuthSecret(value: string): boolean {
  return decode(value)?.length === 16;
}
