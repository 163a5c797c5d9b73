import type { Facts, Permission } from '../../domain/policy/permissions';
import type { Role } from '../../domain/policy/roles';
import type { Config } from '../config';
import type { Database, Db } from '../db/client';
import type { Lang } from './errors';

/** Who is calling, loaded from the session cookie before any route runs. */
export type AuthUser = {
  id: string;
  orgId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
  language: string;
  /** What the data says of them beside their roles (someone has them as supervisor): gives `requests.review`. */
  facts: Facts;
};

export type Auth = { sessionId: string; csrfToken: string; user: AuthUser };

/**
 * Every route declares who may call it; a route without a declaration is refused at
 * start-up, so no route is ever open by accident.
 */
export type Access =
  | { public: true }
  | {
      permission: Permission | 'authenticated';
      allowDuringPasswordChange?: boolean;
      /** The handler scopes its own writes (the punch writer's group commit): no per-request transaction. */
      ownTransaction?: boolean;
    };

/**
 * What routes reach through `app.deps`. The generic pieces are declared here; a feature
 * that brings its own (the punch writer, the outbound senders, the metrics) adds it to
 * this interface next to its code (`declare module '…/http/request-context'`), and the
 * composition root (`server/app.ts`) builds them all.
 */
export interface AppDeps {
  database: Database;
  db: Db;
  config: Config;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Auth | null;
    lang: Lang;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** The caller's user; only for routes whose access requires a session. */
export function requireUser(auth: Auth | null): AuthUser {
  if (!auth) throw new Error('route reached without a session: its access declaration is wrong');
  return auth.user;
}

/** The caller's organisation; routes under an org permission always have one. */
export function requireOrg(auth: Auth | null): string {
  const orgId = requireUser(auth).orgId;
  if (!orgId) throw new Error('organisation route reached by a user without an organisation');
  return orgId;
}

/** Who is acting, in which organisation, from where: what services and audit rows need. */
export type Actor = { id: string; orgId: string; ip: string };

export function actorOf(req: { auth: Auth | null; ip: string }): Actor {
  return { id: requireUser(req.auth).id, orgId: requireOrg(req.auth), ip: req.ip };
}
