/** The rules engine's public face: evaluate days, place punches. */
export { evaluateRange } from './evaluate';
export type { DayRecord, EvaluateInput, Issue, IssueCode, MovementInput, PersonInput, PunchInput, RecordStatus, StatusInput } from './types';
