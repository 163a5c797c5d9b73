/** The auth feature's entry for other features: ending sessions, and the account tokens of an email change. */
export { revokeOrgSessions, revokeUserSessions } from './session-repo';
export { pendingEmailOf, retireAccountTokens } from './account-tokens-repo';
