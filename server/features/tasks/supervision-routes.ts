import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { dayReviewView, taskCommentView, taskListItem } from './schema';
import { assignBody, commentBody, reviewBody, reviewParams, teamTaskListView, teamTaskQuery } from './supervision-schema';
import { assignTask, commentAsSupervisor, commentOwnTask, markDayReviewed, officerTasks, unmarkDayReviewed } from './supervision-service';

const tags = ['tasks'];
const supervisor = { access: { permission: 'team.monitor' as const } };

/** The supervisor reads, comments on, reviews and assigns the daily tasks of the officers under them; the officer answers. */
export const taskSupervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/team/tasks',
    {
      config: supervisor,
      schema: {
        tags,
        summary: 'The tasks of an officer under me for a week (?week=) or a range (?from=&to=, 31 days at most), with comments and reviewed days',
        querystring: teamTaskQuery,
        response: { 200: teamTaskListView },
      },
    },
    async (req) => officerTasks(req.db, actorOf(req), req.query),
  );

  app.post(
    '/api/team/tasks',
    {
      config: supervisor,
      schema: {
        tags,
        summary: 'Assign a task to an officer under me (today up to 30 days ahead); it appears in their list as planned',
        body: assignBody,
        response: { 201: taskListItem },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return assignTask(req.db, actorOf(req), req.body);
    },
  );

  app.post(
    '/api/team/tasks/:id/comments',
    {
      config: supervisor,
      schema: { tags, summary: 'Comment on a task of an officer under me', params: idParams, body: commentBody, response: { 201: taskCommentView } },
    },
    async (req, reply) => {
      reply.code(201);
      return commentAsSupervisor(req.db, actorOf(req), req.params.id, req.body.text);
    },
  );

  app.put(
    '/api/team/tasks/reviews/:officerId/:date',
    {
      config: supervisor,
      schema: {
        tags,
        summary: "Mark an officer's tasks of a date (not in the future) reviewed, with an optional note",
        params: reviewParams,
        body: reviewBody,
        response: { 200: dayReviewView },
      },
    },
    async (req) => markDayReviewed(req.db, actorOf(req), req.params.officerId, req.params.date, req.body?.note ?? null),
  );

  app.delete(
    '/api/team/tasks/reviews/:officerId/:date',
    {
      config: supervisor,
      schema: { tags, summary: "Take the reviewed mark off an officer's date", params: reviewParams },
    },
    async (req, reply) => {
      await unmarkDayReviewed(req.db, actorOf(req), req.params.officerId, req.params.date);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/api/tasks/:id/comments',
    {
      config: { access: { permission: 'attendance.self' as const } },
      schema: {
        tags,
        summary: 'Comment on one of my tasks (to answer my supervisor)',
        params: idParams,
        body: commentBody,
        response: { 201: taskCommentView },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return commentOwnTask(req.db, actorOf(req), req.params.id, req.body.text);
    },
  );
};
