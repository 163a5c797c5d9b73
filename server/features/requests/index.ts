/** The requests feature's entry for other features: who reviews a waiting request. */
export { REQUEST_TABLE, repointReviewers, routeToReviewers } from './service';
export { assignReviewers, type Assigned, type AssignScope } from './reviewers-repo';
