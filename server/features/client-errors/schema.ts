import { z } from 'zod';

/** What the app sends when a page fails (app/ui/report-error.ts cuts its text to these lengths). */
export const clientErrorBody = z.object({
  message: z.string().trim().min(1).max(1000),
  stack: z.string().max(8000).optional(),
  componentStack: z.string().max(8000).optional(),
  url: z.string().min(1).max(2000),
});
