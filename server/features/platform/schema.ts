import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';
import { nricField, stateField } from '../../http/shared-schemas';

export const timeZoneField = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'timezone.invalid');

export const orgSummary = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  state: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
  onboardedOn: z.string(),
  userCount: z.number(),
});

export const orgCreateBody = z.object({
  name: z.string().trim().min(1).max(200),
  code: z
    .string()
    .trim()
    .min(2)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/)
    .transform((v) => v.toUpperCase()),
  state: stateField,
  timeZone: timeZoneField.default('Asia/Kuala_Lumpur'),
  admin: z.object({
    fullName: z.string().trim().min(1).max(150),
    email: z
      .email()
      .max(254)
      .transform((v) => v.toLowerCase()),
    nric: nricField,
    staffNo: z.string().trim().min(1).max(30),
    gender: z.enum(['L', 'P']),
  }),
});

export const orgPatchBody = nonEmptyPatch(
  z
    .object({ name: z.string().trim().min(1).max(200), active: z.boolean() })
    .partial()
    .strict(),
);
