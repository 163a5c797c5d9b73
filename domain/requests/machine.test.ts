import { describe, expect, it } from 'vitest';
import { allowedDecisions, canAnswer, canWithdraw, isEditable, levelsFor, outcomeOf } from './machine';

const oneLevel = { levels: 1 as const, secondReviewer: true };
const twoLevels = { levels: 2 as const, secondReviewer: true };

describe('the request state machine', () => {
  it('a request is approved or rejected; a justification accepted, rejected or sent back', () => {
    expect(outcomeOf('STATUS', 1, 'DILULUSKAN', oneLevel)).toEqual({ state: 'DILULUSKAN', stage: 1, final: true });
    expect(outcomeOf('HOME', 1, 'DITOLAK', oneLevel)).toEqual({ state: 'DITOLAK', stage: 1, final: true });
    expect(outcomeOf('MOVEMENT', 1, 'DITERIMA', oneLevel)).toBeNull();
    expect(outcomeOf('JUSTIFICATION', 1, 'DILULUSKAN', oneLevel)).toBeNull();
    expect(outcomeOf('JUSTIFICATION', 1, 'PERLU_MAKLUMAT', oneLevel)).toEqual({ state: 'PERLU_MAKLUMAT', stage: 1, final: true });
  });

  it('with two levels the first acceptance supports and passes on; the second decides', () => {
    expect(outcomeOf('JUSTIFICATION', 1, 'DITERIMA', twoLevels)).toEqual({ state: 'MENUNGGU', stage: 2, final: false });
    expect(outcomeOf('JUSTIFICATION', 2, 'DITERIMA', twoLevels)).toEqual({ state: 'DITERIMA', stage: 2, final: true });
    // The penyemak's rejection or request for more ends the step at once.
    expect(outcomeOf('JUSTIFICATION', 1, 'DITOLAK', twoLevels)).toEqual({ state: 'DITOLAK', stage: 1, final: true });
    expect(outcomeOf('JUSTIFICATION', 1, 'PERLU_MAKLUMAT', twoLevels)?.final).toBe(true);
  });

  it('a first reviewer with nobody above decides alone', () => {
    expect(outcomeOf('JUSTIFICATION', 1, 'DITERIMA', { levels: 2, secondReviewer: false })).toEqual({ state: 'DITERIMA', stage: 1, final: true });
  });

  it('only justifications have two levels', () => {
    expect(levelsFor('JUSTIFICATION', 2)).toBe(2);
    expect(levelsFor('STATUS', 2)).toBe(1);
    expect(outcomeOf('STATUS', 1, 'DILULUSKAN', { levels: levelsFor('STATUS', 2), secondReviewer: true })?.final).toBe(true);
  });

  it('lists the decisions the reviewer may make now, and none once decided', () => {
    expect(allowedDecisions('JUSTIFICATION', 'MENUNGGU', 1, twoLevels)).toEqual([
      { decision: 'DITERIMA', final: false },
      { decision: 'DITOLAK', final: true },
      { decision: 'PERLU_MAKLUMAT', final: true },
    ]);
    expect(allowedDecisions('STATUS', 'MENUNGGU', 1, oneLevel).map((d) => d.decision)).toEqual(['DILULUSKAN', 'DITOLAK']);
    expect(allowedDecisions('STATUS', 'DILULUSKAN', 1, oneLevel)).toEqual([]);
    expect(allowedDecisions('JUSTIFICATION', 'PERLU_MAKLUMAT', 1, oneLevel)).toEqual([]);
  });

  it('withdrawing, answering again and editing follow the state', () => {
    expect(canWithdraw('STATUS', 'MENUNGGU')).toBe(true);
    expect(canWithdraw('MOVEMENT', 'DILULUSKAN')).toBe(true);
    expect(canWithdraw('HOME', 'DILULUSKAN')).toBe(false);
    expect(canWithdraw('JUSTIFICATION', 'DITERIMA')).toBe(false);
    expect(canWithdraw('JUSTIFICATION', 'PERLU_MAKLUMAT')).toBe(true);
    expect(canWithdraw('STATUS', 'DITOLAK')).toBe(false);
    expect(canAnswer(undefined)).toBe(true);
    expect(canAnswer('PERLU_MAKLUMAT')).toBe(true);
    expect(canAnswer('DIBATALKAN')).toBe(true);
    expect(canAnswer('MENUNGGU')).toBe(false);
    expect(canAnswer('DITOLAK')).toBe(false);
    expect(isEditable('PERLU_MAKLUMAT')).toBe(true);
    expect(isEditable('DITERIMA')).toBe(false);
  });
});
