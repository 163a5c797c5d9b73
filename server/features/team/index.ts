/** The team feature's entry for other features: who is under a supervisor. */
export { subtreeCte, teamOf, type TeamMember } from './repo';
