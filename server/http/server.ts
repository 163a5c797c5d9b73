import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import { registerAccessControl, type Authenticate } from './access-control';
import { registerApiDocs } from './api-docs';
import { registerErrorHandler } from './error-handler';
import { databaseRateLimitStore } from './rate-limit-store';
import { loggerOptions } from './log-options';
import { registerPatchBodyCheck } from './patch-body';
import { registerTenantScope } from './tenant-scope';
import { registerTextGuard } from './text-guard';
import { errorBody } from './errors';
import type { AppDeps } from './request-context';
import { RequestsAtDebug } from './request-log';

/**
 * `deps`: what routes reach through `app.deps` (built by the composition root, server/app.ts).
 * `authenticate`: who is calling, from the request (the auth feature's session cookie).
 * `logger`: false for none; an object (e.g. `{ stream }`) is laid over the server's own logger settings.
 */
export type HttpServerOptions = { deps: AppDeps; authenticate: Authenticate; logger?: boolean | object };

/**
 * TRUST_PROXY as Fastify takes it. A hop count N becomes "the N nearest hops" (the
 * socket's peer and the N-1 right-most X-Forwarded-For entries): Fastify's own number
 * trusts none, and `true` trusts every entry, even the ones the client wrote itself.
 */
function trustProxyOption(trust: Config['trustProxy']): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/**
 * The HTTP server without any feature: logging, request ids, shutdown answers, security
 * headers, cookies, rate limits, the error shape, access control, input guards, the tenant
 * transaction and the API docs. The composition root registers the routes on it.
 */
export async function createHttpServer(opts: HttpServerOptions): Promise<FastifyInstance> {
  const { config, database } = opts.deps;
  const app = Fastify({
    logger: opts.logger === false ? false : { ...loggerOptions(config.logLevel), ...(typeof opts.logger === 'object' ? opts.logger : {}) },
    logController: new RequestsAtDebug(),
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    // While closing, requests on open connections are answered below in the API's error shape.
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', opts.deps);
  // After SIGTERM: in-flight requests finish; new ones on kept-alive connections are told to come back (to another process).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', '1');
    return reply.code(503).send(errorBody('SHUTTING_DOWN', req.lang));
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(database.db, app.log),
    skipOnError: true,
    errorResponseBuilder: (req) => ({ statusCode: 429, ...errorBody('RATE_LIMITED', req.lang) }),
  });
  registerErrorHandler(app);
  registerAccessControl(app, opts.authenticate);
  registerTextGuard(app);
  registerPatchBodyCheck(app);
  registerTenantScope(app);
  await registerApiDocs(app);

  return app;
}
