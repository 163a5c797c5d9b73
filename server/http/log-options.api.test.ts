import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeOrgWithRoles } from '../test/factories';
import { openTestDatabase } from '../test/harness';
import type { Database } from '../db/client';
import { loadConfig } from '../config';
import { buildApp } from '../app';
import { errorForLog } from './log-options';

/**
 * What the server writes to its log, collected from the real logger (the server's own
 * settings, only its destination changed): no SQL parameter, query string, password,
 * session cookie or CSRF token, whatever the request carried.
 */
const PLANTED_NAME = 'Siti Nurhaliza Planted';
const PLANTED_PASSWORD = 'Planted#Password-4242';
const PLANTED_COOKIE = 'planted-session-token-value';
const PLANTED_CSRF = 'planted-csrf-token-value';

let database: Database;
let app: FastifyInstance;
let lines: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  // Requests are logged at debug (at info the log says only what matters): this test reads them too.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  app = await buildApp({ config, database, logger: { stream }, serveApp: false });
  // A route whose statement fails in the database with the request's value as its parameter,
  // as any unforeseen database failure would.
  app
    .withTypeProvider<ZodTypeProvider>()
    .post('/api/test/failing-statement', { config: { access: { public: true } }, schema: { body: z.object({ name: z.string() }) } }, async (req) => {
      await req.db.execute(sql`select ${req.body.name}::integer`);
      return {};
    });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const logged = () => lines.join('\n');

describe('the server log', () => {
  it('logs a failed statement by its SQLSTATE and route, never its parameters', async () => {
    lines = [];
    const res = await app.inject({ method: 'POST', url: '/api/test/failing-statement', payload: { name: PLANTED_NAME } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'Ralat dalaman. Sila cuba lagi.' } });
    const error = lines.map((l) => JSON.parse(l) as { level: number; route?: string; err?: { code?: string; type?: string } }).find((l) => l.level === 50);
    expect(error?.route).toBe('POST /api/test/failing-statement');
    expect(error?.err?.code).toBe('22P02');
    expect(logged()).not.toContain(PLANTED_NAME);
    expect(logged()).not.toContain('params');
  });

  it('logs no password, cookie, CSRF token or query string of a request', async () => {
    const world = await makeOrgWithRoles(database.db);
    lines = [];
    const headers = { cookie: `spotme_session=${PLANTED_COOKIE}`, 'x-csrf-token': PLANTED_CSRF, authorization: `Bearer ${PLANTED_CSRF}` };
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { login: world.officer.email, password: PLANTED_PASSWORD } });
    expect(login.statusCode).toBe(401);
    const search = await app.inject({ method: 'GET', url: `/api/users/options?q=${encodeURIComponent(PLANTED_NAME)}`, headers });
    expect(search.statusCode).toBe(401);
    expect(logged()).toContain('/api/users/options'); // the requests were logged, without what they carried
    for (const planted of [PLANTED_PASSWORD, PLANTED_COOKIE, PLANTED_CSRF, PLANTED_NAME, encodeURIComponent(PLANTED_NAME)])
      expect(logged()).not.toContain(planted);
  });

  it('redacts credentials wherever a log call includes headers or a password', () => {
    lines = [];
    app.log.info(
      { headers: { cookie: PLANTED_COOKIE, 'x-csrf-token': PLANTED_CSRF }, body: { password: PLANTED_PASSWORD }, password: PLANTED_PASSWORD },
      'careless log call',
    );
    expect(logged()).toContain('careless log call');
    for (const planted of [PLANTED_PASSWORD, PLANTED_COOKIE, PLANTED_CSRF]) expect(logged()).not.toContain(planted);
  });

  it('keeps the message and stack of errors of the code itself', () => {
    const logged = errorForLog(new TypeError('cannot read properties of undefined'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
    expect(logged.stack).toContain('log-options.api.test.ts');
  });
});
