import type { FastifyBaseLogger } from 'fastify';
import { databaseFault, describeFault } from '../db/faults';

/**
 * Logs a job round that failed; the next round tries again. The database being away
 * (PostgreSQL restarting) is expected and logged as a warning without a stack; anything
 * else is an error with its stack.
 */
export function logRoundFailure(log: FastifyBaseLogger, job: string, err: unknown): void {
  if (databaseFault(err)) log.warn({ job, ...describeFault(err) }, `${job}: database unavailable, will retry next round`);
  else log.error({ job, err }, `${job} failed, will retry next round`);
}
