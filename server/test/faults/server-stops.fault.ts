import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThrowawayCluster } from './pg-cluster';
import { checkPunches, startPunchLoad } from './punch-load';
import { ServerProcess } from './server-process';
import { clusterWithOfficers, logInAll, sleep } from './setup';

let cluster: ThrowawayCluster;
let url: string;
let orgId: string;
let people: Awaited<ReturnType<typeof clusterWithOfficers>>['people'];
let server: ServerProcess | undefined;

beforeAll(async () => {
  ({
    cluster,
    url,
    org: { id: orgId },
    people,
  } = await clusterWithOfficers(30));
});
afterAll(async () => {
  server?.kill('SIGKILL');
  await cluster?.destroy();
});

describe('the server stopping under load', () => {
  it('SIGKILL: after a restart every acknowledged punch is stored exactly once (sessions live in the database)', async () => {
    server = await ServerProcess.start({ DATABASE_URL: url, JOBS: '0' });
    const clients = await logInAll(server.url, people);
    let current = server;
    const load = startPunchLoad(clients, () => current.url);
    await sleep(1_500);
    current.kill('SIGKILL');
    await current.exit;
    await sleep(500);
    current = await ServerProcess.start({ DATABASE_URL: url, JOBS: '0' });
    server = current;
    const before = load.stats.acknowledged.size;
    await current.waitUntil(async () => load.stats.acknowledged.size > before + 50, 20_000);
    const stats = await load.stop();
    const check = await checkPunches(url, orgId, stats.acknowledged);
    console.log(JSON.stringify({ fault: 'sigkill', statuses: Object.fromEntries(stats.statuses), socketErrors: stats.socketErrors.length, ...check }));
    expect(stats.socketErrors.length).toBeGreaterThan(0); // the kill was felt
    expect(check.lost).toBe(0);
    expect(check.doubled).toBe(0);
    expect(check.wrongId).toBe(0);
  });

  it('SIGTERM: in-flight requests and the open batch finish, the process exits 0, nothing acknowledged is lost', async () => {
    server?.kill('SIGKILL');
    const s = await ServerProcess.start({ DATABASE_URL: url, JOBS: '1', JOBS_INTERVAL_SECONDS: '5' });
    server = s;
    const clients = await logInAll(s.url, people);
    const load = startPunchLoad(clients, () => s.url);
    await sleep(1_500);
    const signalledAt = Date.now();
    s.kill('SIGTERM');
    const exit = await s.exit;
    const stoppedIn = Date.now() - signalledAt;
    const stats = await load.stop();
    const check = await checkPunches(url, orgId, stats.acknowledged);
    // A request sent well before the signal was in flight when it came: it must have had its answer.
    const cutShort = stats.socketErrors.filter((e) => e.startedAt < signalledAt - 100);
    console.log(
      JSON.stringify({
        fault: 'sigterm',
        exit,
        stoppedInMs: stoppedIn,
        statuses: Object.fromEntries(stats.statuses),
        socketErrors: stats.socketErrors.length,
        cutShort: cutShort.length,
        ...check,
      }),
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect([...stats.statuses.keys()].filter((k) => k.startsWith('5') && !k.endsWith('SHUTTING_DOWN'))).toEqual([]);
    expect(cutShort).toEqual([]);
    expect(check.lost).toBe(0);
    expect(check.doubled).toBe(0);
  });
});
