/** The users feature's entry for other features: finding, creating and updating accounts, login bookkeeping, allowed sites. */
export {
  clearLock,
  clearPasswordFailures,
  factsOf,
  countPasswordFailure,
  emailOrNricTaken,
  findAccount,
  findLoginCandidate,
  findUser,
  insertUser,
  markLoggedIn,
  updateUser,
  type LoginCandidate,
} from './repo';
export { allowedSiteIds } from './allowed-sites-repo';
export { presentUser } from './present';
