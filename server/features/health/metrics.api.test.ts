import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../notifications/notify';
import { pushSubscriptions } from '../../db/schema';
import { makeOrgWithRoles } from '../../test/factories';
import type { Database } from '../../db/client';
import { openTestDatabase, startTestApp, type TestApp } from '../../test/harness';
import type { Err } from '../../test/error-body';

const TOKEN = 'metrics-token-for-tests-0123456789';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The value of one series (`name{labels}` exactly as exposed), undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

// One database for the apps of this file (each app is built with other settings); the broken one has its own.
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

async function scrape(url: string, token = TOKEN): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers: bearer(token) });
  expect(res.status).toBe(200);
  return res.text();
}

describe('GET /metrics, not configured', () => {
  it('is not served without METRICS_TOKEN or METRICS_PORT', async () => {
    const t = await startTestApp({}, database);
    try {
      const res = await fetch(`${t.url}/metrics`, { headers: bearer(TOKEN) });
      expect(res.status).toBe(404);
      expect(((await res.json()) as Err).error.code).toBe('NOT_FOUND');
    } finally {
      await t.close();
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN }, database);
  });
  afterAll(async () => t.close());

  it('answers 401 without the token, with a wrong one or another scheme', async () => {
    for (const headers of [
      {},
      bearer('wrong'),
      bearer(`${TOKEN}x`),
      bearer(TOKEN.replace('0', '1')),
      { authorization: `Basic ${TOKEN}` },
      { authorization: TOKEN },
    ]) {
      const res = await fetch(`${t.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(((await res.json()) as Err).error.code).toBe('METRICS_TOKEN_INVALID');
    }
    const en = await fetch(`${t.url}/metrics`, { headers: { 'accept-language': 'en-GB' } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe('The metrics token is missing or not valid.');
  });

  it('answers the Prometheus text with the token, without a session or CSRF token: process, database and outbox metrics', async () => {
    const res = await fetch(`${t.url}/metrics`, { headers: bearer(TOKEN) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('# TYPE spotme_http_requests_total counter');
    expect(sample(text, 'spotme_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE spotme_nodejs_eventloop_lag_seconds gauge');
    expect(sample(text, 'spotme_database_up')).toBe(1);
    expect(sample(text, 'spotme_delivery_outbox{channel="email",state="SENDING"}')).toBeGreaterThanOrEqual(0);
    // The pool is PostgreSQL's; the embedded database has none to report.
    if (t.database.driver === 'postgres') {
      expect(sample(text, 'spotme_db_pool_max_connections')).toBe(5);
      expect(sample(text, 'spotme_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'spotme_db_pool_waiting_clients')).toBe(0);
    } else {
      expect(text).not.toContain('spotme_db_pool_');
    }
  });

  it('counts requests by route pattern after a login and a punch, with the punches written and the group-commit batch sizes', async () => {
    const a = await makeOrgWithRoles(t.db);
    const officer = t.client();
    await officer.login(a.officer.email, a.officer.password);
    const before = await scrape(t.url);
    const punch = await officer.post('/api/punches', {
      idempotencyKey: randomUUID(),
      location: { lat: 3.139, lng: 101.6869, accuracy: 15 },
      deviceTime: new Date().toISOString(),
    });
    expect(punch.status).toBe(201);
    const admin = t.client();
    await admin.login(a.admin.email, a.admin.password);
    expect((await admin.get(`/api/users/${a.officer.id}`)).status).toBe(200);
    expect((await t.client().get('/api/nothing-here')).status).toBe(404);

    const text = await scrape(t.url);
    expect(sample(text, 'spotme_http_requests_total{method="POST",route="/api/auth/login",status_code="200"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'spotme_http_request_duration_seconds_count{method="POST",route="/api/auth/login",status_code="200"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'spotme_http_requests_total{method="POST",route="/api/punches",status_code="201"}')).toBe(1);
    expect(sample(text, 'spotme_http_requests_total{method="GET",route="/api/users/:id",status_code="200"}')).toBe(1);
    expect(sample(text, 'spotme_http_requests_total{method="GET",route="UNMATCHED",status_code="404"}')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(a.officer.id); // the pattern, never the raw URL with its id
    expect(text).not.toContain('route="/metrics"'); // the scrapes are not counted
    expect(sample(text, 'spotme_punches_written_total')).toBe((sample(before, 'spotme_punches_written_total') ?? 0) + 1);
    expect(sample(text, 'spotme_punch_batch_size_count')).toBe((sample(before, 'spotme_punch_batch_size_count') ?? 0) + 1);
    expect(sample(text, 'spotme_punch_batch_size_bucket{le="1"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'spotme_punch_batch_size_sum')).toBeGreaterThanOrEqual(1);

    // The same key again answers the first punch: a request, but no punch written.
    const key = randomUUID();
    const body = { idempotencyKey: key, location: { lat: 3.139, lng: 101.6869, accuracy: 15 }, deviceTime: new Date().toISOString() };
    expect((await officer.post('/api/punches', body)).status).toBe(201);
    expect((await officer.post('/api/punches', body)).status).toBe(200);
    const after = await scrape(t.url);
    expect(sample(after, 'spotme_punches_written_total')).toBe((sample(text, 'spotme_punches_written_total') ?? 0) + 1);
    expect(sample(after, 'spotme_punch_batch_size_count')).toBe((sample(text, 'spotme_punch_batch_size_count') ?? 0) + 2);
  });

  it('reports the outbox depth by channel and state, read from the database at the scrape', async () => {
    const a = await makeOrgWithRoles(t.db);
    await t.db
      .insert(pushSubscriptions)
      .values({ orgId: a.org.id, userId: a.officer.id, endpoint: `https://push.invalid/${randomUUID()}`, p256dh: 'key', auth: 'auth' });
    await t.database.forTenant(a.org.id, (db) => notify(db, a.org.id, [{ userId: a.officer.id, kind: 'REMIND_IN', params: { date: '2026-09-08' } }]));
    // Other test files share the PostgreSQL database, and their delivery worker may be sending this one: waiting or being sent.
    const text = await scrape(t.url);
    const push = (state: string) => sample(text, `spotme_delivery_outbox{channel="push",state="${state}"}`) ?? 0;
    expect(push('PENDING') + push('SENDING')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE spotme_delivery_outbox gauge');
  });

  it('exposes what the scheduler and the delivery worker report: day closes and delivery outcomes', async () => {
    const { metrics } = t.app.deps;
    metrics.dayClose.observe(2.5, 40);
    metrics.dayClose.observe(0.2, 3);
    metrics.deliveries.observe({ sent: 4, gone: 1, failed: 2 });
    const text = await scrape(t.url);
    expect(sample(text, 'spotme_day_close_officer_days_total')).toBe(43);
    expect(sample(text, 'spotme_day_close_duration_seconds_count')).toBe(2);
    expect(sample(text, 'spotme_day_close_duration_seconds_bucket{le="0.5"}')).toBe(1);
    expect(sample(text, 'spotme_day_close_duration_seconds_bucket{le="5"}')).toBe(2);
    expect(sample(text, 'spotme_deliveries_total{outcome="sent"}')).toBe(4);
    expect(sample(text, 'spotme_deliveries_total{outcome="gone"}')).toBe(1);
    expect(sample(text, 'spotme_deliveries_total{outcome="failed"}')).toBe(2);
  });

  it('is left out of the API docs', async () => {
    const doc = (await (await fetch(`${t.url}/api/docs/json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/healthz');
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });

  it('still answers when the database is gone, saying so with spotme_database_up 0', async () => {
    const broken = await startTestApp({ METRICS_TOKEN: TOKEN });
    await broken.database.close();
    try {
      const text = await scrape(broken.url);
      expect(sample(text, 'spotme_database_up')).toBe(0);
      expect(text).not.toContain('spotme_delivery_outbox{');
      expect(text).toContain('spotme_process_cpu_user_seconds_total');
    } finally {
      await broken.app.close();
    }
  });
});

describe('METRICS_PORT', () => {
  const portOf = (t: TestApp) => (t.app.metricsServer?.address() as AddressInfo).port;

  it('serves the metrics on their own port and not on the main one', async () => {
    const t = await startTestApp({ METRICS_PORT: '0' }, database);
    const metricsUrl = `http://127.0.0.1:${portOf(t)}`;
    try {
      expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
      const res = await fetch(`${metricsUrl}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(sample(await res.text(), 'spotme_database_up')).toBe(1);
      const other = await fetch(`${metricsUrl}/api/me`);
      expect(other.status).toBe(404);
      expect(((await other.json()) as Err).error.code).toBe('NOT_FOUND');
      expect((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      await t.close();
    }
    await expect(fetch(`${metricsUrl}/metrics`)).rejects.toThrow(); // closed with the app
  });

  it('asks for METRICS_TOKEN on the metrics port too when both are set', async () => {
    const t = await startTestApp({ METRICS_PORT: '0', METRICS_TOKEN: TOKEN }, database);
    const metricsUrl = `http://127.0.0.1:${portOf(t)}`;
    try {
      expect((await fetch(`${t.url}/metrics`, { headers: bearer(TOKEN) })).status).toBe(404);
      const denied = await fetch(`${metricsUrl}/metrics`, { headers: bearer('wrong') });
      expect(denied.status).toBe(401);
      expect(((await denied.json()) as Err).error.code).toBe('METRICS_TOKEN_INVALID');
      expect((await fetch(`${metricsUrl}/metrics`)).status).toBe(401);
      expect((await fetch(`${metricsUrl}/metrics`, { headers: bearer(TOKEN) })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
