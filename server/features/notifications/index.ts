/** The notifications feature's entry for other features and the jobs. */
export { configureOutbound, notify, notifyReviewers, onNewDeliveries, type Notice } from './notify';
export { recipients, type Recipient } from './repo';
export type { Senders } from './senders';
