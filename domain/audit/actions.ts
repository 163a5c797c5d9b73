/**
 * Every action the server writes to the audit log, as it writes it (`user.created`). The
 * audit page offers each as a filter and shows each in words; a test checks that the
 * server writes no action missing here (server/features/audit/actions.test.ts).
 */
export const AUDIT_ACTIONS = [
  'auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_changed', 'auth.password_failed', 'auth.unlocked',
  'user.created', 'user.updated', 'user.deactivated', 'user.activated', 'user.password_reset', 'user.preferences', 'user.profile', 'user.sites',
  'user.email_change_requested', 'user.email_changed',
  'home_location.registered',
  'unit.created', 'unit.updated', 'unit.deleted',
  'site.created', 'site.updated', 'site.deleted',
  'organisation.created', 'organisation.updated', 'organisation.status', 'platform_admin.created',
  'punch.created', 'punch.corrected',
  'day_status.created', 'day_status.cancelled',
  'movement.created', 'movement.returned', 'movement.cancelled',
  'justification.sent', 'justification.withdrawn', 'justification.attached', 'justification.detached',
  'approval.diluluskan', 'approval.ditolak', 'approval.diterima', 'approval.perlu_maklumat', 'approval.disokong',
  'card.recounted',
  'task.created', 'task.updated', 'task.deleted', 'task.copied', 'task.assigned', 'task.commented', 'task.day_reviewed', 'task.day_review_removed',
  'push.subscribed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit row can be about (`entity_type`), each named on the page. */
export const AUDIT_ENTITIES = [
  'user', 'unit', 'site', 'organisation', 'punch', 'day_status', 'status', 'movement', 'home', 'home_location',
  'justification', 'task', 'task_comment', 'task_day_review', 'push_subscription', 'attendance_card',
] as const;

/** The i18n key of an action's label: i18next reads dots as nesting, so `user.created` → `user_created`. */
export function auditActionSlug(action: string): string {
  return action.replace('.', '_');
}
