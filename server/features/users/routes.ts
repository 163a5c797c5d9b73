import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import { pageOf } from '../../http/pagination';
import { actorOf, requireOrg } from '../../http/request-context';
import { presentUser } from './present';
import { findUser, listUsers, userOptions } from './repo';
import { idParams } from '../../http/shared-schemas';
import { userCreateBody, userDetail, userListQuery, userSummary, userUpdateBody } from './schema';
import { createUser, editUser, resetPassword, setUserStatus } from './service';

const manage = { access: { permission: 'users.manage' as const } };
const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      config: manage,
      schema: { tags, summary: "Search and filter the organisation's users", querystring: userListQuery, response: { 200: pageOf(userSummary) } },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      const r = await listUsers(req.db, requireOrg(req.auth), filter, page, pageSize);
      return { items: r.items.map(presentUser), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/api/users/options',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Active users matching q, for pickers',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), fullName: z.string(), staffNo: z.string() })) }) },
      },
    },
    async (req) => ({ items: await userOptions(req.db, requireOrg(req.auth), req.query.q) }),
  );

  app.get(
    '/api/users/:id',
    {
      config: manage,
      schema: { tags, summary: 'One user', params: idParams, response: { 200: userDetail } },
    },
    async (req) => {
      const u = await findUser(req.db, requireOrg(req.auth), req.params.id);
      if (!u) throw new AppError('NOT_FOUND');
      return presentUser(u);
    },
  );

  app.post(
    '/api/users',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a user with a temporary password (shown once)',
        body: userCreateBody,
        response: { 201: z.object({ user: userDetail, temporaryPassword: z.string() }) },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createUser(req.db, actorOf(req), req.body);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: manage,
      schema: { tags, summary: 'Edit a user', params: idParams, body: userUpdateBody, response: { 200: userDetail } },
    },
    async (req) => editUser(req.db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/users/:id/deactivate',
    {
      config: manage,
      schema: { tags, summary: 'Deactivate a user; their sessions end at once', params: idParams, response: { 200: userDetail } },
    },
    async (req) => setUserStatus(req.db, actorOf(req), req.params.id, 'INACTIVE'),
  );

  app.post(
    '/api/users/:id/activate',
    {
      config: manage,
      schema: { tags, summary: 'Reactivate a user', params: idParams, response: { 200: userDetail } },
    },
    async (req) => setUserStatus(req.db, actorOf(req), req.params.id, 'ACTIVE'),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Issue a new temporary password (shown once)',
        params: idParams,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
    },
    async (req) => resetPassword(req.db, actorOf(req), req.params.id),
  );
};
