import { z } from 'zod';
import { isValidNric, normaliseNric } from '../../domain/identity/nric';
import { isStateCode } from '../../domain/org/states';
import { isoDate } from './date-fields';

/*
 * Request fields many features' routes share (each feature's schema.ts keeps its own).
 * The dates themselves are in date-fields.ts; pages in pagination.ts.
 */

/** `/:id` of a resource: a uuid (anything else is 400 naming `id`). */
export const idParams = z.object({ id: z.uuid() });

/** `?from=…&to=…`: a range of work dates. */
export const dateRangeQuery = z.object({ from: isoDate, to: isoDate });

/** A MyKad number, checked and stored in its normal form (12 digits). */
export const nricField = z
  .string()
  .trim()
  .refine(isValidNric, 'nric.invalid')
  .transform((v) => normaliseNric(v) ?? v);

/** A state code (ISO 3166-2:MY). */
export const stateField = z.string().refine(isStateCode, 'state.invalid');
