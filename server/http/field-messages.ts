import { z } from 'zod';
import type { FieldError, Lang } from './errors';

/**
 * Messages of our own refinements, by key. A schema writes the key as its message
 * (`.refine(isValidNric, 'nric.invalid')`); the error handler renders it in the
 * caller's language. Zod's own checks are rendered with zod's ms / en locales.
 */
export const FIELD_MESSAGES: Record<string, { ms: string; en: string }> = {
  'nric.invalid': {
    ms: 'No. MyKad tidak sah (12 digit, tarikh lahir dan kod negeri yang sah).',
    en: 'Invalid MyKad number (12 digits, a valid birth date and place code).',
  },
  'state.invalid': { ms: 'Kod negeri tidak sah (MY-01 hingga MY-16).', en: 'Invalid state code (MY-01 to MY-16).' },
  'timezone.invalid': { ms: 'Zon waktu tidak dikenali.', en: 'Unknown time zone.' },
  'password.TOO_SHORT': { ms: 'Kata laluan mesti sekurang-kurangnya 10 aksara.', en: 'The password must be at least 10 characters.' },
  'password.SAME_AS_LOGIN': { ms: 'Kata laluan tidak boleh sama dengan ID log masuk.', en: 'The password must not be your login ID.' },
  'password.TOO_COMMON': { ms: 'Kata laluan ini terlalu biasa digunakan.', en: 'This password is too common.' },
  'password.SAME_AS_CURRENT': { ms: 'Kata laluan baharu mesti berbeza daripada kata laluan semasa.', en: 'The new password must differ from the current one.' },
  'password.wrong': { ms: 'Kata laluan semasa tidak betul.', en: 'The current password is not correct.' },
  'supervisor.cycle': { ms: 'Penyelia ini berada di bawah seliaan pengguna ini.', en: 'This supervisor reports to this user.' },
  'file.empty': { ms: 'Fail kosong.', en: 'The file is empty.' },
  'file.tooLarge': { ms: 'Fail melebihi had 5 MB.', en: 'The file is larger than 5 MB.' },
  'file.type': {
    ms: 'Hanya PDF, JPEG, PNG atau WebP diterima, dan kandungan fail mesti sepadan dengan jenisnya.',
    en: "Only PDF, JPEG, PNG or WebP are accepted, and the file's content must match its type.",
  },
  'file.name': { ms: 'Nama fail (pengepala X-File-Name) tiada atau terlalu panjang.', en: 'The file name (X-File-Name header) is missing or too long.' },
  'supervisor.self': { ms: 'Pengguna tidak boleh menyelia dirinya sendiri.', en: 'A user cannot supervise themself.' },
  'supervisor.inactive': { ms: 'Penyelia ini tidak aktif dan tidak boleh menyemak permohonan.', en: 'This supervisor is inactive and cannot review requests.' },
  'supervisor.notFound': { ms: 'Penyelia tidak dijumpai dalam organisasi ini.', en: 'Supervisor not found in this organisation.' },
  'unit.notFound': { ms: 'Unit tidak dijumpai dalam organisasi ini.', en: 'Unit not found in this organisation.' },
  'unit.cycle': { ms: 'Unit induk tidak boleh unit itu sendiri atau sub-unitnya.', en: 'The parent cannot be the unit itself or one of its sub-units.' },
  'roles.empty': { ms: 'Pilih sekurang-kurangnya satu peranan.', en: 'Choose at least one role.' },
  'email.taken': { ms: 'E-mel ini sudah digunakan.', en: 'This email is already in use.' },
  'email.unavailable': {
    ms: 'E-mel ini tidak boleh digunakan. Semak semula atau hubungi pihak sokongan.',
    en: 'This email cannot be used; check it or contact support.',
  },
  'nric.unavailable': {
    ms: 'No. MyKad ini tidak boleh digunakan. Semak semula atau hubungi pihak sokongan.',
    en: 'This MyKad number cannot be used; check it or contact support.',
  },
  'password.required': { ms: 'Masukkan kata laluan semasa untuk menukar e-mel.', en: 'Enter your current password to change your email.' },
  'nric.taken': { ms: 'No. MyKad ini sudah didaftarkan.', en: 'This MyKad number is already registered.' },
  'staffNo.taken': { ms: 'No. pekerja ini sudah digunakan.', en: 'This staff number is already in use.' },
  'code.taken': { ms: 'Kod ini sudah digunakan.', en: 'This code is already in use.' },
  'phone.invalid': {
    ms: 'No. telefon hanya boleh mengandungi digit, +, -, ruang dan kurungan.',
    en: 'A phone number may only hold digits, +, -, spaces and brackets.',
  },
  'site.notFound': { ms: 'Tapak tidak dijumpai dalam organisasi ini.', en: 'Site not found in this organisation.' },
  'decision.notForKind': { ms: 'Keputusan ini tidak sah untuk jenis permohonan ini.', en: 'This decision does not apply to this kind of request.' },
  'at.future': { ms: 'Masa ini belum berlaku.', en: 'This time is in the future.' },
  'status.outsideDutyOnly': { ms: 'Hanya untuk status Tugasan Luar.', en: 'Only for the Tugasan Luar (outside duty) status.' },
  'date.past': { ms: 'Tarikh tidak boleh sebelum hari ini.', en: 'The date cannot be before today.' },
  'date.future': { ms: 'Tarikh ini belum tiba.', en: 'This date is in the future.' },
  'date.tooFar': { ms: 'Tarikh terlalu jauh ke hadapan.', en: 'The date is too far ahead.' },
  'range.order': { ms: 'Tarikh akhir mesti selepas tarikh mula.', en: 'The end must be after the start.' },
  'range.tooLong': { ms: 'Julat tarikh terlalu panjang (maksimum 366 hari).', en: 'The date range is too long (366 days at most).' },
  'return.beforeLeave': { ms: 'Masa kembali mesti selepas masa keluar.', en: 'The return must be after leaving.' },
  'movement.otherDay': { ms: 'Masa keluar dan kembali mesti pada hari yang sama.', en: 'Leaving and return must be on the same day.' },
  'month.invalid': { ms: 'Bulan tidak sah (YYYY-MM).', en: 'Invalid month (YYYY-MM).' },
  'date.invalid': { ms: 'Tarikh tidak sah (YYYY-MM-DD).', en: 'Invalid date (YYYY-MM-DD).' },
  'range.tooLongMonth': { ms: 'Julat tarikh terlalu panjang (maksimum 31 hari).', en: 'The date range is too long (31 days at most).' },
  'time.invalid': { ms: 'Masa tidak sah (HH:MM).', en: 'Invalid time (HH:MM).' },
  'time.pair': { ms: 'Isi kedua-dua masa mula dan masa tamat.', en: 'Fill in both the start and the end time.' },
  'time.order': { ms: 'Masa tamat mesti selepas masa mula.', en: 'The end time must be after the start time.' },
  'task.timeBoth': {
    ms: 'Isi sama ada tempoh (minit) atau masa mula dan tamat, bukan kedua-duanya.',
    en: 'Give either the time spent (minutes) or a start and end time, not both.',
  },
  'task.weekOrRange': { ms: 'Nyatakan minggu, atau tarikh mula dan tarikh akhir.', en: 'Give a week, or a start and an end date.' },
  'push.endpoint': {
    ms: 'Alamat ini bukan perkhidmatan push yang dikenali (https, port 443).',
    en: 'This address is not a known push service (https, port 443).',
  },
  'push.p256dh': { ms: 'Kunci peranti tidak sah (titik P-256 tak termampat, base64url).', en: 'Invalid device key (an uncompressed P-256 point, base64url).' },
  'push.auth': { ms: 'Rahsia pengesahan tidak sah (16 bait, base64url).', en: 'Invalid authentication secret (16 bytes, base64url).' },
  'text.invalidCharacters': {
    ms: 'Teks ini mengandungi aksara yang tidak dibenarkan (aksara NUL atau aksara Unicode yang tidak lengkap).',
    en: 'This text holds characters that are not allowed (a NUL character or an incomplete Unicode character).',
  },
  'patch.empty': { ms: 'Tiada apa-apa untuk diubah: hantar sekurang-kurangnya satu medan.', en: 'Nothing to change: send at least one field.' },
  'date.outOfRange': { ms: 'Tarikh di luar julat yang diterima (tahun 2000 hingga 2099).', en: 'The date is outside the accepted range (years 2000 to 2099).' },
  'instant.outOfRange': { ms: 'Masa di luar julat (tahun 0001 hingga 9999).', en: 'The time is out of range (years 0001 to 9999).' },
  'schedule.notFound': { ms: 'Jadual waktu kerja tidak dijumpai dalam organisasi ini.', en: 'Work schedule not found in this organisation.' },
  'schedule.inactive': { ms: 'Jadual waktu kerja ini tidak aktif.', en: 'This work schedule is inactive.' },
  'schedule.fieldNotForType': {
    ms: 'Medan ini tiada pada jenis jadual ini (WBF: nama dan tempoh ihsan; Tetap: tiada margin syif).',
    en: 'This field does not apply to this type of schedule (WBF: name and grace only; fixed: no shift margins).',
  },
  'pattern.notFound': { ms: 'Corak kerja tidak dijumpai dalam organisasi ini.', en: 'Work pattern not found in this organisation.' },
  'pattern.inactive': { ms: 'Corak kerja ini tidak aktif.', en: 'This work pattern is inactive.' },
  'user.notFound': { ms: 'Pengguna tidak dijumpai dalam organisasi ini.', en: 'User not found in this organisation.' },
  'assignment.scheduleOrPattern': {
    ms: 'Nyatakan sama ada jadual (scheduleId) atau corak (patternId), bukan kedua-duanya.',
    en: 'Give either a schedule (scheduleId) or a pattern (patternId), not both.',
  },
  'assignment.userOrUnit': {
    ms: 'Nyatakan pegawai (userId) atau unit (unitId), bukan kedua-duanya.',
    en: 'Give an officer (userId) or a unit (unitId), not both.',
  },
  'task.copyOrder': { ms: 'Tarikh tujuan mesti selepas tarikh asal.', en: 'The target date must be after the source date.' },
};

const locales = { ms: z.locales.ms(), en: z.locales.en() };

type IssueLike = { code: string; message: string; path: string; params: Record<string, unknown> };

export function renderFieldMessage(issue: IssueLike, lang: Lang): FieldError {
  const own = FIELD_MESSAGES[issue.message];
  if (own) return { path: issue.path, message: own[lang] };
  if (issue.code === 'custom') return { path: issue.path, message: issue.message };
  const rendered = locales[lang].localeError({ ...issue.params, code: issue.code, path: [], message: issue.message } as never);
  const message = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
  return { path: issue.path, message };
}

export function translateKey(key: string, lang: Lang): string {
  return FIELD_MESSAGES[key]?.[lang] ?? key;
}
