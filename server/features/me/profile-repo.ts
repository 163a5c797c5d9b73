import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { homeLocations, users } from '../../db/schema';

export type HomeRow = typeof homeLocations.$inferSelect;

export async function notificationPrefsOf(db: Db, userId: string): Promise<unknown> {
  const rows = await db.select({ prefs: users.notificationPrefs }).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0]?.prefs ?? {};
}

export async function homesOf(db: Db, orgId: string, userId: string): Promise<HomeRow[]> {
  return db
    .select()
    .from(homeLocations)
    .where(and(eq(homeLocations.orgId, orgId), eq(homeLocations.userId, userId)))
    .orderBy(desc(homeLocations.createdAt))
    .limit(20);
}

export async function insertHome(db: Db, v: typeof homeLocations.$inferInsert): Promise<HomeRow> {
  const [row] = await db.insert(homeLocations).values(v).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** A new registration replaces one still waiting. */
export async function withdrawPendingHomes(db: Db, orgId: string, userId: string): Promise<void> {
  await db
    .update(homeLocations)
    .set({ state: 'DIBATALKAN' })
    .where(and(eq(homeLocations.orgId, orgId), eq(homeLocations.userId, userId), eq(homeLocations.state, 'MENUNGGU')));
}
