import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { langFromHeader } from '../../http/access-control';
import { errorBody, type ErrorCode } from '../../http/errors';
import { METRICS_PATH, type AppMetrics } from './metrics';

/**
 * `GET /metrics` (Prometheus text format), served only when protected: with METRICS_PORT
 * on a small HTTP server of its own and not on the main port (METRICS_TOKEN, when also
 * set, is asked there too); else with METRICS_TOKEN on the main port behind
 * `Authorization: Bearer`. With neither it is not served (404). No session, no CSRF, no
 * rate limit, not in the API docs.
 */
export function registerMetrics(app: FastifyInstance): void {
  const { config, metrics } = app.deps;
  const port = config.metricsPort;
  const token = config.metricsToken;
  if (port !== undefined) {
    const server = createMetricsServer(metrics, token, app.log);
    app.decorate('metricsServer', server);
    app.addHook('onReady', () => listen(server, port, config.host));
    app.addHook('onClose', () => close(server));
    return;
  }
  app.decorate('metricsServer', null);
  if (!token) return;
  app.get(METRICS_PATH, { config: { access: { public: true } }, schema: { hide: true } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    if (!bearerMatches(req.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').send(errorBody('METRICS_TOKEN_INVALID', req.lang));
    }
    return reply.type(metrics.contentType).send(await metrics.render(req.log));
  });
}

/** The token of `Authorization: Bearer <token>` against the configured one, in constant time (both hashed first, so neither length shows). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
  if (!sent) return false;
  return timingSafeEqual(sha256(sent), sha256(token));
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** The metrics port's whole server: `GET /metrics`, and 404 for anything else. */
function createMetricsServer(metrics: AppMetrics, token: string | undefined, log: FastifyBaseLogger): http.Server {
  return http.createServer((req, res) => {
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const fail = (code: ErrorCode, status: number, headers?: Record<string, string>) =>
      send(status, 'application/json; charset=utf-8', JSON.stringify(errorBody(code, langFromHeader(req.headers['accept-language']))), headers);
    if (req.url?.split('?')[0] !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return fail('NOT_FOUND', 404);
    if (token && !bearerMatches(req.headers.authorization, token)) return fail('METRICS_TOKEN_INVALID', 401, { 'www-authenticate': 'Bearer realm="metrics"' });
    metrics.render(log).then(
      (text) => send(200, metrics.contentType, text),
      (err: unknown) => {
        log.error({ err }, 'metrics scrape failed');
        fail('INTERNAL', 500);
      },
    );
  });
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // A scraper keeps its connection alive: do not wait for it to let go.
    server.closeAllConnections();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The metrics port's server when METRICS_PORT is set (its address tells the port it took). */
    metricsServer: http.Server | null;
  }
}
