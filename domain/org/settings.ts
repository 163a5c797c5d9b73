import { z } from 'zod';
import { DAY_STATUS_CODES } from '../day/types';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** An organisation's settings, stored as JSON and validated here. */
const settingsFields = {
  /** 1: supervisor decides; 2: penyemak then pengesah (RULES R22). */
  reviewLevels: z.union([z.literal(1), z.literal(2)]),
  /** Minutes of grace before LEWAT / BALIK_AWAL (RULES R11, R12). */
  graceMinutes: z.number().int().min(0).max(60),
  /** FLAG: punches outside every geofence are kept and flagged; BLOCK: refused (R21). */
  geofencePolicy: z.enum(['FLAG', 'BLOCK']),
  /** What happens to a punch that comes without a location fix. */
  punchWithoutLocation: z.enum(['ACCEPT_FLAGGED', 'REFUSE']),
  /** Fixes less accurate than this (metres) are flagged as suspicious. */
  accuracyLimitMeters: z.number().int().min(10).max(5000),
  /** A speed (km/h) between two fixes that no officer reaches on the ground: a fix implying more is flagged as suspicious. */
  travelSpeedLimitKmh: z.number().int().min(50).max(1200),
  /** Radius (metres) around the registered home that counts as being at home on a BDR day (R21). */
  bdrHomeRadiusMeters: z.number().int().min(25).max(2000),
  /** Radius (metres) around an approved movement's destination that counts as being there (R21). */
  movementDestinationRadiusMeters: z.number().int().min(25).max(5000),
  /** Days a justification may wait for review before it counts against the reviewer (R23). */
  reviewDeadlineDays: z.number().int().min(1).max(60),
  /** Offence days in a month from which the card moves one level up (R26). */
  cardUpAtDays: z.number().int().min(1).max(31),
  /** Offence days in a month up to which the card moves one level down (R26); below `cardUpAtDays`. */
  cardDownAtDays: z.number().int().min(0).max(30),
  /** Day statuses that need supervisor approval. */
  statusesNeedingApproval: z.array(z.enum(DAY_STATUS_CODES)),
  /** Local time (HH:MM) to remind officers not yet checked in on a working day; null: no reminder. */
  reminderClockInAt: clock.nullable(),
  /** Minutes after the required end to remind an officer not yet checked out; null: no reminder. */
  reminderClockOutDelayMinutes: z.number().int().min(0).max(240).nullable(),
  /** Local time (HH:MM) of the supervisors' daily digest of items waiting for them; null: no digest. */
  digestAt: clock.nullable(),
  /** The least rest (minutes) between one working date's planned end and the next one's start; a roster grid shows less as a conflict. */
  minimumRestMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
};

export const orgSettingsSchema = z.object(settingsFields).strict();
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

/** For PATCH: any subset of the keys; unknown keys are refused. */
export const orgSettingsPatchSchema = orgSettingsSchema.partial();

export const DEFAULT_ORG_SETTINGS: OrgSettings = {
  reviewLevels: 1,
  graceMinutes: 0,
  geofencePolicy: 'FLAG',
  punchWithoutLocation: 'ACCEPT_FLAGGED',
  accuracyLimitMeters: 200,
  travelSpeedLimitKmh: 300,
  bdrHomeRadiusMeters: 150,
  movementDestinationRadiusMeters: 300,
  reviewDeadlineDays: 7,
  cardUpAtDays: 3,
  cardDownAtDays: 0,
  statusesNeedingApproval: ['BDR', 'TUGASAN_LUAR'],
  reminderClockInAt: '08:45',
  reminderClockOutDelayMinutes: 30,
  digestAt: '08:00',
  minimumRestMinutes: 8 * 60,
};

/** Stored settings may predate a key: the defaults fill what is missing. */
export function parseOrgSettings(raw: unknown): OrgSettings {
  const stored = typeof raw === 'object' && raw !== null ? raw : {};
  return orgSettingsSchema.parse({ ...DEFAULT_ORG_SETTINGS, ...stored });
}
