import { allowLongerStatements } from '../../db/raw';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import { assertDateRange } from '../../http/date-range';
import { requireOrg, requireUser } from '../../http/request-context';
import { punchSitesOf } from '../punches';
import { localOf } from '../../../domain/day/local-time';
import { officerBasics } from './repo';
import { evaluateOfficerDays, officerMonth } from './evaluation';
import { punchReading } from './next-punch';
import { renderReport } from './report';
import { isoDate, isoMonth } from '../../http/date-fields';
import { dayView, monthView, reportQuery, todayView } from './schema';

const tags = ['attendance'];
const self = { access: { permission: 'attendance.self' as const } };

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/attendance/today',
    {
      config: self,
      schema: { tags, summary: 'Today as the rules engine reads it so far, with the punches, and what the next punch will be', response: { 200: todayView } },
    },
    async (req) => {
      const orgId = requireOrg(req.auth);
      const userId = requireUser(req.auth).id;
      const now = new Date();
      const who = await officerBasics(req.db, orgId, userId);
      if (!who) throw new AppError('NOT_FOUND');
      // The day the next punch belongs to (a night shift's morning is the day before's) and what it will be read as (R33).
      const next = await punchReading(req.db, orgId, userId, now, who);
      const today = localOf(now.toISOString(), who.timeZone).date;
      const openFrom = next.workDate < today ? next.workDate : today;
      const { days, timeZone } = await evaluateOfficerDays(req.db, orgId, userId, next.workDate, next.workDate, now, who, openFrom);
      return {
        serverTime: now.toISOString(),
        timeZone,
        day: days[0]!,
        next: next.kind,
        sites: (await punchSitesOf(req.db, orgId, userId)).map((s) => ({ id: s.id, name: s.name, shape: s.shape })),
      };
    },
  );

  app.get(
    '/api/attendance/month',
    {
      config: self,
      schema: {
        tags,
        summary: 'One month of day records (the calendar) and the card in force',
        querystring: z.object({ month: isoMonth }),
        response: { 200: monthView },
      },
    },
    async (req) => officerMonth(req.db, requireOrg(req.auth), requireUser(req.auth).id, req.query.month),
  );

  app.get(
    '/api/attendance/days/:date',
    {
      config: self,
      schema: {
        tags,
        summary: 'One day: punches with place and flags, statuses, movements, and the rule behind each issue',
        params: z.object({ date: isoDate }),
        response: { 200: dayView },
      },
    },
    async (req) => {
      const { days } = await evaluateOfficerDays(req.db, requireOrg(req.auth), requireUser(req.auth).id, req.params.date, req.params.date);
      if (!days[0]) throw new AppError('NOT_FOUND');
      return days[0];
    },
  );

  app.get(
    '/api/attendance/report',
    {
      config: self,
      schema: { tags, summary: 'My attendance for a date range as PDF, XLSX or CSV, in my language', querystring: reportQuery },
    },
    async (req, reply) => {
      const { from, to, format } = req.query;
      assertDateRange(from, to);
      await allowLongerStatements(req.db, app.deps.config.reportStatementTimeoutMs);
      const { days, today, officer, timeZone } = await evaluateOfficerDays(req.db, requireOrg(req.auth), requireUser(req.auth).id, from, to);
      const file = await renderReport(format, {
        days,
        today,
        timeZone,
        officer: { name: officer.fullName, staffNo: officer.staffNo, organisation: officer.orgName },
        from,
        to,
        lang: req.lang,
      });
      reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.send(file.body);
    },
  );
};
