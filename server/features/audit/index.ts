/** The audit feature's entry for other features: every write that matters leaves its row through here. */
export { recordAudit, type AuditEntry } from './repo';
