/**
 * The states of every request an officer makes and someone else decides: day statuses,
 * movements, BDR homes and justifications (and, later, pregnancy and Ramadan applications).
 * One enum for all of them; `machine.ts` says which states each kind uses and how it moves.
 */
export const REQUEST_STATES = ['MENUNGGU', 'DILULUSKAN', 'DITOLAK', 'DITERIMA', 'PERLU_MAKLUMAT', 'DIBATALKAN'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Waiting for a reviewer: the only state in which a request has one (`reviewer_id`). */
export const WAITING: RequestState = 'MENUNGGU';
/** Withdrawn by the officer. */
export const WITHDRAWN: RequestState = 'DIBATALKAN';

/** States in which a status or movement counts for the day: waiting (shown as such) or approved. */
export const LIVE_REQUEST_STATES = ['MENUNGGU', 'DILULUSKAN'] as const satisfies readonly RequestState[];

export const REQUEST_KINDS = ['STATUS', 'MOVEMENT', 'HOME', 'JUSTIFICATION'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
