/**
 * Which errors mean "the database is away or too busy" rather than a bug: the server
 * answers them with 503 and Retry-After, the jobs log them and try again next round.
 * Errors from drizzle wrap the driver's error in `cause`; the chain is walked.
 */
export type DatabaseFault = 'UNAVAILABLE' | 'BUSY';

/** SQLSTATEs of a server going away or refusing connections (class 08, 57P0x, 53300). */
const UNAVAILABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '08P01', '57P01', '57P02', '57P03', '53300', '53100']);
/** A statement or transaction stopped by our own timeouts, or a lock not granted in time. */
const BUSY_STATES = new Set(['57014', '25P03', '55P03']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What node-postgres says when a connection dies or cannot be had in time (it sets no code). */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Client was closed and is not queryable',
  'connection timeout',
  'PGlite is closed',
];

export function databaseFault(err: unknown): DatabaseFault | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (UNAVAILABLE_STATES.has(code) || SOCKET_CODES.has(code)) return 'UNAVAILABLE';
      if (BUSY_STATES.has(code)) return 'BUSY';
    }
    if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.includes(m))) return 'UNAVAILABLE';
  }
  return null;
}

/** A short description safe for logs: codes and the driver's message, never the SQL or its parameters. */
export function describeFault(err: unknown): { code: string | undefined; message: string } {
  let code: string | undefined;
  let message = '';
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const x = e as { code?: unknown; message?: unknown };
    if (typeof x.code === 'string') code = x.code;
    if (typeof x.message === 'string' && !x.message.startsWith('Failed query')) message = x.message;
  }
  return { code, message };
}
