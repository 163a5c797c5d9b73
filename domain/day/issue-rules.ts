import type { IssueCode } from './types';

/**
 * The rule behind each attendance issue, one rule per issue (RULES.md): R11/R12 under
 * flexible hours (WBF), R13a/R13b under fixed hours and shifts, and one lettered item of
 * R21 for each of the other issues (c: no check-out, d: no check-in, e: absent,
 * f: outside area). The rules engine attaches these; the app shows the rule's name in
 * words and keeps the code for support staff.
 */
export const ISSUE_RULES = {
  LEWAT: { flexible: 'R11', fixed: 'R13a' },
  BALIK_AWAL: { flexible: 'R12', fixed: 'R13b' },
  TIADA_DAFTAR_KELUAR: { flexible: 'R21c', fixed: 'R21c' },
  TIADA_DAFTAR_MASUK: { flexible: 'R21d', fixed: 'R21d' },
  TIDAK_HADIR: { flexible: 'R21e', fixed: 'R21e' },
  LUAR_KAWASAN: { flexible: 'R21f', fixed: 'R21f' },
} as const satisfies Record<IssueCode, { flexible: string; fixed: string }>;

export type RuleId = (typeof ISSUE_RULES)[IssueCode][keyof (typeof ISSUE_RULES)[IssueCode]];
export const RULE_IDS: RuleId[] = [...new Set(Object.values(ISSUE_RULES).flatMap((r) => [r.flexible, r.fixed]))];

/** Where each rule comes from: the circular (named as the public service writes it), or the organisation's own setting. */
export const RULE_SOURCES: Record<RuleId, string | null> = {
  R11: 'PP Bil. 5/2019',
  R12: 'PP Bil. 5/2019',
  R13a: null,
  R13b: null,
  R21c: 'SPA Bil. 1/2004',
  R21d: 'SPA Bil. 1/2004',
  R21e: 'SPA Bil. 1/2004',
  R21f: null,
};

/** The rule the engine attaches to an issue under a flexible (WBF) or a fixed schedule. */
export function ruleFor(code: IssueCode, flexible: boolean): RuleId {
  return flexible ? ISSUE_RULES[code].flexible : ISSUE_RULES[code].fixed;
}

const isRuleId = (r: string): r is RuleId => (RULE_IDS as string[]).includes(r);

/**
 * The rule of a stored issue. Issues closed before rules were lettered carry a bare
 * "R13" or "R21"; they are read as the lettered rule of their issue.
 */
export function ruleOfIssue(code: string, rule: string): RuleId | null {
  if (isRuleId(rule)) return rule;
  const known = (ISSUE_RULES as Record<string, { flexible: RuleId; fixed: RuleId }>)[code];
  if (!known) return null;
  if (rule === 'R13') return known.fixed;
  if (rule === 'R21') return known.flexible;
  return null;
}
