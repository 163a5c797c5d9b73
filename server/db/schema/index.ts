export { organisations } from './organisations';
export { orgUnits } from './org-units';
export { users } from './users';
export { sessions } from './sessions';
export { auditLog } from './audit-log';
export { sites } from './sites';
