import { z } from 'zod';
import { deviceInstant, isoInstant } from '../../http/date-fields';

export const PUNCH_SOURCES = ['web', 'pwa', 'device', 'import', 'correction'] as const;
export type PunchSource = (typeof PUNCH_SOURCES)[number];

export const fixSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

/** The path and shape the mobile app and devices depend on: keep it. */
export const punchBody = z.object({
  idempotencyKey: z.uuid(),
  location: fixSchema.nullable(),
  deviceTime: deviceInstant,
  note: z.string().trim().max(500).optional(),
});

export const punchView = z.object({
  id: z.uuid(),
  at: z.string(),
  kind: z.enum(['IN', 'OUT']).nullable(),
  source: z.enum(PUNCH_SOURCES),
  place: z.enum(['SITE', 'HOME', 'MOVEMENT', 'OUTSIDE', 'NONE']),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  flags: z.array(z.string()),
  location: fixSchema.nullable(),
  deviceTime: z.string().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
});
export type PunchView = z.infer<typeof punchView>;

export const correctionBody = z.object({
  userId: z.uuid(),
  at: isoInstant,
  kind: z.enum(['IN', 'OUT']),
  reason: z.string().trim().min(5).max(500),
});
