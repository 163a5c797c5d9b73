import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderNotification, type Language, type NotificationKind, type NotificationParams } from '../../../domain/notify/texts';
import { AppError } from '../../http/errors';
import { isAllowedPushEndpoint, isAuthSecret, isP256dhKey } from '../../integrations/push-endpoint';
import { pageOf, pageQuery } from '../../http/pagination';
import { actorOf, requireUser } from '../../http/request-context';
import { recordAudit } from '../audit';
import { countFor, deleteSubscription, listFor, markRead, saveSubscription, subscriptionCount } from './repo';

const tags = ['notifications'];
const self = { access: { permission: 'notifications.self' as const } };

const notificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
/** A browser's PushSubscription: an endpoint on an allowed push service, a P-256 device key and a 16-byte secret. */
const subscriptionBody = (allowedHosts: readonly string[]) =>
  z.object({
    endpoint: z
      .url({ protocol: /^https$/, abort: true })
      .max(1000)
      .refine((u) => isAllowedPushEndpoint(u, allowedHosts), 'push.endpoint'),
    keys: z.object({
      p256dh: z.string().max(200).refine(isP256dhKey, 'push.p256dh'),
      auth: z.string().max(100).refine(isAuthSecret, 'push.auth'),
    }),
  });

/** The caller's notifications (in-app list, rendered in their language) and their devices for Web Push. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const subscription = subscriptionBody(app.deps.config.pushAllowedHosts);
  app.get(
    '/api/notifications',
    {
      config: self,
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: z.object(pageQuery),
        response: { 200: pageOf(notificationView).extend({ unread: z.number() }) },
      },
    },
    async (req) => {
      const a = actorOf(req);
      const { page, pageSize } = req.query;
      const lang: Language = requireUser(req.auth).language === 'en-GB' ? 'en-GB' : 'ms-MY';
      const rows = await listFor(req.db, a.orgId, a.id, pageSize, (page - 1) * pageSize);
      const counts = await countFor(req.db, a.orgId, a.id);
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          link: n.link,
          read: n.readAt !== null,
          createdAt: n.createdAt.toISOString(),
          ...renderNotification(n.kind as NotificationKind, n.params as NotificationParams, lang),
        })),
        page,
        pageSize,
        total: counts.total,
        unread: counts.unread,
      };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: self,
      schema: { tags, summary: 'How many of my notifications are unread (the bell)', response: { 200: z.object({ unread: z.number() }) } },
    },
    async (req) => {
      const a = actorOf(req);
      return { unread: (await countFor(req.db, a.orgId, a.id)).unread };
    },
  );

  app.post(
    '/api/notifications/read',
    {
      config: self,
      schema: {
        tags,
        summary: 'Mark some of my notifications read (ids), or all of them (all: true)',
        body: z.union([z.object({ ids: z.array(z.uuid()).min(1).max(100) }).strict(), z.object({ all: z.literal(true) }).strict()]),
        response: { 200: z.object({ marked: z.number(), unread: z.number() }) },
      },
    },
    async (req) => {
      const a = actorOf(req);
      const marked = await markRead(req.db, a.orgId, a.id, 'ids' in req.body ? req.body.ids : null);
      return { marked, unread: (await countFor(req.db, a.orgId, a.id)).unread };
    },
  );

  app.get(
    '/api/notifications/push',
    {
      config: self,
      schema: {
        tags,
        summary: "The server's VAPID public key to subscribe a device with, and how many of my devices are subscribed",
        response: { 200: z.object({ publicKey: z.string(), devices: z.number() }) },
      },
    },
    async (req) => {
      const a = actorOf(req);
      if (!app.deps.senders.push) throw new AppError('NOT_FOUND');
      return { publicKey: app.deps.senders.push.publicKey, devices: await subscriptionCount(req.db, a.orgId, a.id) };
    },
  );

  app.post(
    '/api/notifications/push/subscriptions',
    {
      config: self,
      schema: {
        tags,
        summary: "Register this device for push (the browser's PushSubscription as JSON); registering again updates it",
        body: subscription,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const a = actorOf(req);
      const row = await saveSubscription(req.db, {
        orgId: a.orgId,
        userId: a.id,
        endpoint: req.body.endpoint,
        p256dh: req.body.keys.p256dh,
        auth: req.body.keys.auth,
        userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
      });
      if (!row) throw new Error('subscription not written');
      await recordAudit(req.db, {
        orgId: a.orgId,
        actorId: a.id,
        action: 'push.subscribed',
        entityType: 'push_subscription',
        entityId: row.id,
        ip: a.ip,
        after: { host: new URL(req.body.endpoint).host },
      });
      reply.code(201);
      return { id: row.id };
    },
  );

  app.post(
    '/api/notifications/push/unsubscribe',
    {
      config: self,
      schema: { tags, summary: 'Stop push to this device', body: z.object({ endpoint: z.string().min(1).max(1000) }) },
    },
    async (req, reply) => {
      const a = actorOf(req);
      if (!(await deleteSubscription(req.db, a.orgId, a.id, req.body.endpoint))) throw new AppError('NOT_FOUND');
      reply.code(204);
      return null;
    },
  );
};
