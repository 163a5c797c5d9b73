import { z } from 'zod';
import type { Permission } from '../policy/permissions';

/** Channels besides the in-app list (always on), and the events a user may choose to hear about. */
export const NOTIFICATION_CHANNELS = ['push', 'email'] as const;
export const NOTIFICATION_EVENTS = ['issues', 'decisions', 'reviews', 'cards', 'tasks', 'reminders', 'digest'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

const channelFlags = z.object({ push: z.boolean(), email: z.boolean() }).partial().strict();
export const notificationPrefsSchema = z
  .object(Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, channelFlags])) as Record<NotificationEvent, typeof channelFlags>)
  .partial()
  .strict();
export type NotificationPrefs = Record<NotificationEvent, Record<NotificationChannel, boolean>>;

/** Stored preferences over the defaults: every event on every channel unless turned off. */
export function resolvePrefs(stored: unknown): NotificationPrefs {
  const parsed = notificationPrefsSchema.safeParse(stored ?? {});
  const s = parsed.success ? parsed.data : {};
  return Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, { push: s[e]?.push ?? true, email: s[e]?.email ?? true }])) as NotificationPrefs;
}

/**
 * Who can receive each event, as abilities (any one suffices): an officer hears of their
 * own issues, decisions, card, tasks and reminders; a supervisor of what waits for review,
 * their team's cards, task comments and the daily digest. The profile offers a preference
 * only to those who can receive it.
 */
export const EVENT_ABILITIES: Record<NotificationEvent, readonly Permission[]> = {
  issues: ['attendance.self'],
  decisions: ['attendance.self'],
  reviews: ['team.monitor'],
  cards: ['attendance.self', 'team.monitor'],
  tasks: ['attendance.self', 'team.monitor'],
  reminders: ['attendance.self'],
  digest: ['team.monitor'],
};

/** The events a person with these abilities can receive, in the usual order. */
export function eventsFor(abilities: readonly string[]): NotificationEvent[] {
  return NOTIFICATION_EVENTS.filter((e) => EVENT_ABILITIES[e].some((p) => abilities.includes(p)));
}
