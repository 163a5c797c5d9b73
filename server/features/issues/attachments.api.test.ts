import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../../../domain/org/settings';
import { auditLog, users } from '../../db/schema';
import { closeDay } from '../../jobs/day-close';
import { makeOrgWithRoles, makePunches, makeUser, type MadeUser } from '../../test/factories';
import { loginAs, startTestApp, type TestApp } from '../../test/harness';
import type { TestClient } from '../../test/test-client';
import type { Err } from '../../test/error-body';

type Issue = {
  id: string;
  justification: { id: string; state: string; attachment: { fileName: string; contentType: string; sizeBytes: number } | null } | null;
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let t: TestApp;
let officer: TestClient;
let supervisor: TestClient;
let colleagueSupervisor: TestClient;
let supervisorsBoss: TestClient;
let stranger: TestClient;
let justificationId = '';

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrgWithRoles(t.db);
  const b = await makeOrgWithRoles(t.db);
  const other = await makeUser(t.db, a.org.id, { roles: ['PENYELIA', 'PEGAWAI'] });
  const login = (u: MadeUser) => loginAs(t, u);
  officer = await login(a.officer);
  supervisor = await login(a.supervisor);
  colleagueSupervisor = await login(other);
  // The supervisor's own supervisor: with one review level they never review this officer's justifications.
  const boss = await makeUser(t.db, a.org.id, { roles: ['EKSEKUTIF', 'PEGAWAI'] });
  await t.db.update(users).set({ supervisorId: boss.id }).where(eq(users.id, a.supervisor.id));
  supervisorsBoss = await login(boss);
  stranger = await login(b.supervisor);
  await makePunches(t.db, a.org.id, [
    { userId: a.officer.id, at: new Date('2026-09-15T09:40:00+08:00'), kind: 'IN' },
    { userId: a.officer.id, at: new Date('2026-09-15T18:40:00+08:00'), kind: 'OUT' },
  ]);
  await closeDay(t.database, { id: a.org.id, timeZone: a.org.timeZone, state: a.org.state, settings: DEFAULT_ORG_SETTINGS }, '2026-09-15');
  const [issue] = (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
  const sent = await officer.post<Issue>(`/api/issues/${issue!.id}/justification`, { category: 'KLINIK_HOSPITAL', text: 'Temujanji hospital pagi' });
  justificationId = sent.body.justification!.id;
});
afterAll(async () => t.close());

const put = (c: TestClient, body: Buffer, type: string, name = 'surat%20klinik.pdf') =>
  c.upload<Err & { fileName: string }>('PUT', `/api/justifications/${justificationId}/attachment`, body, { 'content-type': type, 'x-file-name': name });

