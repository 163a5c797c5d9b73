import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestsAtDebug } from './request-log';

async function linesAt(level: string, path: string): Promise<{ level: number; msg: string }[]> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, logController: new RequestsAtDebug() });
  app.get('/ok', async () => ({ ok: true }));
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  await app.inject({ method: 'GET', url: path });
  await app.close();
  return lines.map((l) => JSON.parse(l) as { level: number; msg: string });
}

describe('request logs', () => {
  it('are written at debug, so the default level (info) shows none', async () => {
    expect((await linesAt('info', '/ok')).filter((l) => /request/.test(l.msg))).toEqual([]);
    const debug = await linesAt('debug', '/ok');
    expect(debug.filter((l) => /request/.test(l.msg)).map((l) => [l.level, l.msg])).toEqual([
      [20, 'incoming request'],
      [20, 'request completed'],
    ]);
  });
  it('still say at info and above when a request fails', async () => {
    const lines = await linesAt('info', '/boom');
    expect(lines.some((l) => l.level >= 30 && l.msg === 'boom')).toBe(true);
  });
});
