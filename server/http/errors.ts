/**
 * The one error catalogue: every error the API answers has a code from here,
 * an HTTP status, and a message in both languages.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, ms: 'Maklumat yang dihantar tidak sah.', en: 'The submitted data is not valid.' },
  PASSWORD_POLICY: { status: 400, ms: 'Kata laluan baharu tidak memenuhi dasar kata laluan.', en: 'The new password does not meet the password policy.' },
  LINK_INVALID: {
    status: 400,
    ms: 'Pautan ini tidak sah, sudah digunakan atau telah tamat tempoh.',
    en: 'This link is not valid, has already been used or has expired.',
  },
  WRONG_PASSWORD: { status: 400, ms: 'Kata laluan semasa tidak betul.', en: 'The current password is not correct.' },
  SUPERVISOR_CYCLE: { status: 400, ms: 'Penyelia ini akan membentuk kitaran penyeliaan.', en: 'This supervisor would create a supervision cycle.' },
  UNIT_CYCLE: {
    status: 400,
    ms: 'Unit tidak boleh diletakkan di bawah dirinya sendiri atau sub-unitnya.',
    en: 'A unit cannot be placed under itself or one of its sub-units.',
  },
  UNAUTHENTICATED: { status: 401, ms: 'Sila log masuk.', en: 'Please log in.' },
  METRICS_TOKEN_INVALID: { status: 401, ms: 'Token metrik tiada atau tidak sah.', en: 'The metrics token is missing or not valid.' },
  INVALID_CREDENTIALS: {
    status: 401,
    ms: 'ID pengguna atau kata laluan tidak betul. Selepas 5 percubaan gagal, akaun dikunci selama 15 minit dan pemiliknya menerima e-mel untuk membukanya.',
    en: 'Incorrect user ID or password. After 5 failed attempts the account is locked for 15 minutes and its owner is emailed a link to unlock it.',
  },
  FORBIDDEN: { status: 403, ms: 'Anda tidak mempunyai kebenaran untuk tindakan ini.', en: 'You do not have permission for this action.' },
  CSRF_INVALID: {
    status: 403,
    ms: 'Token keselamatan (CSRF) tiada atau tidak sah. Muat semula halaman.',
    en: 'Security token (CSRF) missing or invalid. Reload the page.',
  },
  ORIGIN_MISMATCH: { status: 403, ms: 'Permintaan dari asal yang tidak dibenarkan.', en: 'Request from a disallowed origin.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, ms: 'Anda perlu menukar kata laluan sementara dahulu.', en: 'You must change your temporary password first.' },
  ACCOUNT_INACTIVE: {
    status: 403,
    ms: 'Akaun ini tidak aktif. Hubungi pentadbir organisasi.',
    en: 'This account is inactive. Contact your organisation administrator.',
  },
  NOT_FOUND: { status: 404, ms: 'Rekod tidak dijumpai.', en: 'Record not found.' },
  CONFLICT: { status: 409, ms: 'Rekod bercanggah dengan rekod sedia ada.', en: 'The record conflicts with an existing one.' },
  EMAIL_TAKEN: { status: 409, ms: 'E-mel ini sudah digunakan.', en: 'This email is already in use.' },
  NRIC_TAKEN: { status: 409, ms: 'No. MyKad ini sudah didaftarkan.', en: 'This MyKad number is already registered.' },
  STAFF_NO_TAKEN: { status: 409, ms: 'No. pekerja ini sudah digunakan dalam organisasi.', en: 'This staff number is already used in the organisation.' },
  ORG_CODE_TAKEN: { status: 409, ms: 'Kod agensi ini sudah digunakan.', en: 'This agency code is already in use.' },
  USER_HAS_REPORTS: {
    status: 409,
    ms: 'Pengguna ini masih menyelia pegawai aktif. Tukar penyelia mereka dahulu supaya permohonan mereka ada penyemak.',
    en: 'This user still supervises active officers. Change their supervisor first, so their requests have a reviewer.',
  },
  UNIT_NOT_EMPTY: { status: 409, ms: 'Unit ini masih mempunyai sub-unit atau pengguna.', en: 'This unit still has sub-units or users.' },
  PUNCH_OUTSIDE_SITE: {
    status: 422,
    ms: 'Anda berada di luar kawasan yang dibenarkan. Organisasi anda tidak menerima daftar kehadiran dari luar kawasan.',
    en: 'You are outside the permitted area. Your organisation does not accept punches from outside it.',
  },
  PUNCH_LOCATION_REQUIRED: {
    status: 422,
    ms: 'Lokasi diperlukan untuk mendaftar kehadiran. Benarkan akses lokasi dan cuba lagi.',
    en: 'A location is required to punch. Allow location access and try again.',
  },
  MOVEMENT_CAP_EXCEEDED: {
    status: 422,
    ms: 'Jumlah keluar pejabat pada tarikh itu melebihi had harian.',
    en: 'Time out of the office on that date exceeds the daily limit.',
  },
  MOVEMENT_OUTSIDE_HOURS: {
    status: 422,
    ms: 'Pergerakan mesti dalam waktu bekerja tarikh itu.',
    en: 'A movement must lie within the working hours of its date.',
  },
  STATUS_CLASH: {
    status: 409,
    ms: 'Sudah ada status kehadiran untuk tarikh dan bahagian hari ini.',
    en: 'There is already an attendance status for this date and part of the day.',
  },
  NOT_PENDING: { status: 409, ms: 'Rekod ini tidak lagi menunggu keputusan.', en: 'This record is no longer waiting for a decision.' },
  TASK_DAY_NOT_ENDED: {
    status: 422,
    ms: 'Tugasan sesuatu hari hanya boleh ditanda disemak selepas hari itu berakhir.',
    en: "A day's tasks can be marked reviewed only once the day has ended.",
  },
  TASK_ASSIGNED: {
    status: 409,
    ms: 'Tugasan ini diberikan oleh penyelia: ia tidak boleh dipadam, dan hanya kemajuan serta masanya boleh diubah.',
    en: 'This task was assigned by a supervisor: it cannot be deleted, and only its progress and time can be changed.',
  },
  PUNCH_DUPLICATE: {
    status: 409,
    ms: 'Daftar yang sama (pegawai, masa dan jenis) sudah direkod.',
    en: 'The same punch (officer, time and kind) is already recorded.',
  },
  SCHEDULE_IN_USE: {
    status: 409,
    ms: 'Jadual waktu kerja ini digunakan oleh corak, penugasan atau jadual giliran. Nyahaktifkan jadual ini sebagai ganti.',
    en: 'This work schedule is used by a pattern, an assignment or a roster. Deactivate it instead.',
  },
  PATTERN_IN_USE: {
    status: 409,
    ms: 'Corak kerja ini digunakan oleh penugasan. Nyahaktifkan corak ini sebagai ganti.',
    en: 'This work pattern is used by an assignment. Deactivate it instead.',
  },
  ASSIGNMENT_OVERLAP: {
    status: 409,
    ms: 'Penugasan waktu kerja lain pada peringkat yang sama bertindih dengan tarikh ini. Tamatkan penugasan itu dahulu.',
    en: 'Another working-time assignment at the same level overlaps these dates. End that assignment first.',
  },
  SITE_IN_USE: {
    status: 409,
    ms: 'Tapak ini telah digunakan dalam rekod kehadiran. Nyahaktifkan tapak ini sebagai ganti.',
    en: 'This site is used by attendance records. Deactivate it instead.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    ms: 'Akaun dikunci selama 15 minit kerana terlalu banyak percubaan gagal.',
    en: 'Account locked for 15 minutes after too many failed attempts.',
  },
  RATE_LIMITED: { status: 429, ms: 'Terlalu banyak permintaan. Cuba sebentar lagi.', en: 'Too many requests. Try again shortly.' },
  INTERNAL: { status: 500, ms: 'Ralat dalaman. Sila cuba lagi.', en: 'Internal error. Please try again.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    ms: 'Pangkalan data tidak dapat dihubungi buat sementara. Cuba lagi sebentar lagi.',
    en: 'The database cannot be reached for the moment. Try again shortly.',
  },
  SHUTTING_DOWN: { status: 503, ms: 'Pelayan sedang dimulakan semula. Cuba lagi sebentar lagi.', en: 'The server is restarting. Try again shortly.' },
  DATABASE_BUSY: {
    status: 503,
    ms: 'Sistem terlalu sibuk untuk menjawab sekarang. Cuba lagi sebentar lagi.',
    en: 'The system is too busy to answer now. Try again shortly.',
  },
} as const satisfies Record<string, { status: number; ms: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: { fields?: FieldError[] } & Record<string, unknown>,
  ) {
    super(ERRORS[code].en);
    this.status = ERRORS[code].status;
  }
}

/** Shorthand for a 400 naming one field. */
export function fieldError(code: ErrorCode, path: string, message: string): AppError {
  return new AppError(code, { fields: [{ path, message }] });
}

export type Lang = 'ms' | 'en';

export function errorBody(code: ErrorCode, lang: Lang, details?: Record<string, unknown>) {
  return { error: { code, message: ERRORS[code][lang], ...(details ? { details } : {}) } };
}
