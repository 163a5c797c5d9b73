import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_MESSAGES } from '../../http/field-messages';
import { makeOrgWithRoles, makeUser, randomNric } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

let t: TestApp;
let admin: TestClient;
let otherAdmin: TestClient;
let world: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let other: Awaited<ReturnType<typeof makeOrgWithRoles>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await makeOrgWithRoles(t.db);
  other = await makeOrgWithRoles(t.db);
  admin = await loginAs(t, world.admin);
  otherAdmin = await loginAs(t, other.admin);
});
afterAll(async () => t.close());

let n = 0;
const newUser = (over: Record<string, unknown> = {}) => {
  n += 1;
  return {
    fullName: 'Mohd Hafiz bin Osman',
    nric: randomNric(),
    staffNo: `X${Date.now()}${n}`,
    email: `hafiz.${Date.now()}.${n}@ujian.gov.my`,
    gender: 'L',
    dutyState: 'MY-16',
    roles: ['PEGAWAI'],
    ...over,
  };
};
const generic = (field: 'email' | 'nric') => [{ path: field, message: FIELD_MESSAGES[`${field}.unavailable`]!.ms }];

describe('an email or MyKad number used in another agency', () => {
  it('answers 400 with a message that does not say why, when creating', async () => {
    const byEmail = await admin.post<Err>('/api/users', newUser({ email: other.officer.email.toUpperCase() }));
    expect(byEmail.status).toBe(400);
    expect(byEmail.body.error.code).toBe('VALIDATION_FAILED');
    expect(byEmail.body.error.details?.fields).toEqual(generic('email'));
    const byNric = await admin.post<Err>('/api/users', newUser({ nric: other.officer.nric }));
    expect(byNric.status).toBe(400);
    expect(byNric.body.error.details?.fields).toEqual(generic('nric'));
  });

  it('answers the same when editing', async () => {
    const u = await makeUser(t.db, world.org.id);
    const res = await admin.patch<Err>(`/api/users/${u.id}`, { email: other.admin.email });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.fields).toEqual(generic('email'));
  });

  it("keeps 409 for the admin's own organisation, whose users they can see", async () => {
    const email = await admin.post<Err>('/api/users', newUser({ email: world.officer.email }));
    expect(email.status).toBe(409);
    expect(email.body.error.code).toBe('EMAIL_TAKEN');
    const nric = await admin.post<Err>('/api/users', newUser({ nric: world.officer.nric }));
    expect(nric.body.error.code).toBe('NRIC_TAKEN');
  });

  it('follows the same rule when two creations race (the unique index, not the check, refuses the second)', async () => {
    const across = newUser();
    const [a, b] = await Promise.all([admin.post<Err>('/api/users', across), otherAdmin.post<Err>('/api/users', { ...across, staffNo: `${across.staffNo}B` })]);
    const loser = [a, b].find((r) => r.status !== 201);
    expect([a.status, b.status].sort()).toEqual([201, 400]);
    expect(loser?.body.error.details?.fields).toEqual(generic('email'));

    const within = newUser();
    const [c, d] = await Promise.all([admin.post<Err>('/api/users', within), admin.post<Err>('/api/users', { ...within, staffNo: `${within.staffNo}B` })]);
    expect([c.status, d.status].sort()).toEqual([201, 409]);
  });
});
