import pg from 'pg';
import { openDatabase } from '../../db/client';
import { makeOrg, makeUser, type MadeUser } from '../factories';
import { TestClient } from '../test-client';
import { ThrowawayCluster } from './pg-cluster';

/** A throwaway cluster with a migrated `spotme` database holding one organisation of `officers` officers. */
export async function clusterWithOfficers(officers: number, org: { onboardedOn?: string } = {}) {
  const cluster = await ThrowawayCluster.create();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE spotme');
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, '/spotme');
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  await database.migrate();
  const made = await makeOrg(database.db, org);
  const people: MadeUser[] = [];
  for (let i = 0; i < officers; i++) people.push(await makeUser(database.db, made.id, { roles: ['PEGAWAI'] }));
  await database.close();
  return { cluster, url, org: made, people };
}

export async function logInAll(baseUrl: string, people: MadeUser[]): Promise<TestClient[]> {
  return Promise.all(
    people.map(async (p) => {
      const c = new TestClient(baseUrl);
      await c.login(p.email, p.password);
      return c;
    }),
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
