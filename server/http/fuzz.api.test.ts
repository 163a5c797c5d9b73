import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_ROLES } from '../../domain/policy/roles';
import { makeOrg, makeOrgWithRoles, makeUnit, makeUser, type MadeUser, workingTuesdayAhead } from '../test/factories';
import { HOSTILE_PATH_VALUES, hostileBodies, hostileQueries, NONEXISTENT_UUID, type Context, type FuzzIds, type JsonSchema } from '../test/fuzz-corpus';
import { startTestApp, type TestApp } from '../test/harness';
import type { TestClient } from '../test/test-client';

/**
 * Every route of the API, walked from its own OpenAPI document, gets a fixed corpus of
 * hostile bodies, query strings and path parameters, from an anonymous caller and from
 * users holding every role. Whatever is sent, the answer is 2xx or 4xx: a 5xx is a bug.
 */
type Param = { name: string; in: string; required?: boolean; schema: JsonSchema };
type Operation = { method: string; path: string; params: Param[]; body?: JsonSchema };
type Caller = { name: string; client: TestClient; relogin?: () => Promise<void> };
type Sent = { name: string; method: string; url: string; raw?: string; contentType?: string };

let t: TestApp;
let ops: Operation[];
let ctx: Context;
let broad: Caller;
let platform: Caller;
let anonymous: Caller;
let routeIds: [prefix: string, id: string][];
/** Requests sent, by caller. */
const sent: Record<string, number> = {};
/** Operations an anonymous caller may call (`METHOD /path`). */
const publicOps = new Set<string>();
const errorLines: string[] = [];

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.includes('"level":50')) errorLines.push(line);
      done();
    },
  });
  t = await startTestApp({}, undefined, { logger: { level: 'error', stream: logs } });
  const org = await makeOrg(t.db);
  const unit = await makeUnit(t.db, org.id);
  const spareUnit = await makeUnit(t.db, org.id);
  const everyRole = await makeUser(t.db, org.id, { roles: [...ORG_ROLES], unitId: unit.id });
  const officer = await makeUser(t.db, org.id, { roles: ['PEGAWAI'], unitId: unit.id, supervisorId: everyRole.id });
  const foreign = await makeOrgWithRoles(t.db);
  const agency = await makeOrg(t.db);
  const platformAdmin = await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] });

  broad = await caller('every org role', everyRole);
  platform = await caller('platform admin', platformAdmin);
  anonymous = { name: 'anonymous', client: t.client() };
  const officerClient = (await caller('officer', officer)).client;

  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Kuala_Lumpur' });
  const now = new Date(Date.now() - 60_000).toISOString();
  const workday = workingTuesdayAhead(7);
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Kuala_Lumpur' });
  const site = await made(
    broad.client.post('/api/sites', { name: 'Tapak Fuzz', shape: { type: 'circle', centre: { lat: 3.139, lng: 101.687 }, radiusMeters: 200 } }),
  );
  const task = await made(broad.client.post('/api/tasks', { date: today, title: 'Tugasan fuzz', category: 'PENTADBIRAN' }));
  const teamTask = await made(broad.client.post('/api/team/tasks', { officerId: officer.id, date: today, title: 'Tugasan diberi', category: 'PENTADBIRAN' }));
  const ownStatus = await made(broad.client.post('/api/day-statuses', { date: today, code: 'KURSUS', part: 'AM' }));
  const officerStatus = await made(officerClient.post('/api/day-statuses', { date: today, code: 'TUGASAN_LUAR', part: 'AM' }));
  const movement = await made(
    broad.client.post('/api/movements', {
      // Within working hours of a working day ahead, whatever the hour the suite runs at.
      leaveAt: `${workday}T10:00:00+08:00`,
      expectedReturn: `${workday}T11:00:00+08:00`,
      destination: 'Pejabat Tanah',
      purpose: 'Mesyuarat',
    }),
  );

  const ids: FuzzIds = { officer: officer.id, supervisor: everyRole.id, unit: unit.id, site, request: officerStatus, foreign: foreign.officer.id };
  let seq = 0;
  ctx = { ids, today, tomorrow, now, inAnHour: new Date(Date.now() + 3_600_000).toISOString(), seq: () => (seq += 1) };
  routeIds = [
    ['/api/users/', officer.id],
    ['/api/units/', spareUnit.id],
    ['/api/sites/', site],
    ['/api/tasks/', task],
    ['/api/team/tasks/reviews/', officer.id],
    ['/api/team/tasks/', teamTask],
    ['/api/team/officers/', officer.id],
    ['/api/platform/organisations/', agency.id],
    ['/api/day-statuses/', ownStatus],
    ['/api/movements/', movement],
    ['/api/approvals/', officerStatus],
  ];

  const doc = await anonymous.client.get<{
    paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  }>('/api/docs/json');
  ops = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
  // Deletions last, so the rows the other routes point at are there while they are fuzzed.
  ops.sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  for (const op of ops) {
    const res = await send(anonymous, requestsFor(op)[0]!);
    if (!res.text.includes('"UNAUTHENTICATED"')) publicOps.add(`${op.method} ${op.path}`);
  }
});
afterAll(async () => {
  console.info(`fuzz: ${Object.values(sent).reduce((a, b) => a + b, 0)} requests`, sent);
  await t?.close();
});

