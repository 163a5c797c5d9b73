import { z } from 'zod';

/** Channels besides the in-app list (always on), and the events a user may choose to hear about. */
export const NOTIFICATION_CHANNELS = ['push', 'email'] as const;
export const NOTIFICATION_EVENTS = ['issues', 'decisions', 'reviews', 'cards', 'tasks', 'reminders', 'digest'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

const channelFlags = z.object({ push: z.boolean(), email: z.boolean() }).partial().strict();
export const notificationPrefsSchema = z.object(Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, channelFlags])) as Record<NotificationEvent, typeof channelFlags>).partial().strict();
export type NotificationPrefs = Record<NotificationEvent, Record<NotificationChannel, boolean>>;

/** Stored preferences over the defaults: every event on every channel unless turned off. */
export function resolvePrefs(stored: unknown): NotificationPrefs {
  const parsed = notificationPrefsSchema.safeParse(stored ?? {});
  const s = parsed.success ? parsed.data : {};
  return Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, { push: s[e]?.push ?? true, email: s[e]?.email ?? true }])) as NotificationPrefs;
}
