/** The rules engine's public face: evaluate days, read what the next punch will be. */
export { evaluateRange } from './evaluate';
export { nextPunchKind, type NextPunchInput } from './next-punch';
export type { DayRecord, EvaluateInput, Issue, IssueCode, MovementInput, PersonInput, PunchInput, RecordStatus, StatusInput } from './types';
