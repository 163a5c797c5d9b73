import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../../http/request-context';
import { overdueCsv } from './csv';
import { overdueQuery, overdueReport } from './schema';
import { overdueReviews } from './service';

export const reviewReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports/overdue-reviews',
    {
      config: { access: { permission: 'reviews.report' } },
      schema: {
        tags: ['reports'],
        summary:
          'Justifications waiting past the review deadline (R23), per reviewer: the organisation (org.monitor) or my sub-tree (team.monitor); format=csv for the file',
        querystring: overdueQuery,
        response: { 200: overdueReport },
      },
    },
    async (req, reply) => {
      const { timeZone, ...report } = await overdueReviews(req.db, actorOf(req), requireUser(req.auth).roles);
      if (req.query.format === 'json') return report;
      const file = overdueCsv(report, req.lang, timeZone);
      // The file is sent as it is: the JSON schema above describes the default format only.
      const raw: FastifyReply = reply;
      return raw.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );
};
