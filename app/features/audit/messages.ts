/** Strings of the audit log page; wired in as the `audit` key. Every action of domain/audit/actions.ts has a label in both languages. */
export const auditMs = {
  title: 'Log audit', at: 'Masa', actor: 'Pelaku', action: 'Tindakan', entity: 'Entiti', target: 'Tentang', ip: 'Alamat IP', changes: 'Perubahan', filterAction: 'Jenis tindakan',
  empty: 'Tiada rekod audit.', system: 'Sistem', outsider: 'Pengguna di luar organisasi (pentadbir platform)', before: 'Sebelum', after: 'Selepas',
  from: 'Dari tarikh', to: 'Hingga tarikh', personSearch: 'Cari orang', personSearchHint: 'Taip nama atau no. pekerja, kemudian pilih.', person: 'Orang (pelaku atau yang terlibat)',
  anyone: 'Sesiapa', clear: 'Kosongkan tapisan', filters: 'Tapis log audit',
  groups: {
    auth: 'Log masuk', user: 'Pengguna', home_location: 'Lokasi rumah', unit: 'Unit', site: 'Tapak', organisation: 'Organisasi', platform_admin: 'Platform',
    punch: 'Daftar kehadiran', day_status: 'Status kehadiran', movement: 'Pergerakan', justification: 'Justifikasi', approval: 'Kelulusan', task: 'Tugasan', push: 'Pemberitahuan',
  },
  actions: {
    auth_login: 'Log masuk', auth_login_failed: 'Log masuk gagal', auth_logout: 'Log keluar', auth_password_changed: 'Kata laluan ditukar',
    user_created: 'Pengguna ditambah', user_updated: 'Pengguna dikemaskini', user_deactivated: 'Pengguna dinyahaktifkan', user_activated: 'Pengguna diaktifkan',
    user_password_reset: 'Kata laluan diset semula', user_preferences: 'Pilihan bahasa ditukar', user_profile: 'Profil dikemaskini', user_sites: 'Tapak dibenarkan ditukar',
    home_location_registered: 'Lokasi rumah BDR didaftarkan',
    unit_created: 'Unit ditambah', unit_updated: 'Unit dikemaskini', unit_deleted: 'Unit dipadam',
    site_created: 'Tapak ditambah', site_updated: 'Tapak dikemaskini', site_deleted: 'Tapak dipadam',
    organisation_created: 'Organisasi didaftarkan', organisation_updated: 'Tetapan organisasi dikemaskini', organisation_status: 'Status organisasi ditukar',
    platform_admin_created: 'Pentadbir platform ditambah',
    punch_created: 'Daftar masuk/keluar direkod', punch_corrected: 'Daftar tertinggal ditambah oleh pentadbir',
    day_status_created: 'Status kehadiran dimohon', day_status_cancelled: 'Status kehadiran dibatalkan',
    movement_created: 'Pergerakan direkod', movement_returned: 'Kembali dari pergerakan', movement_cancelled: 'Pergerakan dibatalkan',
    justification_sent: 'Justifikasi dihantar', justification_withdrawn: 'Justifikasi ditarik balik', justification_attached: 'Lampiran justifikasi dimuat naik', justification_detached: 'Lampiran justifikasi dibuang',
    approval_diluluskan: 'Permohonan diluluskan', approval_ditolak: 'Permohonan atau justifikasi ditolak', approval_diterima: 'Justifikasi diterima',
    approval_perlu_maklumat: 'Maklumat lanjut diminta', approval_disokong: 'Justifikasi disokong (peringkat pertama)',
    task_created: 'Tugasan ditambah', task_updated: 'Tugasan dikemaskini', task_deleted: 'Tugasan dipadam', task_copied: 'Tugasan disalin dari semalam',
    task_assigned: 'Tugasan diberi oleh penyelia', task_commented: 'Ulasan tugasan', task_day_reviewed: 'Tugasan sehari ditanda disemak', task_day_review_removed: 'Tanda disemak dibuang',
    push_subscribed: 'Peranti didaftarkan untuk pemberitahuan telefon',
  },
  entities: {
    user: 'Pengguna', unit: 'Unit', site: 'Tapak', organisation: 'Organisasi', punch: 'Daftar kehadiran', day_status: 'Status kehadiran', status: 'Status kehadiran',
    movement: 'Pergerakan', home: 'Lokasi rumah', home_location: 'Lokasi rumah', justification: 'Justifikasi', task: 'Tugasan', task_comment: 'Ulasan tugasan',
    task_day_review: 'Semakan tugasan', push_subscription: 'Peranti',
  },
};
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type AuditMessages = Shape<typeof auditMs>;

