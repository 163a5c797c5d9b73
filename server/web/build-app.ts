import fs from 'node:fs';
import path from 'node:path';
import { APP_DIST } from './static-app';

/**
 * Runs `work` with what it writes to stdout and stderr held back: shown only if it fails.
 * Vite's service-worker build prints its own progress whatever the log level.
 */
export async function heldBack<T>(work: () => Promise<T>): Promise<T> {
  const held: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the stream's own method, put back on the same stream
  const out = process.stdout.write;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the stream's own method, put back on the same stream
  const err = process.stderr.write;
  const hold = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    held.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r): r is () => void => typeof r === 'function');
    done?.();
    return true;
  };
  process.stdout.write = hold;
  process.stderr.write = hold;
  try {
    return await work();
  } catch (e) {
    process.stdout.write = out;
    process.stderr.write = err;
    process.stderr.write(held.join(''));
    throw e;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Builds the PWA with Vite when no build is there yet (a fresh clone's first `npm start`), quietly: `npm run build` shows the details. */
export async function buildAppIfMissing(log: (msg: string) => void): Promise<void> {
  if (fs.existsSync(path.join(APP_DIST, 'index.html'))) return;
  log('Building the web app (first start)…');
  const started = Date.now();
  // Vite is loaded inside too: its reporter keeps its own hold of the streams.
  await heldBack(async () =>
    (await import('vite')).build({
      configFile: path.resolve(APP_DIST, '../../vite.config.ts'),
      logLevel: 'error',
      build: { rolldownOptions: { checks: { pluginTimings: false } } },
    }),
  );
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
