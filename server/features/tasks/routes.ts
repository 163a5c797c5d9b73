import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { copyResultView, copyUnfinishedBody, taskBody, taskListQuery, taskListView, taskPatchBody, taskView } from './schema';
import { copyUnfinished, createTask, editTask, listOwnTasks, removeTask } from './service';

const tags = ['tasks'];
const self = { access: { permission: 'attendance.self' as const } };

/** The caller's own daily task notes (tugasan harian). */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tasks',
    {
      config: self,
      schema: {
        tags,
        summary: 'My tasks for a week (?week=any date in it, Monday–Sunday) or a range (?from=&to=, 31 days at most), by date then entry',
        querystring: taskListQuery,
        response: { 200: taskListView },
      },
    },
    async (req) => listOwnTasks(req.db, actorOf(req), req.query),
  );

  app.post(
    '/api/tasks',
    {
      config: self,
      schema: { tags, summary: 'Add a task: minutes or start–end (not both), up to 7 days ahead', body: taskBody, response: { 201: taskView } },
    },
    async (req, reply) => {
      reply.code(201);
      return createTask(req.db, actorOf(req), req.body);
    },
  );

  app.post(
    '/api/tasks/copy-unfinished',
    {
      config: self,
      schema: {
        tags,
        summary: 'Copy my unfinished tasks of a date to another (default today), once each',
        body: copyUnfinishedBody,
        response: { 200: copyResultView },
      },
    },
    async (req) => copyUnfinished(req.db, actorOf(req), req.body),
  );

  app.patch(
    '/api/tasks/:id',
    {
      config: self,
      schema: { tags, summary: 'Change one of my tasks', params: idParams, body: taskPatchBody, response: { 200: taskView } },
    },
    async (req) => editTask(req.db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/tasks/:id',
    {
      config: self,
      schema: { tags, summary: 'Delete one of my tasks', params: idParams },
    },
    async (req, reply) => {
      await removeTask(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null; // sent after the request's transaction commits
    },
  );
};
