import { randomBytes } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { openTestDatabase } from '../test/harness';
import { databaseRateLimitStore } from './rate-limit-store';

/** A bare Fastify app with one route limited to one request a minute (one key for every request), counted by the database store. */
async function limitedApp(database: Database) {
  const key = `store-test ${randomBytes(6).toString('hex')}`;
  const app = Fastify({ logger: false });
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(database.db, app.log), skipOnError: true });
  app.get('/limited', { config: { rateLimit: { max: 1, timeWindow: '1 minute', keyGenerator: () => key } } }, async () => ({ ok: true }));
  return app;
}

const threeRequests = async (app: Awaited<ReturnType<typeof limitedApp>>) => {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await app.inject('/limited')).statusCode);
  return statuses;
};

describe('the database rate-limit store', () => {
  it('counts in the database: past the limit in the window, refused', async () => {
    const database = await openTestDatabase();
    const app = await limitedApp(database);
    try {
      expect(await threeRequests(app)).toEqual([200, 429, 429]);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('lets requests through, without an unhandled error, when the database cannot be reached', async () => {
    const database = await openDatabase({ kind: 'pglite-memory' });
    await database.close(); // gone before the first request
    const app = await limitedApp(database);
    try {
      expect(await threeRequests(app)).toEqual([200, 200, 200]);
    } finally {
      await app.close();
    }
  });
});
