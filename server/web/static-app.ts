import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../http/errors';

export const APP_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/app');

/**
 * Serves the built PWA: hashed assets cached for a year, the service worker and
 * index.html never cached; unknown non-API paths fall back to index.html so deep
 * links work. Unknown API paths answer the JSON 404.
 */
export async function registerStaticApp(app: FastifyInstance, dist = APP_DIST): Promise<void> {
  const hasApp = fs.existsSync(path.join(dist, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      // The build writes .br and .gz copies (precompress.ts): sent when the browser accepts them.
      preCompressed: true,
      setHeaders(res, filePath) {
        const name = path.basename(filePath);
        if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
        else if (name === 'sw.js' || name === 'index.html' || name.endsWith('.webmanifest')) res.header('Cache-Control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith('/api') || req.url === '/healthz' || req.url === '/readyz' || req.url.split('?')[0] === '/metrics';
    if (!isApi && hasApp && req.method === 'GET') {
      const file = req.url.split('?')[0] ?? '/';
      if (path.extname(file) === '' || file.endsWith('.html')) {
        reply.header('Cache-Control', 'no-cache');
        return reply.sendFile('index.html');
      }
    }
    return reply.code(404).send(errorBody('NOT_FOUND', req.lang));
  });
}
