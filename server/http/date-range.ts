import { Temporal } from 'temporal-polyfill';
import { fieldError } from './errors';

/**
 * A date range from a query: `to` not before `from`, and at most `maxDays` days counting
 * both ends. Answers 400 naming `to` otherwise (`tooLongKey` says the limit in words).
 */
export function assertDateRange(from: string, to: string, maxDays = 366, tooLongKey = 'range.tooLong'): void {
  if (to < from) throw fieldError('VALIDATION_FAILED', 'to', 'range.order');
  if (Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to)).days + 1 > maxDays) throw fieldError('VALIDATION_FAILED', 'to', tooLongKey);
}
