import { describe, expect, it } from 'vitest';
import { runRules, type ReadFile } from './rules';

const files =
  (contents: Record<string, string>): ReadFile =>
  (file) =>
    file in contents ? { text: contents[file]! } : { error: 'file not found' };

describe('the rules command, without I/O', () => {
  it('answers the usage with code 2 for an unknown command or no file', () => {
    expect(runRules(['explain', 'a.json'], files({}))).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Usage:') });
    expect(runRules(['evaluate'], files({}))).toMatchObject({ code: 2 });
  });
  it('names a file it could not read, and one that is not JSON', () => {
    expect(runRules(['cards', 'gone.json'], files({})).stderr).toBe('Invalid input:\ngone.json: file not found\n');
    expect(runRules(['cards', 'bad.json'], files({ 'bad.json': '{' })).stderr).toMatch(/^Invalid input:\nbad\.json: not valid JSON/);
  });
  it('evaluates the file it is given', () => {
    const input = {
      state: 'MY-14',
      schedule: { type: 'WBF' },
      from: '2026-03-02',
      to: '2026-03-02',
      punches: [{ at: '2026-03-02T08:00:00+08:00' }, { at: '2026-03-02T17:00:00+08:00', kind: 'OUT' }],
    };
    const r = runRules(['evaluate', 'day.json'], files({ 'day.json': JSON.stringify(input) }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ days: [{ date: '2026-03-02', status: 'HADIR', issues: [] }] });
  });
});
