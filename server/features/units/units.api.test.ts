import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgWithRoles, makeUnit, makeUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Unit = { id: string; name: string; parentId: string | null; userCount: number };

let t: TestApp;
let admin: TestClient;
let world: Awaited<ReturnType<typeof makeOrgWithRoles>>;
let other: Awaited<ReturnType<typeof makeOrgWithRoles>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await makeOrgWithRoles(t.db);
  other = await makeOrgWithRoles(t.db);
  admin = t.client();
  await admin.login(world.admin.email, world.admin.password);
});
afterAll(async () => t.close());

describe('the unit tree', () => {
  it('creates a division with units under it, renames and moves them; supervisors may read', async () => {
    const div = await admin.post<Unit>('/api/units', { name: 'Bahagian Kewangan', code: 'BK' });
    expect(div.status).toBe(201);
    const unit = await admin.post<Unit>('/api/units', { name: 'Unit Akaun', parentId: div.body.id });
    expect(unit.body.parentId).toBe(div.body.id);
    const renamed = await admin.patch<Unit>(`/api/units/${unit.body.id}`, { name: 'Unit Akaun dan Bayaran' });
    expect(renamed.body.name).toBe('Unit Akaun dan Bayaran');
    const moved = await admin.patch<Unit>(`/api/units/${unit.body.id}`, { parentId: null });
    expect(moved.body.parentId).toBeNull();
    const sup = t.client();
    await sup.login(world.supervisor.email, world.supervisor.password);
    const list = await sup.get<{ items: Unit[] }>('/api/units');
    expect(list.body.items.map((u) => u.name)).toEqual(expect.arrayContaining(['Bahagian Kewangan', 'Unit Akaun dan Bayaran']));
  });

  it('refuses to move a unit under itself or its own sub-unit', async () => {
    const a = await makeUnit(t.db, world.org.id, 'A');
    const b = await makeUnit(t.db, world.org.id, 'B', a.id);
    const res = await admin.patch<Err>(`/api/units/${a.id}`, { parentId: b.id });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNIT_CYCLE');
    expect(res.body.error.details?.fields?.[0]?.path).toBe('parentId');
    expect((await admin.patch<Err>(`/api/units/${a.id}`, { parentId: a.id })).body.error.code).toBe('UNIT_CYCLE');
  });

  it('refuses to delete a unit with sub-units or users; deletes an empty one', async () => {
    const parent = await makeUnit(t.db, world.org.id);
    await makeUnit(t.db, world.org.id, 'child', parent.id);
    expect((await admin.delete<Err>(`/api/units/${parent.id}`)).body.error.code).toBe('UNIT_NOT_EMPTY');
    const staffed = await makeUnit(t.db, world.org.id);
    await makeUser(t.db, world.org.id, { unitId: staffed.id });
    const res = await admin.delete<Err>(`/api/units/${staffed.id}`);
    expect(res.status).toBe(409);
    const counted = (await admin.get<{ items: Unit[] }>('/api/units')).body.items;
    expect(counted.find((u) => u.id === staffed.id)?.userCount).toBe(1);
    expect(counted.find((u) => u.id === parent.id)?.userCount).toBe(0);
    const empty = await makeUnit(t.db, world.org.id);
    expect((await admin.delete(`/api/units/${empty.id}`)).status).toBe(204);
    expect((await admin.get<{ items: Unit[] }>('/api/units')).body.items.map((u) => u.id)).not.toContain(empty.id);
    const audit = await admin.get<{ items: { action: string; entityId: string }[] }>('/api/audit?action=unit.deleted');
    expect(audit.body.items.map((a) => a.entityId)).toContain(empty.id);
  });

  it('answers 400 for a bad body and 404 across organisations', async () => {
    const bad = await admin.post<Err>('/api/units', { name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('name');
    const foreign = await makeUnit(t.db, other.org.id);
    expect((await admin.patch(`/api/units/${foreign.id}`, { name: 'x' })).status).toBe(404);
    expect((await admin.delete(`/api/units/${foreign.id}`)).status).toBe(404);
    const asParent = await admin.post<Err>('/api/units', { name: 'x', parentId: foreign.id });
    expect(asParent.status).toBe(400);
    expect(asParent.body.error.details?.fields?.[0]?.path).toBe('parentId');
    expect((await admin.get<{ items: Unit[] }>('/api/units')).body.items.map((u) => u.id)).not.toContain(foreign.id);
  });
});