export const auditEn: AuditMessages = {
  title: 'Audit log', at: 'Time', actor: 'Actor', action: 'Action', entity: 'Entity', target: 'About', ip: 'IP address', changes: 'Changes', filterAction: 'Action type',
  empty: 'No audit records.', system: 'System', outsider: 'User outside the organisation (platform admin)', before: 'Before', after: 'After',
  from: 'From date', to: 'To date', personSearch: 'Search a person', personSearchHint: 'Type a name or staff number, then choose.', person: 'Person (who acted or was concerned)',
  anyone: 'Anyone', clear: 'Clear the filters', filters: 'Filter the audit log',
  groups: {
    auth: 'Sign-in', user: 'Users', home_location: 'Home location', unit: 'Units', site: 'Sites', organisation: 'Organisation', platform_admin: 'Platform',
    punch: 'Attendance punches', day_status: 'Attendance status', movement: 'Movements', justification: 'Justifications', approval: 'Approvals', task: 'Tasks', push: 'Notifications',
  },
  actions: {
    auth_login: 'Logged in', auth_login_failed: 'Failed login', auth_logout: 'Logged out', auth_password_changed: 'Password changed',
    user_created: 'User added', user_updated: 'User updated', user_deactivated: 'User deactivated', user_activated: 'User activated',
    user_password_reset: 'Password reset', user_preferences: 'Language preference changed', user_profile: 'Profile updated', user_sites: 'Allowed sites changed',
    home_location_registered: 'BDR home location registered',
    unit_created: 'Unit added', unit_updated: 'Unit updated', unit_deleted: 'Unit deleted',
    site_created: 'Site added', site_updated: 'Site updated', site_deleted: 'Site deleted',
    organisation_created: 'Organisation onboarded', organisation_updated: 'Organisation settings updated', organisation_status: 'Organisation status changed',
    platform_admin_created: 'Platform administrator added',
    punch_created: 'Check-in/out recorded', punch_corrected: 'Missing punch added by an administrator',
    day_status_created: 'Attendance status requested', day_status_cancelled: 'Attendance status cancelled',
    movement_created: 'Movement recorded', movement_returned: 'Returned from a movement', movement_cancelled: 'Movement cancelled',
    justification_sent: 'Justification sent', justification_withdrawn: 'Justification withdrawn', justification_attached: 'Justification attachment uploaded', justification_detached: 'Justification attachment removed',
    approval_diluluskan: 'Request approved', approval_ditolak: 'Request or justification rejected', approval_diterima: 'Justification accepted',
    approval_perlu_maklumat: 'More information asked for', approval_disokong: 'Justification supported (first level)',
    task_created: 'Task added', task_updated: 'Task updated', task_deleted: 'Task deleted', task_copied: 'Tasks copied from yesterday',
    task_assigned: 'Task assigned by a supervisor', task_commented: 'Task comment', task_day_reviewed: 'Day\'s tasks marked reviewed', task_day_review_removed: 'Reviewed mark removed',
    push_subscribed: 'Device registered for phone notifications',
  },
  entities: {
    user: 'User', unit: 'Unit', site: 'Site', organisation: 'Organisation', punch: 'Attendance punch', day_status: 'Attendance status', status: 'Attendance status',
    movement: 'Movement', home: 'Home location', home_location: 'Home location', justification: 'Justification', task: 'Task', task_comment: 'Task comment',
    task_day_review: 'Task review', push_subscription: 'Device',
  },
};
