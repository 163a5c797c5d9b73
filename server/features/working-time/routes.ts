import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentBodySchema,
  rosterCellBodySchema,
  workPatternBodySchema,
  workPatternPatchSchema,
  workScheduleBodySchema,
  workSchedulePatchSchema,
} from '../../../domain/schedule/admin-schema';
import { AppError } from '../../http/errors';
import { nonEmptyPatch } from '../../http/patch-body';
import { actorOf, requireOrg } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { orgOf } from './admin-repo';
import { assignmentsList, createAssignment, removeAssignment } from './assignments-service';
import { createPattern, editPattern, patternsList, removePattern } from './patterns-service';
import { clearRosterCell, rosterGrid, setRosterCell } from './rosters-service';
import { createSchedule, editSchedule, removeSchedule, schedulesList } from './schedules-service';
import { assignmentQuery, assignmentView, patternView, rosterCellView, rosterGridView, rosterParams, rosterQuery, scheduleView } from './schema';

const tags = ['working-time'];
/** The organisation admin's "Waktu kerja": the same permission as the organisation's settings. */
const manage = { access: { permission: 'org.settings' as const } };

export const workingTimeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/work-schedules',
    {
      config: manage,
      schema: {
        tags,
        summary: "The organisation's work schedules (WBF, fixed hours, shifts), active or not",
        response: { 200: z.object({ items: z.array(scheduleView) }) },
      },
    },
    async (req) => ({ items: await schedulesList(req.db, requireOrg(req.auth)) }),
  );

  app.post(
    '/api/work-schedules',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Add a work schedule: WBF (grace), FIXED (start, end, rests, grace) or SHIFT (start, end, rests, grace, pairing margins); an end at or before the start is the next day',
        body: workScheduleBodySchema,
        response: { 201: scheduleView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createSchedule(req.db, actorOf(req), req.body);
    },
  );

  app.patch(
    '/api/work-schedules/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a work schedule (its type stays), or deactivate it',
        params: idParams,
        body: nonEmptyPatch(workSchedulePatchSchema),
        response: { 200: scheduleView },
      },
    },
    async (req) => editSchedule(req.db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/work-schedules/:id',
    {
      config: manage,
      schema: { tags, summary: 'Delete a work schedule no pattern, assignment or roster names (409 SCHEDULE_IN_USE: deactivate it instead)', params: idParams },
    },
    async (req, reply) => {
      await removeSchedule(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null; // sent after the request's transaction commits
    },
  );

  app.get(
    '/api/work-schedules/assignments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assignments of schedules and patterns: the organisation default, units (with their sub-trees), officers',
        querystring: assignmentQuery,
        response: { 200: z.object({ items: z.array(assignmentView) }) },
      },
    },
    async (req) => ({ items: await assignmentsList(req.db, requireOrg(req.auth), req.query) }),
  );

  app.post(
    '/api/work-schedules/assignments',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Assign a schedule or a pattern from a date (to a date, or open) to an officer, a unit, or the organisation (neither); 409 on an overlap at the same level',
        body: assignmentBodySchema,
        response: { 201: assignmentView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createAssignment(req.db, actorOf(req), req.body);
    },
  );

  app.delete(
    '/api/work-schedules/assignments/:id',
    {
      config: manage,
      schema: { tags, summary: 'Delete an assignment (closed days keep the schedule they were judged under)', params: idParams },
    },
    async (req, reply) => {
      await removeAssignment(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/api/work-patterns',
    {
      config: manage,
      schema: {
        tags,
        summary: "The organisation's work patterns: cycles of days, each a schedule or off, anchored at a date",
        response: { 200: z.object({ items: z.array(patternView) }) },
      },
    },
    async (req) => ({ items: await patternsList(req.db, requireOrg(req.auth)) }),
  );

  app.post(
    '/api/work-patterns',
    {
      config: manage,
      schema: {
        tags,
        summary: "Add a work pattern: a name, the anchor date (day 0) and the cycle's days (a schedule id, or null for off)",
        body: workPatternBodySchema,
        response: { 201: patternView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createPattern(req.db, actorOf(req), req.body);
    },
  );

  app.patch(
    '/api/work-patterns/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a work pattern, or deactivate it',
        params: idParams,
        body: nonEmptyPatch(workPatternPatchSchema),
        response: { 200: patternView },
      },
    },
    async (req) => editPattern(req.db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/work-patterns/:id',
    {
      config: manage,
      schema: { tags, summary: 'Delete a work pattern no assignment names (409 PATTERN_IN_USE: deactivate it instead)', params: idParams },
    },
    async (req, reply) => {
      await removePattern(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/api/rosters',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "The roster grid of a unit (and its sub-tree) for a month: each officer's dates with their schedule, where it comes from (roster, personal, unit, default) and conflicts",
        querystring: rosterQuery,
        response: { 200: rosterGridView },
      },
    },
    async (req) => {
      const org = await orgOf(req.db, requireOrg(req.auth));
      if (!org) throw new AppError('NOT_FOUND');
      return rosterGrid(req.db, org, req.query.unitId, req.query.month);
    },
  );

  app.put(
    '/api/rosters/:userId/:date',
    {
      config: manage,
      schema: {
        tags,
        summary: "Set an officer's roster cell: a working day under the schedule whatever the weekend, or off that day (null)",
        params: rosterParams,
        body: rosterCellBodySchema,
        response: { 200: rosterCellView },
      },
    },
    async (req) => setRosterCell(req.db, actorOf(req), req.params.userId, req.params.date, req.body.scheduleId),
  );

  app.delete(
    '/api/rosters/:userId/:date',
    {
      config: manage,
      schema: { tags, summary: "Remove an officer's roster cell: the date goes back to their assignments", params: rosterParams },
    },
    async (req, reply) => {
      await clearRosterCell(req.db, actorOf(req), req.params.userId, req.params.date);
      reply.code(204);
      return null;
    },
  );
};
