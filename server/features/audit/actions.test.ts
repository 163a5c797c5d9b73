import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../domain/audit/actions';
import { APPROVAL_KINDS } from '../approvals';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every action literal the server writes: `action: 'x.y'`, the features' audit helpers `audit(…, 'x.y'`, and SQL inserts into audit_log. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /action: '([a-z_]+\.[a-z_]+)'/g,
    /\baudit(?:Review)?\((?:[\w.]+, ){0,2}'([a-z_]+\.[a-z_]+)'/g,
    /SELECT [^;]*?'([a-z_]+\.[a-z_]+)', '[a-z_]+'/g,
    /action: [^,]*\? '([a-z_]+\.[a-z_]+)' : '([a-z_]+\.[a-z_]+)'/g,
  ];
  for (const file of sources(serverDir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/recordAudit|audit_log|insertPunchAudits|auditReview/.test(text)) continue;
    for (const re of patterns) for (const m of text.matchAll(re)) for (const a of m.slice(1)) if (a) found.add(a);
  }
  return found;
}

describe('the catalogue of audit actions (domain/audit/actions.ts)', () => {
  it('holds every action the server writes, so the audit page can name and filter each one', () => {
    const written = writtenActions();
    expect(written.size).toBeGreaterThan(40);
    expect(written).toContain('user.deactivated');
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  it('holds every approval decision (written as `approval.${decision}`) and every kind decided as an entity', () => {
    for (const d of ['diluluskan', 'ditolak', 'diterima', 'perlu_maklumat', 'disokong']) expect(AUDIT_ACTIONS).toContain(`approval.${d}`);
    for (const k of APPROVAL_KINDS) expect(AUDIT_ENTITIES).toContain(k.toLowerCase());
  });
});
