/** The sites feature's entry for other features. */
export { listSites, presentSite } from './repo';