describe('justification attachments', () => {
  it('takes a PDF the officer attaches, shows it with the issue, and lets the officer and their supervisor download it as a file', async () => {
    const up = await put(officer, PDF, 'application/pdf');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ fileName: 'surat klinik.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    const [issue] = (await officer.get<{ items: Issue[] }>('/api/issues?from=2026-09-01&to=2026-09-30')).body.items;
    expect(issue!.justification!.attachment).toEqual({ fileName: 'surat klinik.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    const queue = await supervisor.get<{ items: { review: { hasAttachment: boolean } | null }[] }>('/api/approvals');
    expect(queue.body.items[0]!.review!.hasAttachment).toBe(true);
    for (const c of [officer, supervisor]) {
      const got = await c.get(`/api/justifications/${justificationId}/attachment`);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(PDF)).toBe(true);
      expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''surat%20klinik.pdf");
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-security-policy')).toContain('sandbox');
    }
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'justification.attached'), eq(auditLog.entityId, justificationId)));
    expect(audit[0]?.after).toMatchObject({ sizeBytes: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('shows a PDF inline, sandboxed, with the same access check; a bad value names the field', async () => {
    for (const c of [officer, supervisor]) {
      const got = await c.get(`/api/justifications/${justificationId}/attachment?inline=1`);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(PDF)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''surat%20klinik.pdf");
      expect(got.headers.get('content-security-policy')).toBe('sandbox');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await colleagueSupervisor.get(`/api/justifications/${justificationId}/attachment?inline=1`)).status).toBe(404);
    expect((await stranger.get(`/api/justifications/${justificationId}/attachment?inline=1`)).status).toBe(404);
    expect((await t.client().get(`/api/justifications/${justificationId}/attachment?inline=1`)).status).toBe(401);
    const bad = await officer.get<Err>(`/api/justifications/${justificationId}/attachment?inline=yes`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.fields?.[0]?.path).toBe('inline');
    // Without it, still a download.
    expect((await officer.get(`/api/justifications/${justificationId}/attachment?inline=0`)).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('hides it from anyone else (404), and lets only the officer change it', async () => {
    expect((await colleagueSupervisor.get(`/api/justifications/${justificationId}/attachment`)).status).toBe(404);
    expect((await supervisorsBoss.get(`/api/justifications/${justificationId}/attachment`)).status).toBe(404);
    expect((await stranger.get(`/api/justifications/${justificationId}/attachment`)).status).toBe(404);
    expect((await put(supervisor, PNG, 'image/png')).status).toBe(404);
    expect((await t.client().get(`/api/justifications/${justificationId}/attachment`)).status).toBe(401);
  });

  it('refuses a file whose bytes are not its type, one too large, an empty one or another type, naming the field; the stored file stays', async () => {
    const lying = await put(officer, Buffer.from('<script>alert(1)</script>'), 'application/pdf');
    expect(lying.status).toBe(400);
    expect(lying.body.error.details?.fields?.[0]?.path).toBe('file');
    const mismatch = await put(officer, PNG, 'application/pdf');
    expect(mismatch.body.error.details?.fields?.[0]?.path).toBe('file');
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await put(officer, big, 'application/pdf');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details?.fields?.[0]).toMatchObject({ path: 'file', message: 'Fail melebihi had 5 MB.' });
    expect((await put(officer, Buffer.alloc(0), 'application/pdf')).status).toBe(400);
    const html = await officer.upload<Err>('PUT', `/api/justifications/${justificationId}/attachment`, Buffer.from('<html>'), {
      'content-type': 'text/html',
      'x-file-name': 'a.html',
    });
    expect([400, 415]).toContain(html.status);
    expect((await put(officer, PDF, 'application/pdf', '')).body.error.details?.fields?.[0]?.path).toBe('fileName');
    const got = await officer.get(`/api/justifications/${justificationId}/attachment`);
    expect(got.bytes.equals(PDF)).toBe(true);
  });

  it('replaces it with an image, removes it, and is closed once the justification is decided', async () => {
    expect((await put(officer, PNG, 'image/png', 'resit.png')).body).toMatchObject({ fileName: 'resit.png', contentType: 'image/png' });
    expect((await officer.get(`/api/justifications/${justificationId}/attachment`)).headers.get('content-type')).toBe('image/png');
    expect((await officer.get(`/api/justifications/${justificationId}/attachment?inline=1`)).headers.get('content-disposition')).toBe(
      "inline; filename*=UTF-8''resit.png",
    );
    expect((await officer.delete(`/api/justifications/${justificationId}/attachment`)).status).toBe(204);
    expect((await officer.get(`/api/justifications/${justificationId}/attachment`)).status).toBe(404);
    await put(officer, PDF, 'application/pdf');
    const [item] = (await supervisor.get<{ items: { id: string }[] }>('/api/approvals')).body.items;
    await supervisor.post(`/api/approvals/JUSTIFICATION/${item!.id}/decide`, { decision: 'DITERIMA' });
    expect((await put(officer, PNG, 'image/png')).status).toBe(409);
    expect((await officer.delete(`/api/justifications/${justificationId}/attachment`)).status).toBe(409);
    expect((await supervisor.get(`/api/justifications/${justificationId}/attachment`)).status).toBe(200);
  });
});
