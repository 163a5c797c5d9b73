/** The organisation feature's entry for other features (the platform administrator's onboarding, settings readers). */
export { countActiveOrgUsers, findOrg, insertOrg, listOrgs, orgCodeTaken, updateOrg, type OrgRow } from './repo';
