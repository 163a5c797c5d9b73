import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit, makeUser, type MadeUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/harness';
import type { TestClient } from '../test/test-client';

/**
 * Every API endpoint against every kind of caller: anonymous → 401, a role without
 * the permission → 403, and one allowed role gets past the access check (not 401/403).
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

/** `destructive`: the allowed call is exercised in the feature's own tests, not here. */
type Endpoint = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: () => string; body?: unknown; allowed: string[]; destructive?: boolean };
const ALL_ROLES = ['admin', 'supervisor', 'officer', 'executive', 'platform'];
/** Everyone holding PEGAWAI (the factory's admin and supervisor are officers too). */
const OFFICERS = ['admin', 'supervisor', 'officer'];
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/api/me', allowed: ALL_ROLES },
  { method: 'PATCH', path: () => '/api/me/preferences', body: { language: 'ms-MY' }, allowed: ALL_ROLES },
  { method: 'POST', path: () => '/api/auth/password', body: { currentPassword: 'x', newPassword: 'y' }, allowed: ALL_ROLES },
  { method: 'GET', path: () => '/api/users', allowed: ['admin'] },
  { method: 'GET', path: () => '/api/users/options', allowed: ['admin'] },
  { method: 'GET', path: () => `/api/users/${ids.user}`, allowed: ['admin'] },
  { method: 'POST', path: () => '/api/users', body: {}, allowed: ['admin'] },
  { method: 'PATCH', path: () => `/api/users/${ids.user}`, body: {}, allowed: ['admin'] },
  { method: 'POST', path: () => `/api/users/${ids.user}/deactivate`, allowed: ['admin'], destructive: true },
  { method: 'POST', path: () => `/api/users/${ids.user}/activate`, allowed: ['admin'] },
  { method: 'POST', path: () => `/api/users/${ids.user}/reset-password`, allowed: ['admin'], destructive: true },
  { method: 'GET', path: () => `/api/users/${ids.user}/sites`, allowed: ['admin'] },
  { method: 'PUT', path: () => `/api/users/${ids.user}/sites`, body: {}, allowed: ['admin'] },
  { method: 'GET', path: () => '/api/units', allowed: ['admin', 'supervisor', 'executive'] },
  { method: 'POST', path: () => '/api/units', body: {}, allowed: ['admin'] },
  { method: 'PATCH', path: () => `/api/units/${ids.unit}`, body: {}, allowed: ['admin'] },
  { method: 'DELETE', path: () => `/api/units/${ids.unit}`, allowed: ['admin'], destructive: true },
  { method: 'GET', path: () => '/api/organisation', allowed: ['admin'] },
  { method: 'PATCH', path: () => '/api/organisation', body: {}, allowed: ['admin'] },
  { method: 'GET', path: () => '/api/sites', allowed: ['admin'] },
  { method: 'GET', path: () => `/api/sites/${ids.unit}`, allowed: ['admin'] },
  { method: 'POST', path: () => '/api/sites', body: {}, allowed: ['admin'] },
  { method: 'PATCH', path: () => `/api/sites/${ids.unit}`, body: {}, allowed: ['admin'] },
  { method: 'DELETE', path: () => `/api/sites/${ids.unit}`, allowed: ['admin'], destructive: true },
  { method: 'GET', path: () => '/api/audit', allowed: ['admin'] },
  { method: 'PATCH', path: () => '/api/me/profile', body: {}, allowed: ALL_ROLES },
  { method: 'GET', path: () => '/api/me/notification-preferences', allowed: ALL_ROLES },
  { method: 'GET', path: () => '/api/me/home-location', allowed: OFFICERS },
  { method: 'POST', path: () => '/api/me/home-location', body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => '/api/punches', body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => '/api/admin/punches', body: {}, allowed: ['admin'] },
  { method: 'GET', path: () => '/api/attendance/today', allowed: OFFICERS },
  { method: 'GET', path: () => '/api/attendance/month?month=2026-11', allowed: OFFICERS },
  { method: 'GET', path: () => '/api/attendance/days/2026-11-02', allowed: OFFICERS },
  { method: 'GET', path: () => '/api/attendance/report?from=2026-11-01&to=2026-11-02&format=csv', allowed: OFFICERS },
  { method: 'GET', path: () => '/api/day-statuses?from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', path: () => '/api/day-statuses', body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => `/api/day-statuses/${ids.unit}/cancel`, allowed: OFFICERS },
  { method: 'GET', path: () => '/api/movements?from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', path: () => '/api/movements', body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => `/api/movements/${ids.unit}/return`, body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => `/api/movements/${ids.unit}/cancel`, allowed: OFFICERS },
  { method: 'GET', path: () => '/api/approvals', allowed: ['supervisor'] },
  { method: 'GET', path: () => '/api/team/today', allowed: ['supervisor'] },
  { method: 'GET', path: () => `/api/team/officers/${ids.user}/month?month=2026-11`, allowed: ['supervisor'] },
  { method: 'GET', path: () => '/api/team/cards', allowed: ['supervisor', 'executive', 'admin'] },
  { method: 'GET', path: () => '/api/reports/overdue-reviews', allowed: ['executive', 'supervisor', 'admin'] },
  { method: 'POST', path: () => '/api/approvals/decide-many', body: {}, allowed: ['supervisor'] },
  { method: 'GET', path: () => '/api/issues?from=2026-11-01&to=2026-11-30', allowed: OFFICERS },
  { method: 'POST', path: () => `/api/issues/${ids.unit}/justification`, body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => `/api/issues/${ids.unit}/justification/withdraw`, allowed: OFFICERS },
  { method: 'PUT', path: () => `/api/justifications/${ids.unit}/attachment`, body: {}, allowed: OFFICERS },
  { method: 'GET', path: () => `/api/justifications/${ids.unit}/attachment`, allowed: OFFICERS },
  { method: 'DELETE', path: () => `/api/justifications/${ids.unit}/attachment`, allowed: OFFICERS },
  { method: 'GET', path: () => '/api/notifications', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'GET', path: () => '/api/notifications/unread-count', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', path: () => '/api/notifications/read', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'GET', path: () => '/api/notifications/push', allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', path: () => '/api/notifications/push/subscriptions', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', path: () => '/api/notifications/push/unsubscribe', body: {}, allowed: ['admin', 'supervisor', 'officer', 'executive'] },
  { method: 'POST', path: () => `/api/approvals/STATUS/${ids.unit}/decide`, body: {}, allowed: ['supervisor'] },
  { method: 'GET', path: () => '/api/tasks?week=2026-01-05', allowed: OFFICERS },
  { method: 'POST', path: () => '/api/tasks', body: {}, allowed: OFFICERS },
  { method: 'POST', path: () => '/api/tasks/copy-unfinished', body: {}, allowed: OFFICERS },
  { method: 'PATCH', path: () => `/api/tasks/${ids.unit}`, body: {}, allowed: OFFICERS },
  { method: 'DELETE', path: () => `/api/tasks/${ids.unit}`, allowed: OFFICERS, destructive: true },
  { method: 'POST', path: () => `/api/tasks/${ids.unit}/comments`, body: {}, allowed: OFFICERS },
  { method: 'GET', path: () => `/api/team/tasks?officerId=${ids.user}&week=2026-01-05`, allowed: ['supervisor'] },
  { method: 'POST', path: () => '/api/team/tasks', body: {}, allowed: ['supervisor'] },
  { method: 'POST', path: () => `/api/team/tasks/${ids.unit}/comments`, body: {}, allowed: ['supervisor'] },
  { method: 'PUT', path: () => `/api/team/tasks/reviews/${ids.user}/2026-01-05`, body: {}, allowed: ['supervisor'] },
  { method: 'DELETE', path: () => `/api/team/tasks/reviews/${ids.user}/2026-01-05`, allowed: ['supervisor'] },
  { method: 'GET', path: () => '/api/platform/organisations', allowed: ['platform'] },
  { method: 'POST', path: () => '/api/platform/organisations', body: {}, allowed: ['platform'] },
  { method: 'PATCH', path: () => `/api/platform/organisations/${ids.org}`, body: {}, allowed: ['platform'] },
];

describe.each(ENDPOINTS)('$method $path', (e) => {
  it('answers 401 without a session', async () => {
    const res = await clients.anonymous!.request(e.method, e.path(), e.body);
    expect(res.status).toBe(401);
    expect((res.body as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 to roles without the permission', async () => {
    const denied = ALL_ROLES.filter((r) => !e.allowed.includes(r));
    for (const role of denied) {
      const res = await clients[role]!.request(e.method, e.path(), e.body);
      expect(res.status, role).toBe(403);
    }
  });

  it.skipIf(e.destructive === true)('lets an allowed role past the access check', async () => {
    const res = await clients[e.allowed[0]!]!.request(e.method, e.path(), e.body);
    expect([401, 403]).not.toContain(res.status);
  });
});
