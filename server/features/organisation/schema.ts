import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';
import { orgSettingsPatchSchema, orgSettingsSchema } from '../../../domain/org/settings';

export const organisationView = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  state: z.string(),
  timeZone: z.string(),
  settings: orgSettingsSchema,
  onboardedOn: z.string(),
  active: z.boolean(),
});

export const organisationPatchBody = nonEmptyPatch(
  z
    .object({ name: z.string().trim().min(1).max(200), settings: orgSettingsPatchSchema })
    .partial()
    .strict(),
);
