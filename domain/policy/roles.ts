/** Organisation roles a user can hold; PENTADBIR_SISTEM is platform-level. */
export const ORG_ROLES = ['PEGAWAI', 'PENYELIA', 'EKSEKUTIF', 'PENTADBIR_ORGANISASI'] as const;
export const ROLES = [...ORG_ROLES, 'PENTADBIR_SISTEM'] as const;

export type OrgRole = (typeof ORG_ROLES)[number];
export type Role = (typeof ROLES)[number];