async function caller(name: string, u: MadeUser): Promise<Caller> {
  const client = t.client();
  // By MyKad number: the fuzzed profile routes may change the email.
  const relogin = async () => void (await client.login(u.nric, u.password));
  await relogin();
  return { name, client, relogin };
}

async function made(p: Promise<{ status: number; body: Record<string, unknown> }>): Promise<string> {
  const res = await p;
  if (res.status !== 201 && res.status !== 200) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return String(res.body.id);
}

/** The path with each parameter set to a real row's id, a plausible date, or its first allowed value. */
function realPath(op: Operation, override: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name in override) return override[name]!;
    const p = op.params.find((x) => x.in === 'path' && x.name === name);
    if (p?.schema.enum) return String(p.schema.enum[0]);
    if (name === 'date') return ctx.today;
    if (name === 'officerId') return ctx.ids.officer;
    return routeIds.find(([prefix]) => op.path.startsWith(prefix))?.[1] ?? NONEXISTENT_UUID;
  });
}

/** Every request of the corpus for one operation, each named for what it attacks. */
function requestsFor(op: Operation): Sent[] {
  const base = realPath(op);
  const query = op.params.filter((p) => p.in === 'query');
  const out: Sent[] = [];
  const json = (raw: string) => ({ raw, contentType: 'application/json' });
  if (op.body) {
    for (const b of hostileBodies(op.body, ctx)) out.push({ name: b.name, method: op.method, url: base, ...json(b.raw) });
    out.push({ name: 'form-encoded body', method: op.method, url: base, raw: 'a=1&b=%00', contentType: 'application/x-www-form-urlencoded' });
    out.push({ name: 'malformed JSON', method: op.method, url: base, ...json('{"unterminated":') });
  } else if (op.method === 'GET') {
    for (const q of hostileQueries(query, ctx)) out.push({ name: q.name, method: op.method, url: q.query ? `${base}?${q.query}` : base });
  } else {
    const bodies: [string, string][] = [
      ['no body', ''],
      ['empty object', '{}'],
      ['array body', '[]'],
      ['null body', 'null'],
      ['string body', '"x"'],
      ['unknown keys, one with NUL', '{"a\\u0000":"\\ud800"}'],
    ];
    for (const [name, raw] of bodies) out.push({ name, method: op.method, url: base, ...(raw ? json(raw) : {}) });
  }
  const plausibleBody = op.body ? hostileBodies(op.body, ctx)[0]!.raw : undefined;
  const plausibleQuery = op.method === 'GET' ? hostileQueries(query, ctx)[0]!.query : '';
  for (const p of op.params.filter((x) => x.in === 'path')) {
    for (const [name, value] of Object.entries(HOSTILE_PATH_VALUES)) {
      const url = realPath(op, { [p.name]: value }) + (plausibleQuery ? `?${plausibleQuery}` : '');
      out.push({ name: `${p.name}: ${name}`, method: op.method, url, ...(plausibleBody ? json(plausibleBody) : {}) });
    }
  }
  // An attack on a kind of field the route does not have repeats the plausible request: send it once.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.url}\n${r.contentType ?? ''}\n${r.raw ?? ''}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * What an anonymous caller sends to a route that needs a session: it is refused before its
 * input is validated, so only what is read before that (the body's parsing, the path) varies.
 */
const BEFORE_ACCESS =
  /^(plausible|empty object|array body|null body|deep nesting|__proto__ key|constructor\.prototype key|form-encoded body|malformed JSON|percent-encoded NUL|invalid UTF-8 .*|\w+: (percent-encoded NUL|invalid UTF-8|3 000 characters))$/;

async function send(who: Caller, r: Sent): Promise<{ status: number; text: string }> {
  const c = who.client;
  const headers: Record<string, string> = {};
  if (r.contentType) headers['content-type'] = r.contentType;
  if (c.cookie) headers.cookie = c.cookie;
  if (r.method !== 'GET' && c.csrf) headers['x-csrf-token'] = c.csrf;
  sent[who.name] = (sent[who.name] ?? 0) + 1;
  const res = await fetch(c.baseUrl + r.url, { method: r.method, headers, body: r.raw });
  const text = await res.text();
  // A fuzzed logout ends the session: log in again for the next request.
  if (who.relogin && r.url.startsWith('/api/auth/logout') && res.status < 300) await who.relogin();
  return { status: res.status, text };
}

/** Sends the corpus of each chosen operation; answers the 5xx seen, with the error lines the server logged meanwhile. */
async function fuzz(who: Caller, only: (op: Operation) => boolean, which: (r: Sent) => boolean = () => true): Promise<string[]> {
  const failures: string[] = [];
  const seen = errorLines.length;
  for (const op of ops.filter(only)) {
    for (const r of requestsFor(op).filter(which)) {
      const res = await send(who, r);
      if (res.status >= 500)
        failures.push(`${who.name} ${op.method} ${op.path} [${r.name}] ${r.url.slice(0, 100)} ${(r.raw ?? '').slice(0, 100)} → ${res.status}`);
    }
  }
  if (failures.length) failures.push(...errorLines.slice(seen).map((l) => l.slice(0, 600)));
  return failures;
}

const isPublic = (op: Operation) => publicOps.has(`${op.method} ${op.path}`);

describe('the API under hostile input', () => {
  it('walks every route of the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThanOrEqual(79);
    expect(ops.filter((o) => o.body).length).toBeGreaterThan(30);
    expect(publicOps).toContain('POST /api/auth/login');
  });

  it('answers an anonymous caller with 2xx or 4xx, never 5xx (the whole corpus on public routes)', { timeout: 120_000 }, async () => {
    const failures = await fuzz(anonymous, isPublic);
    failures.push(
      ...(await fuzz(
        anonymous,
        (op) => !isPublic(op),
        (r) => BEFORE_ACCESS.test(r.name),
      )),
    );
    expect(failures).toEqual([]);
  });

  it('answers a user holding every organisation role with 2xx or 4xx, never 5xx', { timeout: 120_000 }, async () => {
    expect(await fuzz(broad, (op) => !isPublic(op))).toEqual([]);
  });

  it('answers the platform administrator on the platform routes with 2xx or 4xx, never 5xx', { timeout: 120_000 }, async () => {
    expect(await fuzz(platform, (op) => op.path.startsWith('/api/platform/'))).toEqual([]);
  });
});
