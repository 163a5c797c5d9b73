import { z } from 'zod';
import { DAY_STATUS_CODES } from '../../../domain/day/types';
import { isoDate } from '../../http/date-fields';
import { statusView } from '../attendance/schema';

export const statusBody = z.object({
  date: isoDate,
  code: z.enum(DAY_STATUS_CODES),
  part: z.enum(['FULL', 'AM', 'PM']).default('FULL'),
  note: z.string().trim().max(500).optional(),
});
export const statusList = z.object({ items: z.array(statusView) });
export { statusView };
