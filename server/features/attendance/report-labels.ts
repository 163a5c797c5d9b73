import type { Lang } from '../../http/errors';

/** Words of the attendance report, in the reader's language. */
export const REPORT_LABELS = {
  ms: {
    title: 'Laporan Kehadiran', officer: 'Pegawai', staffNo: 'No. pekerja', organisation: 'Organisasi', period: 'Tempoh', generated: 'Dijana',
    date: 'Tarikh', day: 'Hari', status: 'Status', in: 'Masuk', out: 'Keluar', worked: 'Jam bekerja', issues: 'Isu', provisional: 'sementara',
    summary: 'Ringkasan', workingDays: 'Hari bekerja', present: 'Hadir', absent: 'Tidak hadir', late: 'Lewat', early: 'Balik awal', covered: 'Berstatus (cuti, BDR, dll.)',
    sheet: 'Kehadiran',
    todaySoFar: 'Hari ini ({date}) dikira setakat ini dan masih sementara.', notYet: 'Hari selepas {date} belum berlaku: tidak disenaraikan dan tidak dikira.',
    statuses: {
      HADIR: 'Hadir', TIDAK_HADIR: 'Tidak hadir', CUTI: 'Cuti', CUTI_SAKIT: 'Cuti sakit', KURSUS: 'Kursus', TUGASAN_LUAR: 'Tugasan luar', MESYUARAT: 'Mesyuarat',
      BDR: 'BDR', CUTI_UMUM: 'Cuti umum', HARI_REHAT: 'Hari rehat',
    } as Record<string, string>,
    issueNames: {
      LEWAT: 'Lewat', BALIK_AWAL: 'Balik awal', TIADA_DAFTAR_KELUAR: 'Tiada daftar keluar', TIADA_DAFTAR_MASUK: 'Tiada daftar masuk', TIDAK_HADIR: 'Tidak hadir', LUAR_KAWASAN: 'Luar kawasan',
    } as Record<string, string>,
  },
  en: {
    title: 'Attendance Report', officer: 'Officer', staffNo: 'Staff no.', organisation: 'Organisation', period: 'Period', generated: 'Generated',
    date: 'Date', day: 'Day', status: 'Status', in: 'In', out: 'Out', worked: 'Hours worked', issues: 'Issues', provisional: 'provisional',
    summary: 'Summary', workingDays: 'Working days', present: 'Present', absent: 'Absent', late: 'Late', early: 'Left early', covered: 'With a status (leave, BDR, etc.)',
    sheet: 'Attendance',
    todaySoFar: 'Today ({date}) is counted as it is so far and is still provisional.', notYet: 'The days after {date} have not happened yet: they are neither listed nor counted.',
    statuses: {
      HADIR: 'Present', TIDAK_HADIR: 'Absent', CUTI: 'Leave', CUTI_SAKIT: 'Sick leave', KURSUS: 'Training', TUGASAN_LUAR: 'Official duty outside', MESYUARAT: 'Meeting',
      BDR: 'Work from home', CUTI_UMUM: 'Public holiday', HARI_REHAT: 'Rest day',
    } as Record<string, string>,
    issueNames: {
      LEWAT: 'Late', BALIK_AWAL: 'Left early', TIADA_DAFTAR_KELUAR: 'No check-out', TIADA_DAFTAR_MASUK: 'No check-in', TIDAK_HADIR: 'Absent', LUAR_KAWASAN: 'Outside area',
    } as Record<string, string>,
  },
} satisfies Record<Lang, unknown>;
