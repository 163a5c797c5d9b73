/** The attendance feature's entry for other features and the jobs: officers, the engine's inputs, and the stored day. */
export { officerBasics, type MovementRow, type Officer, type StatusRow } from './repo';
export { evaluateOfficerDays, officerMonth, presentMovement, presentStatus } from './evaluation';
export { punchReading, type PunchReading } from './next-punch';
export { REPORT_LABELS } from './report-labels';
export { CLOSE_CHUNK, evaluateOfficers, evaluateUsers, reevaluateIfClosed, storeDays, type EvaluatedDay } from './day-store';
export { isClosedFor, officersAfter, officersByIds } from './day-store-repo';
