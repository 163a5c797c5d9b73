/** The auth feature's entry for other features: ending sessions, account tokens and emails, password checks and hashes. */
export { revokeOrgSessions, revokeUserSessions } from './session-repo';
export { pendingEmailOf, retireAccountTokens } from './account-tokens-repo';
export { createAccountMailer, type AccountMailer } from './account-mail';
export { issueAccountToken, useAccountToken } from './account-tokens';
export { checkCurrentPassword, mayLogIn } from './lockout';
export { hashPassword, temporaryPassword } from './password-hash';
