import fs from 'node:fs';
import path from 'node:path';
import { APP_DIST } from './static-app';

/** Builds the PWA with Vite when no build is there yet (a fresh clone's first `npm start`). */
export async function buildAppIfMissing(log: (msg: string) => void): Promise<void> {
  if (fs.existsSync(path.join(APP_DIST, 'index.html'))) return;
  log('Building the web app (first start)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.resolve(APP_DIST, '../../vite.config.ts'), logLevel: 'warn' });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
