import type { Permission } from '../../domain/policy/permissions';
import type { Role } from '../../domain/policy/roles';

export type Language = 'ms-MY' | 'en-GB';

export type UserSummary = {
  id: string; fullName: string; email: string; nricMasked: string | null; staffNo: string; position: string | null; grade: string | null;
  unitId: string | null; unitName: string | null; supervisorId: string | null; supervisorName: string | null; roles: Role[]; status: 'ACTIVE' | 'INACTIVE';
};

export type UserDetail = UserSummary & {
  phone: string | null; gender: 'L' | 'P' | null; dutyState: string; language: Language; mustChangePassword: boolean; createdAt: string; lastLoginAt: string | null;
};

export type Me = {
  user: UserDetail;
  organisation: { id: string; name: string; code: string; state: string; timeZone: string } | null;
  abilities: Permission[];
  csrfToken: string;
  /** A new email waiting for the link sent to it; `user.email` is in force until then. */
  pendingEmail: string | null;
};

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export type Unit = { id: string; name: string; code: string | null; parentId: string | null; userCount: number };

/** Settings as the server sends them; the settings form reads the keys it knows (features/organisation/settings-form.ts). */
export type Organisation = { id: string; name: string; code: string; state: string; timeZone: string; settings: Record<string, unknown>; onboardedOn: string; active: boolean };

export type Agency = { id: string; name: string; code: string; state: string; timeZone: string; active: boolean; onboardedOn: string; userCount: number };

export type AuditRow = {
  id: number; at: string; actorId: string | null; actorName: string | null; action: string; entityType: string; entityId: string | null;
  targetUserId: string | null; targetName: string | null; ip: string | null; before: unknown; after: unknown;
};

export type SiteShape = { type: 'circle'; centre: { lat: number; lng: number }; radiusMeters: number } | { type: 'polygon'; points: { lat: number; lng: number }[] };
export type Site = { id: string; name: string; address: string | null; shape: SiteShape; active: boolean };
