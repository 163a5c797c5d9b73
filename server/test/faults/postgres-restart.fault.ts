import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThrowawayCluster } from './pg-cluster';
import { checkPunches, startPunchLoad } from './punch-load';
import { ServerProcess } from './server-process';
import { clusterWithOfficers, logInAll, sleep } from './setup';

let cluster: ThrowawayCluster;
let url: string;
let orgId: string;
let server: ServerProcess;
let people: Awaited<ReturnType<typeof clusterWithOfficers>>['people'];

beforeAll(async () => {
  ({
    cluster,
    url,
    org: { id: orgId },
    people,
  } = await clusterWithOfficers(30));
  // Jobs and the delivery worker run too, every few seconds: their failed rounds must not end the process.
  server = await ServerProcess.start({ DATABASE_URL: url, JOBS: '1', JOBS_INTERVAL_SECONDS: '5', DELIVERY_INTERVAL_SECONDS: '1' });
});
afterAll(async () => {
  server?.kill('SIGKILL');
  await cluster?.destroy();
});

describe('PostgreSQL restarts under load', () => {
  it('keeps the server up, answers 503 with Retry-After while the database is away, recovers by itself, and loses or doubles no acknowledged punch', async () => {
    const clients = await logInAll(server.url, people);
    const load = startPunchLoad(clients, () => server.url);
    await sleep(1_500);

    await cluster.stop('fast'); // terminates every connection (57P01), idle and busy
    await sleep(1_000);
    expect(server.alive).toBe(true);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBeTruthy();
    expect(((await ready.json()) as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');
    const me = await clients[0]!.get<{ error: { code: string } }>('/api/me');
    expect(me.status).toBe(503);
    expect(me.body.error.code).toBe('DATABASE_UNAVAILABLE');
    await sleep(2_000);
    expect(server.alive).toBe(true);

    await cluster.start();
    const recoveredIn = await server.waitUntil(async () => (await fetch(`${server.url}/readyz`)).ok, 15_000);
    const before = load.stats.acknowledged.size;
    await server.waitUntil(async () => load.stats.acknowledged.size > before + 50, 15_000);
    const stats = await load.stop();

    const check = await checkPunches(url, orgId, stats.acknowledged);
    console.log(
      JSON.stringify({
        fault: 'postgres-restart',
        recoveredInMs: recoveredIn,
        statuses: Object.fromEntries(stats.statuses),
        socketErrors: stats.socketErrors.length,
        ...check,
      }),
    );
    expect(server.alive).toBe(true);
    expect(stats.statuses.get('503 DATABASE_UNAVAILABLE') ?? 0).toBeGreaterThan(0);
    expect(stats.retryAfterSeen).toBe(true);
    expect([...stats.statuses.keys()].filter((k) => k.startsWith('500'))).toEqual([]);
    expect(check.lost).toBe(0);
    expect(check.doubled).toBe(0);
    expect(check.wrongId).toBe(0);
    expect(recoveredIn).toBeLessThan(15_000);
  });

  it('also survives a crash of PostgreSQL (immediate stop) with the pool idle', async () => {
    await sleep(500); // the pool's connections are idle now
    await cluster.stop('immediate');
    await sleep(1_500);
    expect(server.alive).toBe(true);
    await cluster.start();
    await server.waitUntil(async () => (await fetch(`${server.url}/readyz`)).ok, 20_000);
    const c = (await logInAll(server.url, people.slice(0, 1)))[0]!;
    expect((await c.get('/api/me')).status).toBe(200);
  });
});
