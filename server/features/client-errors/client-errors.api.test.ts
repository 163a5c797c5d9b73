import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { buildApp } from '../../app';
import { startOfWindow, uniqueClientIp } from '../../test/client-address';
import { makeOrgWithRoles } from '../../test/factories';
import { openTestDatabase } from '../../test/harness';
import type { Database } from '../../db/client';
import { TestClient } from '../../test/test-client';
import { CLIENT_ERRORS_PER_MINUTE } from './routes';
import type { Err } from '../../test/error-body';

type LogLine = {
  level: number;
  msg: string;
  clientError?: { message: string; url: string; stack?: string; componentStack?: string };
  userId?: string | null;
  orgId?: string | null;
};

let database: Database;
let app: FastifyInstance;
let url: string;
const lines: LogLine[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // The real app with a logger writing to memory, behind one trusted proxy (each test names its own client address).
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
      done();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', TRUST_PROXY: '1', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  app = await buildApp({ config, database, logger: { level: 'warn', stream }, serveApp: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const report = {
  message: 'TypeError: f?.toLowerCase is not a function',
  stack: 'TypeError: f?.toLowerCase is not a function\n    at MovementsPage (index.js:1:2)',
  componentStack: '\n    at MovementsPage',
  url: '/movements',
};
const from = (c: TestClient, body: unknown, ip = uniqueClientIp()) => c.post<Err>('/api/client-errors', body, { headers: { 'x-forwarded-for': ip } });
const logged = (message: string) => lines.filter((l) => l.msg === 'client error' && l.clientError?.message === message);

describe('POST /api/client-errors', () => {
  it("logs a page's error at warn with its place, before login too, and answers 204", async () => {
    const message = `TypeError: anonymous ${uniqueClientIp()}`;
    const res = await from(new TestClient(url), { ...report, message });
    expect(res.status).toBe(204);
    await expect.poll(() => logged(message).length).toBe(1);
    expect(logged(message)[0]).toMatchObject({
      level: 40,
      userId: null,
      clientError: { message, url: '/movements', stack: report.stack, componentStack: report.componentStack },
    });
  });

  it('names the logged-in user (no CSRF token needed: nothing is changed)', async () => {
    const { officer, org } = await makeOrgWithRoles(database.db);
    const c = new TestClient(url);
    await c.login(officer.email, officer.password);
    const message = `TypeError: logged in ${officer.id}`;
    expect((await from(c, { ...report, message }, uniqueClientIp())).status).toBe(204);
    const res = await c.request(
      'POST',
      '/api/client-errors',
      { message: `${message} again`, url: '/clock' },
      { csrf: false, headers: { 'x-forwarded-for': uniqueClientIp() } },
    );
    expect(res.status).toBe(204);
    await expect.poll(() => logged(message).length).toBe(1);
    expect(logged(message)[0]).toMatchObject({ userId: officer.id, orgId: org.id });
  });

  it('refuses a report without a message or with text over the limits, naming the field', async () => {
    const c = new TestClient(url);
    const missing = await from(c, { url: '/movements' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details?.fields?.map((f) => f.path)).toEqual(['message']);
    const long = await from(c, { ...report, url: `/${'x'.repeat(2000)}`, stack: 'y'.repeat(8001) });
    expect(long.status).toBe(400);
    expect(long.body.error.details?.fields?.map((f) => f.path).sort()).toEqual(['stack', 'url']);
  });

  it(`allows ${CLIENT_ERRORS_PER_MINUTE} reports a minute from one address, then 429`, async () => {
    const c = new TestClient(url);
    const ip = uniqueClientIp();
    await startOfWindow();
    const statuses: number[] = [];
    for (let i = 0; i <= CLIENT_ERRORS_PER_MINUTE; i++) statuses.push((await from(c, { ...report, message: `flood ${ip} ${i}` }, ip)).status);
    expect(statuses).toEqual([...Array<number>(CLIENT_ERRORS_PER_MINUTE).fill(204), 429]);
    expect((await from(c, report)).status).toBe(204); // another address is not limited
  });
});
