import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Drives POST /api/punches over real HTTP (keep-alive sockets) from its own thread.
 * Closed loop: `concurrency` requests always in flight. Open loop: `rate` requests a
 * second on a fixed schedule, latency counted from the scheduled time (no coordinated omission).
 */
/** @type {import('./load-types').LoadJob} */
const job = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
let next = 0;

/** @returns {Promise<{ ok: boolean; detail: string }>} */
function post() {
  const officer = job.officers[next++ % job.officers.length];
  const body = JSON.stringify({ idempotencyKey: randomUUID(), location: { ...job.location, accuracy: 12 }, deviceTime: new Date().toISOString() });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: job.port,
        path: '/api/punches',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: officer.cookie, 'x-csrf-token': officer.csrf },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ ok: res.statusCode === 201, detail: `${res.statusCode} ${text.slice(0, 200)}` }));
      },
    );
    req.on('error', (err) => resolve({ ok: false, detail: err.message }));
    req.end(body);
  });
}

/** @returns {Promise<import('./load-types').LoadResult>} */
async function run() {
  const latencies = [];
  let ok = 0;
  let errors = 0;
  let firstError = null;
  const record = (r, started) => {
    latencies.push(performance.now() - started);
    if (r.ok) ok++;
    else {
      errors++;
      firstError ??= r.detail;
    }
  };
  const start = performance.now();
  const end = start + job.seconds * 1000;
  if (job.rate) {
    const interval = 1000 / job.rate;
    const pending = [];
    for (let i = 0; ; i++) {
      const due = start + i * interval;
      if (due >= end) break;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending.push(post().then((r) => record(r, due)));
    }
    await Promise.all(pending);
  } else {
    await Promise.all(
      Array.from({ length: job.concurrency }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          record(await post(), t0);
        }
      }),
    );
  }
  return { ok, errors, latencies, seconds: (performance.now() - start) / 1000, firstError };
}

void run().then((r) => {
  agent.destroy();
  parentPort?.postMessage(r);
});
