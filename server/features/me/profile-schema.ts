import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, notificationPrefsSchema } from '../../../domain/notify/preferences';

export const profileBody = nonEmptyPatch(
  z
    .object({
      phone: z
        .string()
        .trim()
        .max(30)
        .regex(/^[0-9+\-\s()]*$/, 'phone.invalid')
        .nullable()
        .optional()
        .transform((v) => (v ? v : v === undefined ? undefined : null)),
      email: z
        .email()
        .max(254)
        .transform((v) => v.toLowerCase())
        .optional(),
      notificationPrefs: notificationPrefsSchema.optional(),
      /** Needed to change the email (not the phone or preferences). */
      currentPassword: z.string().min(1).max(200).optional(),
    })
    .strict(),
);

const flags = z.object(Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c, z.boolean()])) as Record<(typeof NOTIFICATION_CHANNELS)[number], z.ZodBoolean>);
export const prefsView = z.object(Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, flags])) as Record<(typeof NOTIFICATION_EVENTS)[number], typeof flags>);

export const homeBody = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
  address: z.string().trim().max(300).optional(),
});
export const homeView = z.object({
  id: z.uuid(),
  lat: z.number(),
  lng: z.number(),
  accuracy: z.number().nullable(),
  address: z.string().nullable(),
  state: z.string(),
  createdAt: z.string(),
});
export const homeStatus = z.object({ approved: homeView.nullable(), pending: homeView.nullable() });
