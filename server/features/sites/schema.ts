import { z } from 'zod';
import { nonEmptyPatch } from '../../http/patch-body';

const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const siteShape = z.discriminatedUnion('type', [
  z.object({ type: z.literal('circle'), centre: point, radiusMeters: z.number().int().min(10).max(5000) }),
  z.object({ type: z.literal('polygon'), points: z.array(point).min(3).max(200) }),
]);

export const siteBody = z.object({
  name: z.string().trim().min(1).max(150),
  address: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  shape: siteShape,
  active: z.boolean().default(true),
});

export const sitePatchBody = nonEmptyPatch(
  z
    .object({
      name: z.string().trim().min(1).max(150),
      address: z
        .string()
        .trim()
        .max(300)
        .nullable()
        .transform((v) => (v ? v : null)),
      shape: siteShape,
      active: z.boolean(),
    })
    .partial()
    .strict(),
);

export const siteView = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  shape: siteShape,
  active: z.boolean(),
});
export type SiteView = z.infer<typeof siteView>;
export type SiteShape = z.infer<typeof siteShape>;
