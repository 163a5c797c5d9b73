/** The working-time feature's entry for other features and the jobs: the officer-day context and the organisation's schedules. */
export {
  evaluateOfficers as evaluateInContext,
  holidayCalendar,
  latestWindowEnd,
  loadEngineRows,
  loadWorkingTime,
  movementInput,
  organisationSchedules,
  PLACEMENT_MARGIN_DAYS,
  plannedOf,
  punchInput,
  scheduleOfRow,
  statusInput,
  type DayPlan,
  type EngineRows,
  type EvaluatedOfficer,
  type OfficerRef,
  type OrgRef,
  type PlannedSchedule,
  type WorkingTime,
} from './context';
export { timedSchedulesOfAll } from './repo';
