/** The approvals feature's entry for other features. */
export { APPROVAL_KINDS, findRequest, type ApprovalKind, type FoundRequest } from './repo';
