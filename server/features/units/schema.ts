import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';

export const unit = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  userCount: z.number(),
});

export const unitCreateBody = z.object({
  name: z.string().trim().min(1).max(150),
  code: z
    .string()
    .trim()
    .max(30)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  parentId: z.uuid().nullable().optional(),
});

export const unitUpdateBody = nonEmptyPatch(
  z
    .object({
      name: z.string().trim().min(1).max(150),
      code: z
        .string()
        .trim()
        .max(30)
        .nullable()
        .transform((v) => (v ? v : null)),
      parentId: z.uuid().nullable(),
    })
    .partial()
    .strict(),
);
