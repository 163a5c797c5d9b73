import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localOf } from '../../../domain/day/local-time';
import { TestClient } from '../test-client';
import type { ThrowawayCluster } from './pg-cluster';
import { ServerProcess } from './server-process';
import { clusterWithOfficers } from './setup';

let cluster: ThrowawayCluster;
let url: string;
let orgId: string;
let people: Awaited<ReturnType<typeof clusterWithOfficers>>['people'];
let a: ServerProcess;
let b: ServerProcess;
const today = localOf(new Date().toISOString(), 'Asia/Kuala_Lumpur').date;

beforeAll(async () => {
  // Onboarded a week ago: both processes find the same six past days to close at start.
  ({
    cluster,
    url,
    org: { id: orgId },
    people,
  } = await clusterWithOfficers(4, { onboardedOn: addDays(today, -6) }));
  const env = { DATABASE_URL: url, JOBS: '1', JOBS_INTERVAL_SECONDS: '5', LOG_LEVEL: 'info', LOGIN_RATE_LIMIT_PER_MINUTE: '6' };
  [a, b] = await Promise.all([ServerProcess.start(env), ServerProcess.start(env)]);
});
afterAll(async () => {
  a?.kill('SIGKILL');
  b?.kill('SIGKILL');
  await cluster?.destroy();
});

const closedBy = (s: ServerProcess) =>
  s.output.flatMap((line) => {
    try {
      const j = JSON.parse(line) as { job?: string; date?: string };
      return j.job === 'close-day' && j.date ? [j.date] : [];
    } catch {
      return [];
    }
  });

describe('two server processes on one PostgreSQL', () => {
  it('a session opened on one is good on the other, and a punch made through one is seen through the other', async () => {
    const onA = new TestClient(a.url);
    await onA.login(people[0]!.email, people[0]!.password);
    const onB = Object.assign(new TestClient(b.url), { cookie: onA.cookie, csrf: onA.csrf });
    expect((await onB.get('/api/me')).status).toBe(200);
    const punch = await onA.post<{ id: string }>('/api/punches', {
      idempotencyKey: crypto.randomUUID(),
      location: { lat: 2.9264, lng: 101.6964, accuracy: 10 },
      deviceTime: new Date().toISOString(),
    });
    expect(punch.status).toBe(201);
    const seen = await onB.get<{ day: { punches: { id: string }[] } }>('/api/attendance/today');
    expect(seen.body.day.punches.map((p) => p.id)).toContain(punch.body.id);
  });

  it('each past day is closed once, by one of them (advisory lock), not by both', async () => {
    await a.waitUntil(async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM day_closes WHERE org_id = $1', [orgId]).finally(() => c.end());
      return (rows[0]?.n ?? 0) >= 6;
    }, 60_000);
    await new Promise((r) => setTimeout(r, 6_000)); // a further round of each: nothing is closed again
    const all = [...closedBy(a), ...closedBy(b)].sort();
    expect(all).toEqual([...new Set(all)]);
    expect(all.length).toBe(6);
  });

  it('the login rate limit is shared: 6 a minute per client address across both processes, not 6 each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${(i % 2 ? a : b).url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody@example.gov.my', password: 'wrong password' }),
      });
      statuses.push(res.status);
    }
    // The first test's login counts too: 5 more are allowed, then every process refuses.
    expect(statuses.filter((s) => s === 429).length).toBe(3);
  });
});
