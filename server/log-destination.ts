import type { Config } from './config';

export type LogDestination = { level: string; stream: NodeJS.WritableStream };

/**
 * The server's logger: JSON lines (one per event, with the request id) for log
 * collectors; readable lines through pino-pretty when a person watches a terminal
 * outside production. Both write synchronously (at the default level there are few
 * lines: requests are logged at debug), so what the server says on its own (the demo's
 * logins) comes after the log lines before it, never among them. pino-pretty may be
 * missing from an install that left it out: then JSON it is.
 */
export async function logDestination(config: Pick<Config, 'logLevel' | 'env'>, terminal = Boolean(process.stdout.isTTY)): Promise<LogDestination> {
  // process.stdout writes synchronously to files, pipes and terminals (unlike pino's own buffered destination).
  const json = { level: config.logLevel, stream: process.stdout };
  if (!terminal || config.env === 'production') return json;
  try {
    const { default: pretty } = await import('pino-pretty');
    return { level: config.logLevel, stream: pretty({ sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true }) };
  } catch {
    return json;
  }
}
