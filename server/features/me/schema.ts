import { z } from 'zod';
import { ALL_PERMISSIONS } from '../../../domain/policy/permissions';
import { LANGUAGES, userDetail } from '../users/schema';

export const organisationBrief = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  state: z.string(),
  timeZone: z.string(),
});

export const meResponse = z.object({
  user: userDetail,
  organisation: organisationBrief.nullable(),
  abilities: z.array(z.enum(ALL_PERMISSIONS as [string, ...string[]])),
  csrfToken: z.string(),
  /** A new email waiting for its confirmation link to be used; `user.email` stays in force until then. */
  pendingEmail: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const preferencesBody = z.object({ language: z.enum(LANGUAGES) }).strict();
