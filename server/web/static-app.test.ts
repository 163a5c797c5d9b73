import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStaticApp } from './static-app';

let app: FastifyInstance;
let url: string;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-dist-'));
const script = 'console.log("SPOT-Me");'.repeat(100);

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>SPOT-Me</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), script);
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js.br'), zlib.brotliCompressSync(script));
  app = Fastify();
  app.decorateRequest('lang', 'ms');
  await registerStaticApp(app, dist);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the built app', () => {
  it('sends the Brotli copy of an asset to a browser that accepts it, cached for a year, and the plain file otherwise', async () => {
    const br = await fetch(`${url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await br.text()).toBe(script);
    const plain = await fetch(`${url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });
  it('answers deep links with index.html (never cached) and unknown API paths with the JSON 404', async () => {
    const page = await fetch(`${url}/attendance`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>SPOT-Me</title>');
    const api = await fetch(`${url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    // /metrics when not served (no METRICS_TOKEN): the JSON 404, not the app's page.
    const metrics = await fetch(`${url}/metrics?x=1`);
    expect(metrics.status).toBe(404);
    expect(((await metrics.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
