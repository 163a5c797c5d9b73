import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/holiday-data';
import type { Schedule } from '../schedule/types';
import { evaluateRange } from './evaluate';
import { ISSUE_RULES, RULE_IDS, RULE_SOURCES, ruleOfIssue } from './issue-rules';

const calendar = defaultCalendar();
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

describe('one rule per issue', () => {
  it('no two issues share a rule under the same kind of schedule', () => {
    for (const kind of ['flexible', 'fixed'] as const) {
      const rules = Object.values(ISSUE_RULES).map((r) => r[kind]);
      expect(new Set(rules).size, kind).toBe(rules.length);
    }
  });

  it("every rule has its source recorded (a circular, or null for the organisation's own setting)", () => {
    for (const r of RULE_IDS) expect(Object.keys(RULE_SOURCES)).toContain(r);
    expect(RULE_SOURCES.R11).toBe('PP Bil. 5/2019');
  });

  it('the engine attaches different rules to "no check-out" and "outside area" on the same day', () => {
    // Monday 2 March 2026 in Selangor: in at 08:30 outside every site, never out.
    const [day] = evaluateRange({
      calendar,
      state: 'MY-10',
      schedule: { type: 'WBF' },
      from: '2026-03-02',
      to: '2026-03-02',
      punches: [{ at: at('2026-03-02', '08:30'), inside: false }],
    });
    expect(day?.issues).toEqual([
      { code: 'TIADA_DAFTAR_KELUAR', rule: 'R21c' },
      { code: 'LUAR_KAWASAN', rule: 'R21f' },
    ]);
  });

  it('under fixed hours late and early name R13a and R13b', () => {
    const fixed: Schedule = { type: 'FIXED', start: '08:00', end: '17:00', rests: [{ from: '13:00', to: '14:00' }], graceMinutes: 0 };
    const [day] = evaluateRange({
      calendar,
      state: 'MY-10',
      schedule: fixed,
      from: '2026-03-02',
      to: '2026-03-02',
      punches: [{ at: at('2026-03-02', '08:10') }, { at: at('2026-03-02', '16:00') }],
    });
    expect(day?.issues.map((i) => i.rule)).toEqual(['R13a', 'R13b']);
  });

  it('reads the bare R13 and R21 of issues closed before the rules were lettered', () => {
    expect(ruleOfIssue('TIADA_DAFTAR_KELUAR', 'R21')).toBe('R21c');
    expect(ruleOfIssue('LUAR_KAWASAN', 'R21')).toBe('R21f');
    expect(ruleOfIssue('BALIK_AWAL', 'R13')).toBe('R13b');
    expect(ruleOfIssue('LEWAT', 'R11')).toBe('R11');
    expect(ruleOfIssue('SOMETHING', 'R99')).toBeNull();
  });
});
