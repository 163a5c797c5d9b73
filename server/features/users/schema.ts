import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';
import { ORG_ROLES, ROLES } from '../../../domain/policy/roles';
import { pageQuery } from '../../http/pagination';
import { nricField, stateField } from '../../http/shared-schemas';

export const LANGUAGES = ['ms-MY', 'en-GB'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const email = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());
const roles = z
  .array(z.enum(ORG_ROLES))
  .min(1, 'roles.empty')
  .transform((r) => [...new Set(r)]);

/** The editable fields of a user, shared by create and update. */
const userFields = {
  fullName: text(150),
  staffNo: text(30),
  email,
  phone: optionalText(30),
  position: optionalText(120),
  grade: optionalText(20),
  gender: z.enum(['L', 'P']),
  unitId: z.uuid().nullable(),
  supervisorId: z.uuid().nullable(),
  dutyState: stateField,
  roles,
  language: z.enum(LANGUAGES),
};

export const userCreateBody = z.object({
  ...userFields,
  nric: nricField,
  unitId: userFields.unitId.optional(),
  supervisorId: userFields.supervisorId.optional(),
  language: userFields.language.default('ms-MY'),
});

/** Any subset of the fields; the NRIC is fixed once registered. */
export const userUpdateBody = nonEmptyPatch(z.object(userFields).partial().strict());

export const userListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['ACTIVE', 'INACTIVE']).optional(),
});

export const userSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  email: z.string(),
  nricMasked: z.string().nullable(),
  staffNo: z.string(),
  position: z.string().nullable(),
  grade: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  supervisorId: z.string().nullable(),
  supervisorName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  status: z.enum(['ACTIVE', 'INACTIVE']),
});

export const userDetail = userSummary.extend({
  phone: z.string().nullable(),
  gender: z.enum(['L', 'P']).nullable(),
  dutyState: z.string(),
  language: z.enum(LANGUAGES),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});

export type UserDetail = z.infer<typeof userDetail>;
