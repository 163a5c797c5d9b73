import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertDateRange } from '../../http/date-range';
import { actorOf, requireOrg, requireUser } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { issuesOf, presentIssue } from './repo';
import { issueQuery, issueView, justificationBody } from './schema';
import { justify, withdraw } from './service';

const tags = ['issues'];
const self = { access: { permission: 'attendance.self' as const } };

export const issueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/issues',
    {
      config: self,
      schema: {
        tags,
        summary: 'My attendance issues of closed days in a range, each with the rule behind it and my answer',
        querystring: issueQuery,
        response: { 200: z.object({ items: z.array(issueView) }) },
      },
    },
    async (req) => {
      assertDateRange(req.query.from, req.query.to);
      const rows = await issuesOf(req.db, requireOrg(req.auth), requireUser(req.auth).id, req.query.from, req.query.to);
      return { items: rows.map((r) => presentIssue(r.issue, r.justification, r.attachment)) };
    },
  );

  app.post(
    '/api/issues/:id/justification',
    {
      config: self,
      schema: {
        tags,
        summary: 'Answer an issue (or answer again when more information is asked for); it waits for my supervisor',
        params: idParams,
        body: justificationBody,
        response: { 200: issueView },
      },
    },
    async (req) => justify(req.db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/issues/:id/justification/withdraw',
    {
      config: self,
      schema: { tags, summary: 'Withdraw my answer while it waits', params: idParams, response: { 200: issueView } },
    },
    async (req) => withdraw(req.db, actorOf(req), req.params.id),
  );
};
