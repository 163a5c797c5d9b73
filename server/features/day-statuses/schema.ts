import { z } from 'zod';
import { DAY_STATUS_CODES } from '../../../domain/day/types';
import { hhmmSchema } from '../../../domain/schedule/admin-schema';
import { isoDate } from '../../http/date-fields';
import { statusView } from '../attendance/schema';

export const statusBody = z.object({
  date: isoDate,
  code: z.enum(DAY_STATUS_CODES),
  part: z.enum(['FULL', 'AM', 'PM']).default('FULL'),
  note: z.string().trim().max(500).optional(),
  /** TUGASAN_LUAR only (R30): when the outside duty began ("HH:MM"; absent: before 07:30) and whether it is out of station (R19). */
  dutyStart: hhmmSchema.optional(),
  outOfStation: z.boolean().optional(),
});
export const statusList = z.object({ items: z.array(statusView) });
export { statusView };
