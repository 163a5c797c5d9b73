import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../domain/org/settings';
import { closeDay } from '../jobs/day-close';
import { makeOrgWithRoles, makePunches, makeUnit } from '../test/factories';
import { loginAs, startTestApp, type TestApp } from '../test/harness';
import type { TestClient } from '../test/test-client';
import { badTextPath } from './text-guard';
import type { Err } from '../test/error-body';

const REFUSED_MS = 'Teks ini mengandungi aksara yang tidak dibenarkan (aksara NUL atau aksara Unicode yang tidak lengkap).';
const REFUSED_EN = 'This text holds characters that are not allowed (a NUL character or an incomplete Unicode character).';

let t: TestApp;
let world: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let admin: TestClient;
let supervisor: TestClient;
let unitId: string;

beforeAll(async () => {
  t = await startTestApp();
  world = await makeOrgWithRoles(t.db);
  admin = await loginAs(t, world.admin);
  supervisor = await loginAs(t, world.supervisor);
  unitId = (await makeUnit(t.db, world.org.id)).id;
});
afterAll(async () => t.close());

function expectRefused(res: { status: number; body: unknown }, where: string, path: string, message = REFUSED_MS) {
  expect(res.status).toBe(400);
  const body = res.body as Err;
  expect(body.error.code).toBe('VALIDATION_FAILED');
  expect(body.error.details?.in).toBe(where);
  expect(body.error.details?.fields).toEqual([{ path, message }]);
}

describe('text with a NUL or a lone surrogate', () => {
  it("is refused with 400 naming the field, in the caller's language, where it answered 500", async () => {
    expectRefused(await t.client().post('/api/auth/login', { login: 'ali\u0000@ujian.gov.my', password: 'x' }), 'body', 'login');
    const en = t.client();
    en.lang = 'en-GB';
    expectRefused(await en.post('/api/auth/login', { login: 'ali@ujian.gov.my', password: 'kata\uD800laluan' }), 'body', 'password', REFUSED_EN);
    expectRefused(await admin.patch(`/api/users/${world.officer.id}`, { fullName: 'Siti\u0000 Aminah' }), 'body', 'fullName');
    expectRefused(await admin.patch(`/api/units/${unitId}`, { name: '\uDC00Unit' }), 'body', 'name');
    expectRefused(await admin.get('/api/users/options?q=Siti%00'), 'querystring', 'q');
    expectRefused(await admin.get('/api/audit?action=user.updated%00'), 'querystring', 'action');
    expectRefused(await admin.get('/api/users/%00'), 'params', 'id');
  });

  it('names the first bad field of a nested body by its dotted path, keys included', async () => {
    const many = await supervisor.post('/api/approvals/decide-many', {
      items: [
        { kind: 'STATUS', id: world.officer.id },
        { kind: 'STATUS', id: '\uD800' },
      ],
      decision: 'DILULUSKAN',
    });
    expectRefused(many, 'body', 'items.1.id');
    expectRefused(await admin.patch('/api/organisation', { name: 'Agensi', settings: { ['grace\u0000Minutes']: 5 } }), 'body', 'settings.grace\u0000Minutes');
  });

  it('checks the access first: an anonymous caller still gets 401', async () => {
    const res = await t.client().request('PATCH', `/api/units/${unitId}`, { name: 'x\u0000' });
    expect(res.status).toBe(401);
  });

  it('keeps well-formed text, emoji (a surrogate pair) and other control characters included', async () => {
    const res = await admin.patch<{ name: string }>(`/api/units/${unitId}`, { name: 'Unit Inovasi 🚀\tBaharu' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Unit Inovasi 🚀\tBaharu');
  });

  it('does not read a file sent as the body as text: a PNG (full of NUL bytes) is attached', async () => {
    const officer = await loginAs(t, world.officer);
    await makePunches(t.db, world.org.id, [
      { userId: world.officer.id, at: new Date('2026-09-15T09:40:00+08:00'), kind: 'IN' },
      { userId: world.officer.id, at: new Date('2026-09-15T18:40:00+08:00'), kind: 'OUT' },
    ]);
    await closeDay(t.database, { id: world.org.id, timeZone: world.org.timeZone, state: world.org.state, settings: DEFAULT_ORG_SETTINGS }, '2026-09-15');
    const [issue] = (await officer.get<{ items: { id: string }[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    const sent = await officer.post<{ justification: { id: string } }>(`/api/issues/${issue!.id}/justification`, {
      category: 'KLINIK_HOSPITAL',
      text: 'Temujanji hospital pagi',
    });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    expect(png.includes(0)).toBe(true);
    const up = await officer.upload('PUT', `/api/justifications/${sent.body.justification.id}/attachment`, png, {
      'content-type': 'image/png',
      'x-file-name': 'surat.png',
    });
    expect(up.status).toBe(200);
  });
});

describe('badTextPath', () => {
  it('walks arrays, objects and keys in order, and a body that is a bare string', () => {
    expect(badTextPath({ a: 'ok', b: [{ c: 'ok' }, { d: 'x\u0000' }], e: '\uD800' })).toBe('b.1.d');
    expect(badTextPath('\uDFFF')).toBe('');
    expect(badTextPath({ a: 1, b: null, c: true, d: 'Ali 😀' })).toBeNull();
  });

  it('skips bytes and survives nesting deep enough to overflow a recursive walk', () => {
    expect(badTextPath(Buffer.from([0, 0xed, 0xa0, 0x80]))).toBeNull();
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    expect(badTextPath(deep)?.length).toBe(100_000 * 2 - 1);
  });
});
