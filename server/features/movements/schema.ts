import { z } from 'zod';
import { movementView } from '../attendance/schema';

export const movementBody = z.object({
  leaveAt: z.iso.datetime({ offset: true }),
  expectedReturn: z.iso.datetime({ offset: true }),
  destination: z.string().trim().min(2).max(300),
  destLocation: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).nullable().optional(),
  purpose: z.string().trim().min(2).max(500),
});
export const returnBody = z.object({ at: z.iso.datetime({ offset: true }).optional() });
export const movementList = z.object({ items: z.array(movementView) });
export { movementView };
