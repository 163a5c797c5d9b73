import { describe, expect, it } from 'vitest';
import { logDestination } from './log-destination';

describe("the server's log format", () => {
  it('is readable (pino-pretty) at a terminal outside production, JSON lines otherwise', async () => {
    const pretty = await logDestination({ logLevel: 'info', env: 'development' }, true);
    const json = await logDestination({ logLevel: 'info', env: 'development' }, false);
    const production = await logDestination({ logLevel: 'warn', env: 'production' }, true);
    expect([pretty.level, json.level, production.level]).toEqual(['info', 'info', 'warn']);
    // JSON lines straight to stdout; pino-pretty's own stream in front of it at a terminal.
    expect(json.stream).toBe(process.stdout);
    expect(production.stream).toBe(process.stdout);
    expect(pretty.stream).not.toBe(process.stdout);
  });
});
