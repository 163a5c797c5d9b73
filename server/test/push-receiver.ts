import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Agent, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
// http_ece (the encryption web-push uses) decrypts what a real push service would forward to the browser.
import ece from 'http_ece';

export type ReceivedPush = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  payload: unknown;
  vapidValid: boolean;
  audience: string | null;
};
export type Device = { endpoint: string; keys: { p256dh: string; auth: string }; ecdh: ECDH; authSecret: Buffer };

/**
 * A push service on 127.0.0.1 over HTTPS (a self-signed certificate made with openssl):
 * it records each message, checks its VAPID signature against the key in its header and
 * decrypts the payload as the device would. Devices whose path is marked gone get 410,
 * those marked failing 500. Tests allow it with `PUSH_ALLOWED_HOSTS: receiver.host`.
 */
export async function startPushReceiver() {
  const dir = mkdtempSync(path.join(tmpdir(), 'push-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(path.join(dir, 'cert.pem'));
  const key = readFileSync(path.join(dir, 'key.pem'));
  rmSync(dir, { recursive: true, force: true });
  const devices = new Map<string, Device>();
  const gone = new Set<string>();
  const failing = new Set<string>();
  const received: ReceivedPush[] = [];
  let connections = 0;
  const server: Server = createServer({ cert, key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const p = req.url ?? '';
      if (gone.has(p)) {
        res.writeHead(410).end();
        return;
      }
      if (failing.has(p)) {
        res.writeHead(500).end();
        return;
      }
      const device = devices.get(p);
      const auth = String(req.headers.authorization ?? '');
      const vapid = checkVapid(auth);
      let payload: unknown = null;
      if (device)
        payload = JSON.parse(
          ece
            .decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: device.ecdh, authSecret: device.authSecret.toString('base64url') })
            .toString('utf8'),
        );
      received.push({ path: p, headers: req.headers, payload, vapidValid: vapid.valid, audience: vapid.audience });
      res.writeHead(device ? 201 : 404).end();
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const base = `https://${host}`;
  return {
    received,
    /** `127.0.0.1:<port>`: what PUSH_ALLOWED_HOSTS must name for the server to use this service. */
    host,
    /** TCP connections made to this service so far, whether or not a message followed. */
    connections: () => connections,
    /** An HTTPS agent that trusts this service's certificate (and nothing else). */
    agent: new Agent({ ca: cert }),
    /** A new browser subscription: its endpoint on this service and its keys. */
    device(): Device {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const p = `/push/${randomBytes(8).toString('hex')}`;
      const d = {
        endpoint: `${base}${p}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
        ecdh,
        authSecret,
      };
      devices.set(p, d);
      return d;
    },
    /** From now on the service answers 410 Gone for this device, as when the user revoked permission. */
    forget(d: Device) {
      gone.add(new URL(d.endpoint).pathname);
    },
    /** From now on (until `recover`) the service answers 500 for this device, as a push service having trouble. */
    fail(d: Device) {
      failing.add(new URL(d.endpoint).pathname);
    },
    recover(d: Device) {
      failing.delete(new URL(d.endpoint).pathname);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `Authorization: vapid t=<JWT>, k=<public key>`: the ES256 signature over the JWT must verify with k. */
function checkVapid(header: string): { valid: boolean; audience: string | null } {
  const m = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header);
  if (!m) return { valid: false, audience: null };
  const [h, p, sig] = m[1]!.split('.');
  const raw = Buffer.from(m[2]!, 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') };
  const valid = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig!, 'base64url'),
  );
  const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as { aud?: string };
  return { valid, audience: claims.aud ?? null };
}
