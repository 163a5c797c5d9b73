/** The approvals feature's entry for other features. */
export { APPROVAL_KINDS, type ApprovalKind } from './repo';
