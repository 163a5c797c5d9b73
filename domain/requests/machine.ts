import { WAITING, WITHDRAWN, type RequestKind, type RequestState } from './states';

/**
 * The one life of a request (RULES R17, R18, R22):
 *
 *   MENUNGGU ──decision──▶ decided (DILULUSKAN | DITOLAK, or for a justification DITERIMA | DITOLAK | PERLU_MAKLUMAT)
 *   MENUNGGU ──officer──▶ DIBATALKAN (withdrawn)
 *   PERLU_MAKLUMAT ──officer answers again──▶ MENUNGGU (stage 1);  PERLU_MAKLUMAT ──officer──▶ DIBATALKAN
 *
 * One or two review levels: with two (organisation setting, justifications only), the first
 * reviewer's (penyemak's) acceptance does not decide; it supports the request, which then
 * waits at stage 2 for the reviewer's own supervisor (pengesah), whose decision is final.
 * The penyemak's rejection or request for more information ends the step at once.
 */

export type Decision = 'DILULUSKAN' | 'DITOLAK' | 'DITERIMA' | 'PERLU_MAKLUMAT';
export const DECISIONS = ['DILULUSKAN', 'DITOLAK', 'DITERIMA', 'PERLU_MAKLUMAT'] as const satisfies readonly Decision[];

/** The decisions a reviewer can make on each kind. */
export const DECISIONS_BY_KIND: Record<RequestKind, readonly Decision[]> = {
  STATUS: ['DILULUSKAN', 'DITOLAK'],
  MOVEMENT: ['DILULUSKAN', 'DITOLAK'],
  HOME: ['DILULUSKAN', 'DITOLAK'],
  JUSTIFICATION: ['DITERIMA', 'DITOLAK', 'PERLU_MAKLUMAT'],
};

/** The review levels a kind goes through in an organisation: only justifications can have two. */
export function levelsFor(kind: RequestKind, orgReviewLevels: 1 | 2): 1 | 2 {
  return kind === 'JUSTIFICATION' ? orgReviewLevels : 1;
}

export type Routing = {
  /** The organisation's review levels for this kind (`levelsFor`). */
  levels: 1 | 2;
  /** Whether there is someone to review at stage 2 (the reviewer's own active supervisor). */
  secondReviewer: boolean;
};

/** Where a decision takes the request: to a final state, or on to the next stage (still waiting). */
export type Outcome = { state: RequestState; stage: 1 | 2; final: boolean };

/** The outcome of `decision` on a waiting request of `kind` at `stage`; null when that decision is not one for the kind. */
export function outcomeOf(kind: RequestKind, stage: number, decision: Decision, routing: Routing): Outcome | null {
  if (!DECISIONS_BY_KIND[kind].includes(decision)) return null;
  const passesOn = decision === 'DITERIMA' && stage === 1 && routing.levels === 2 && routing.secondReviewer;
  if (passesOn) return { state: WAITING, stage: 2, final: false };
  return { state: decision, stage: stage === 2 ? 2 : 1, final: true };
}

/** A decision the reviewer may make now, with whether it decides or passes the request on ("support"). */
export type AllowedDecision = { decision: Decision; final: boolean };

/** What the current reviewer may decide on a request: nothing unless it waits. */
export function allowedDecisions(kind: RequestKind, state: RequestState, stage: number, routing: Routing): AllowedDecision[] {
  if (state !== WAITING) return [];
  return DECISIONS_BY_KIND[kind].map((decision) => ({ decision, final: outcomeOf(kind, stage, decision, routing)?.final ?? true }));
}

/** Whether the officer may withdraw a request in `state` (a status or movement also once approved, while its day has not passed: the service checks the day). */
export function canWithdraw(kind: RequestKind, state: RequestState): boolean {
  if (state === WAITING) return true;
  if (kind === 'JUSTIFICATION') return state === 'PERLU_MAKLUMAT';
  return (kind === 'STATUS' || kind === 'MOVEMENT') && state === 'DILULUSKAN';
}

/** Whether the officer may (re)submit a justification over one in `state` (none yet, more information asked, or withdrawn). */
export function canAnswer(state: RequestState | undefined): boolean {
  return state === undefined || state === 'PERLU_MAKLUMAT' || state === WITHDRAWN;
}

/** Whether the officer may still change what the reviewer will read (a justification's attachment). */
export function isEditable(state: RequestState): boolean {
  return state === WAITING || state === 'PERLU_MAKLUMAT';
}
