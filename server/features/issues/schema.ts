import { z } from 'zod';
import { isoDate } from '../../http/date-fields';

export const JUSTIFICATION_CATEGORIES = ['KLINIK_HOSPITAL', 'URUSAN_PERIBADI', 'MESYUARAT', 'KURSUS', 'TUGASAN_LUAR', 'KENDERAAN_ROSAK', 'LAIN_LAIN'] as const;

export const justificationBody = z.object({
  category: z.enum(JUSTIFICATION_CATEGORIES),
  text: z.string().trim().min(5).max(2000),
});

export const issueView = z.object({
  id: z.uuid(),
  date: z.string(),
  code: z.string(),
  minutes: z.number().nullable(),
  rule: z.string(),
  state: z.string(),
  justification: z
    .object({
      id: z.uuid(),
      category: z.string(),
      text: z.string(),
      state: z.string(),
      remark: z.string().nullable(),
      decidedAt: z.string().nullable(),
      updatedAt: z.string(),
      /** 2: supported by the penyemak, waiting for the pengesah. */
      stage: z.number(),
      checkRemark: z.string().nullable(),
      checkedAt: z.string().nullable(),
      attachment: z.object({ fileName: z.string(), contentType: z.string(), sizeBytes: z.number() }).nullable(),
    })
    .nullable(),
});
export type IssueView = z.infer<typeof issueView>;

export const issueQuery = z.object({ from: isoDate, to: isoDate });
