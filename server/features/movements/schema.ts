import { z } from 'zod';
import { isoInstant } from '../../http/date-fields';
import { movementView } from '../attendance/schema';

export const movementBody = z.object({
  leaveAt: isoInstant,
  expectedReturn: isoInstant,
  destination: z.string().trim().min(2).max(300),
  destLocation: z
    .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .nullable()
    .optional(),
  purpose: z.string().trim().min(2).max(500),
});
export const returnBody = z.object({ at: isoInstant.optional() });
export const movementList = z.object({ items: z.array(movementView) });
export { movementView };
