import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit, makeUser, type MadeUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import type { TestClient } from '../test/test-client';

/**
 * Every API endpoint against every kind of caller: anonymous → 401, a role without
 * the permission → 403, and one allowed role gets past the access check (not 401/403).
 * The rows must name exactly the routes the app registers (read from its OpenAPI document),
 * so a new route fails here until its row says who may call it.
 */
let t: TestApp;
const clients: Record<string, TestClient> = {};
let ids: { user: string; unit: string; org: string };

beforeAll(async () => {
  t = await startTestApp();
  const { org, admin, supervisor, officer, executive } = await makeOrgWithRoles(t.db);
  const platform = await makeUser(t.db, null, { roles: ['PENTADBIR_SISTEM'] });
  const unit = await makeUnit(t.db, org.id);
  ids = { user: officer.id, unit: unit.id, org: org.id };
  const people: Record<string, MadeUser> = { admin, supervisor, officer, executive, platform };
  for (const [k, u] of Object.entries(people)) {
    clients[k] = t.client();
    await clients[k].login(u.email, u.password);
  }
  clients.anonymous = t.client();
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/**
 * `route`: as the OpenAPI document names it; `params` fills its `{name}` parts (any other part gets an id
 * that exists nowhere). `allowed`: the roles past the access check, or PUBLIC for routes without a session.
 * `destructive`: the allowed call is exercised in the feature's own tests, not here.
 */
type Endpoint = {
  method: Method;
  route: string;
  params?: () => Record<string, string>;
  query?: () => string;
  body?: unknown;
  allowed: string[] | typeof PUBLIC;
  destructive?: boolean;
};
const PUBLIC = 'public';
/** An id no row has. */
const NOWHERE = '00000000-0000-4000-8000-000000000001';

const ALL_ROLES = ['admin', 'supervisor', 'officer', 'executive', 'platform'];
/** Everyone holding PEGAWAI (the factory's admin and supervisor are officers too). */
const OFFICERS = ['admin', 'supervisor', 'officer'];
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', route: '/healthz', allowed: PUBLIC },
  { method: 'GET', route: '/readyz', allowed: PUBLIC },
  { method: 'POST', route: '/api/auth/login', body: {}, allowed: PUBLIC },
  { method: 'POST', route: '/api/auth/unlock', body: {}, allowed: PUBLIC },
  { method: 'POST', route: '/api/me/email/confirm', body: {}, allowed: PUBLIC },
  { method: 'POST', route: '/api/client-errors', body: {}, allowed: PUBLIC },
  { method: 'POST', route: '/api/auth/logout', allowed: ALL_ROLES, destructive: true },
  { method: 'GET', route: '/api/me', allowed: ALL_ROLES },
  { method: 'PATCH', route: '/api/me/preferences', body: { language: 'ms-MY' }, allowed: ALL_ROLES },
  { method: 'POST', route: '/api/auth/password', body: { currentPassword: 'x', newPassword: 'y' }, allowed: ALL_ROLES },
  { method: 'GET', route: '/api/users', allowed: ['admin'] },
  { method: 'GET', route: '/api/users/options', allowed: ['admin'] },
  { method: 'GET', route: '/api/users/{id}', params: () => ({ id: ids.user }), allowed: ['admin'] },
  { method: 'POST', route: '/api/users', body: {}, allowed: ['admin'] },
  { method: 'PATCH', route: '/api/users/{id}', params: () => ({ id: ids.user }), body: {}, allowed: ['admin'] },
  { method: 'POST', route: '/api/users/{id}/deactivate', params: () => ({ id: ids.user }), allowed: ['admin'], destructive: true },
  { method: 'POST', route: '/api/users/{id}/activate', params: () => ({ id: ids.user }), allowed: ['admin'] },
  { method: 'POST', route: '/api/users/{id}/reset-password', params: () => ({ id: ids.user }), allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/users/{id}/sites', params: () => ({ id: ids.user }), allowed: ['admin'] },
  { method: 'PUT', route: '/api/users/{id}/sites', params: () => ({ id: ids.user }), body: {}, allowed: ['admin'] },
  { method: 'GET', route: '/api/units', allowed: ['admin', 'supervisor', 'executive'] },
  { method: 'POST', route: '/api/units', body: {}, allowed: ['admin'] },
  { method: 'PATCH', route: '/api/units/{id}', body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/units/{id}', allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/organisation', allowed: ['admin'] },
  { method: 'PATCH', route: '/api/organisation', body: {}, allowed: ['admin'] },
  { method: 'GET', route: '/api/sites', allowed: ['admin'] },
  { method: 'GET', route: '/api/sites/{id}', allowed: ['admin'] },
  { method: 'POST', route: '/api/sites', body: {}, allowed: ['admin'] },
  { method: 'PATCH', route: '/api/sites/{id}', body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/sites/{id}', allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/work-schedules', allowed: ['admin'] },
  { method: 'POST', route: '/api/work-schedules', body: {}, allowed: ['admin'] },
  { method: 'PATCH', route: '/api/work-schedules/{id}', body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/work-schedules/{id}', allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/work-schedules/assignments', allowed: ['admin'] },
  { method: 'POST', route: '/api/work-schedules/assignments', body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/work-schedules/assignments/{id}', allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/work-patterns', allowed: ['admin'] },
  { method: 'POST', route: '/api/work-patterns', body: {}, allowed: ['admin'] },
  { method: 'PATCH', route: '/api/work-patterns/{id}', body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/work-patterns/{id}', allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/rosters', query: () => `unitId=${ids.unit}&month=2026-11`, allowed: ['admin'] },
  { method: 'PUT', route: '/api/rosters/{userId}/{date}', params: () => ({ userId: ids.user, date: '2026-11-03' }), body: {}, allowed: ['admin'] },
  { method: 'DELETE', route: '/api/rosters/{userId}/{date}', params: () => ({ userId: ids.user, date: '2026-11-03' }), allowed: ['admin'], destructive: true },
  { method: 'GET', route: '/api/audit', allowed: ['admin'] },
  { method: 'PATCH', route: '/api/me/profile', body: {}, allowed: ALL_ROLES },
  { method: 'GET', route: '/api/me/notification-preferences', allowed: ALL_ROLES },
  { method: 'GET', route: '/api/me/home-location', allowed: OFFICERS },
  { method: 'POST', route: '/api/me/home-location', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/punches', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/admin/punches', body: {}, allowed: ['admin'] },
  { method: 'GET', route: '/api/attendance/today', allowed: OFFICERS },
  { method: 'GET', route: '/api/attendance/month', query: () => 'month=2026-11', allowed: OFFICERS },
  { method: 'GET', route: '/api/attendance/days/{date}', params: () => ({ date: '2026-11-02' }), allowed: OFFICERS },
  { method: 'GET', route: '/api/attendance/report', query: () => 'from=2026-11-01&to=2026-11-02&format=csv', allowed: OFFICERS },
  { method: 'GET', route: '/api/day-statuses', query: () => 'from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', route: '/api/day-statuses', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/day-statuses/{id}/cancel', allowed: OFFICERS },
  { method: 'GET', route: '/api/movements', query: () => 'from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', route: '/api/movements', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/movements/{id}/return', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/movements/{id}/cancel', allowed: OFFICERS },
  { method: 'GET', route: '/api/approvals', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/team/today', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/team/officers/{id}/month', params: () => ({ id: ids.user }), query: () => 'month=2026-11', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/team/cards', allowed: ['supervisor', 'executive', 'admin'] },
  { method: 'GET', route: '/api/reports/overdue-reviews', allowed: ['executive', 'supervisor', 'admin'] },
  { method: 'POST', route: '/api/approvals/decide-many', body: {}, allowed: ['supervisor'] },
  { method: 'GET', route: '/api/issues', query: () => 'from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', route: '/api/issues/{id}/justification', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/issues/{id}/justification/withdraw', allowed: OFFICERS },
  { method: 'PUT', route: '/api/justifications/{id}/attachment', body: {}, allowed: OFFICERS },
  { method: 'GET', route: '/api/justifications/{id}/attachment', allowed: OFFICERS },
  { method: 'DELETE', route: '/api/justifications/{id}/attachment', allowed: OFFICERS },
  { method: 'GET', route: '/api/notifications', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'GET', route: '/api/notifications/unread-count', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', route: '/api/notifications/read', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'GET', route: '/api/notifications/push', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', route: '/api/notifications/push/subscriptions', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', route: '/api/notifications/push/unsubscribe', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', route: '/api/approvals/{kind}/{id}/decide', params: () => ({ kind: 'STATUS' }), body: {}, allowed: ['supervisor'] },
  { method: 'GET', route: '/api/tasks', query: () => 'week=2026-01-05', allowed: OFFICERS },
  { method: 'POST', route: '/api/tasks', body: {}, allowed: OFFICERS },
  { method: 'POST', route: '/api/tasks/copy-unfinished', body: {}, allowed: OFFICERS },
  { method: 'PATCH', route: '/api/tasks/{id}', body: {}, allowed: OFFICERS },
  { method: 'DELETE', route: '/api/tasks/{id}', allowed: OFFICERS, destructive: true },
  { method: 'POST', route: '/api/tasks/{id}/comments', body: {}, allowed: OFFICERS },
  { method: 'GET', route: '/api/team/tasks', query: () => `officerId=${ids.user}&week=2026-01-05`, allowed: ['supervisor'] },
  { method: 'POST', route: '/api/team/tasks', body: {}, allowed: ['supervisor'] },
  { method: 'POST', route: '/api/team/tasks/{id}/comments', body: {}, allowed: ['supervisor'] },
  {
    method: 'PUT',
    route: '/api/team/tasks/reviews/{officerId}/{date}',
    params: () => ({ officerId: ids.user, date: '2026-01-05' }),
    body: {},
    allowed: ['supervisor'],
  },
  {
    method: 'DELETE',
    route: '/api/team/tasks/reviews/{officerId}/{date}',
    params: () => ({ officerId: ids.user, date: '2026-01-05' }),
    allowed: ['supervisor'],
  },
  { method: 'GET', route: '/api/platform/organisations', allowed: ['platform'] },
  { method: 'POST', route: '/api/platform/organisations', body: {}, allowed: ['platform'] },
  { method: 'PATCH', route: '/api/platform/organisations/{id}', params: () => ({ id: ids.org }), body: {}, allowed: ['platform'] },
];

function pathOf(e: Endpoint): string {
  const params = e.params?.() ?? {};
  const path = e.route.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? NOWHERE);
  return e.query ? `${path}?${e.query()}` : path;
}

it('has a row for every route the app registers, and none for a route it does not', () => {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const registered = Object.entries(doc.paths).flatMap(([route, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${route}`));
  const rows = ENDPOINTS.map((e) => `${e.method} ${e.route}`);
  expect(
    registered.filter((r) => !rows.includes(r)),
    'routes without a row in the access matrix: add one saying who may call it',
  ).toEqual([]);
  expect(
    rows.filter((r) => !registered.includes(r)),
    'rows for routes the app does not register',
  ).toEqual([]);
  expect(new Set(rows).size, 'each route has one row').toBe(rows.length);
});

const guarded = ENDPOINTS.filter((e): e is Endpoint & { allowed: string[] } => e.allowed !== PUBLIC);

describe.each(guarded)('$method $route', (e) => {
  it('answers 401 without a session', async () => {
    const res = await clients.anonymous!.request(e.method, pathOf(e), e.body);
    expect(res.status).toBe(401);
    expect((res.body as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 to roles without the permission', async () => {
    const denied = ALL_ROLES.filter((r) => !e.allowed.includes(r));
    for (const role of denied) {
      const res = await clients[role]!.request(e.method, pathOf(e), e.body);
      expect(res.status, role).toBe(403);
    }
  });

  it.skipIf(e.destructive === true)('lets an allowed role past the access check', async () => {
    const res = await clients[e.allowed[0]!]!.request(e.method, pathOf(e), e.body);
    expect([401, 403]).not.toContain(res.status);
  });
});

describe.each(ENDPOINTS.filter((e) => e.allowed === PUBLIC))('$method $route (public)', (e) => {
  it('answers without a session', async () => {
    const res = await clients.anonymous!.request(e.method, pathOf(e), e.body);
    expect([401, 403]).not.toContain(res.status);
  });
});
