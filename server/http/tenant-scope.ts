import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { transaction, type Database, type Db } from '../db/client';

/**
 * Gives every request its database handle, `req.db`. For a user of an organisation the
 * whole handler runs in one transaction as the restricted role with row-level security
 * on their organisation (migration 0002); the response is sent after it commits.
 * Public routes and platform administrators use the owner connection.
 */
export function registerTenantScope(app: FastifyInstance): void {
  app.decorateRequest('db', null as unknown as Db);
  app.addHook('onRequest', async (req) => {
    req.db = app.deps.db;
  });
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || 'public' in access || access.ownTransaction) return;
    const original = route.handler as RouteHandlerMethod;
    route.handler = async function scoped(this: FastifyInstance, req, reply) {
      const orgId = req.auth?.user.orgId;
      if (!orgId) return original.call(this, req, reply);
      return app.deps.database.forTenant(orgId, async (tx) => {
        req.db = tx;
        return original.call(this, req, reply);
      });
    };
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    db: Db;
  }
}

/**
 * For routes that declare `ownTransaction`: runs `fn` as the per-request wrapper would
 * (the organisation's row-level security, one transaction), or on the owner connection
 * in one transaction for a user without an organisation.
 */
export function inScope<T>(database: Database, orgId: string | null, fn: (db: Db) => Promise<T>): Promise<T> {
  return orgId ? database.forTenant(orgId, fn) : transaction(database.db, fn);
}
