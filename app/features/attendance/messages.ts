/** The attendance vocabulary shared by the officer's pages; wired in as the `att` key. */
export const attMs = {
  status: {
    HADIR: 'Hadir', TIDAK_HADIR: 'Tidak hadir', CUTI: 'Cuti', CUTI_SAKIT: 'Cuti sakit', KURSUS: 'Kursus', TUGASAN_LUAR: 'Tugasan luar',
    MESYUARAT: 'Mesyuarat', BDR: 'Bekerja dari rumah (BDR)', CUTI_UMUM: 'Cuti umum', HARI_REHAT: 'Hari rehat',
  },
  issue: {
    LEWAT: 'Lewat', BALIK_AWAL: 'Balik awal', TIADA_DAFTAR_KELUAR: 'Tiada daftar keluar', TIADA_DAFTAR_MASUK: 'Tiada daftar masuk',
    TIDAK_HADIR: 'Tidak hadir', LUAR_KAWASAN: 'Luar kawasan',
  },
  issueMinutes: '{{name}} {{duration}}',
  rule: 'Peraturan {{rule}}',
  ruleName: {
    R11: 'Lewat — daftar masuk selepas 09:00', R12: 'Balik awal — daftar keluar sebelum waktu pulang yang ditetapkan',
    R13a: 'Lewat — daftar masuk selepas waktu mula syif atau waktu tetap', R13b: 'Balik awal — daftar keluar sebelum waktu tamat syif atau waktu tetap',
    R21c: 'Tiada daftar keluar — daftar masuk tanpa daftar keluar', R21d: 'Tiada daftar masuk — daftar keluar tanpa daftar masuk',
    R21e: 'Tidak hadir — tiada rekod kehadiran dan tiada status yang diluluskan', R21f: 'Luar kawasan — daftar di luar semua geopagar yang dibenarkan',
  },
  ruleOwn: { R13a: 'waktu bekerja organisasi', R13b: 'waktu bekerja organisasi', R21f: 'dasar geopagar organisasi' },
  place: { SITE: 'Di tapak', HOME: 'Di rumah (BDR)', MOVEMENT: 'Di destinasi pergerakan', OUTSIDE: 'Luar kawasan', NONE: 'Tiada lokasi' },
  flag: { LUAR_KAWASAN: 'Luar kawasan', TIADA_LOKASI: 'Tiada lokasi', KETEPATAN_RENDAH: 'Ketepatan lokasi rendah', KELAJUAN_MUSTAHIL: 'Perjalanan mustahil sejak daftar terakhir' },
  source: { web: 'Web', pwa: 'Aplikasi', device: 'Peranti', import: 'Import', correction: 'Pembetulan pentadbir' },
  state: { MENUNGGU: 'Menunggu kelulusan', DILULUSKAN: 'Diluluskan', DITOLAK: 'Ditolak', DIBATALKAN: 'Dibatalkan' },
  part: { FULL: 'Sehari', AM: 'Separuh hari (pagi)', PM: 'Separuh hari (petang)' },
  card: { KUNING: 'Kuning', HIJAU: 'Hijau', MERAH: 'Merah' },
  cardLabel: 'Kad kehadiran',
  cardMeaningTitle: 'Apa maksud warna kad ini?',
  provisional: 'Sementara — hari belum ditutup',
  notYet: 'Belum direkod',
  worked: 'Masa bekerja',
};
export type AttMessages = { [K in keyof typeof attMs]: (typeof attMs)[K] extends string ? string : { [L in keyof (typeof attMs)[K]]: string } };

export const attEn: AttMessages = {
  status: {
    HADIR: 'Present', TIDAK_HADIR: 'Absent', CUTI: 'Leave', CUTI_SAKIT: 'Sick leave', KURSUS: 'Training', TUGASAN_LUAR: 'Official duty outside',
    MESYUARAT: 'Meeting', BDR: 'Working from home (BDR)', CUTI_UMUM: 'Public holiday', HARI_REHAT: 'Rest day',
  },
  issue: {
    LEWAT: 'Late', BALIK_AWAL: 'Left early', TIADA_DAFTAR_KELUAR: 'No check-out', TIADA_DAFTAR_MASUK: 'No check-in', TIDAK_HADIR: 'Absent', LUAR_KAWASAN: 'Outside area',
  },
  issueMinutes: '{{name}} {{duration}}',
  rule: 'Rule {{rule}}',
  ruleName: {
    R11: 'Late — checked in after 09:00', R12: 'Left early — checked out before the required time',
    R13a: 'Late — checked in after the start of the shift or fixed hours', R13b: 'Left early — checked out before the end of the shift or fixed hours',
    R21c: 'No check-out — checked in but never out', R21d: 'No check-in — checked out without checking in',
    R21e: 'Absent — no record and no approved status', R21f: 'Outside area — punched outside every allowed geofence',
  },
  ruleOwn: { R13a: 'the organisation\'s working hours', R13b: 'the organisation\'s working hours', R21f: 'the organisation\'s geofence policy' },
  place: { SITE: 'At a site', HOME: 'At home (BDR)', MOVEMENT: 'At a movement\'s destination', OUTSIDE: 'Outside area', NONE: 'No location' },
  flag: { LUAR_KAWASAN: 'Outside area', TIADA_LOKASI: 'No location', KETEPATAN_RENDAH: 'Low location accuracy', KELAJUAN_MUSTAHIL: 'Impossible travel since the last punch' },
  source: { web: 'Web', pwa: 'App', device: 'Device', import: 'Import', correction: 'Admin correction' },
  state: { MENUNGGU: 'Waiting for approval', DILULUSKAN: 'Approved', DITOLAK: 'Rejected', DIBATALKAN: 'Withdrawn' },
  part: { FULL: 'Whole day', AM: 'Half day (morning)', PM: 'Half day (afternoon)' },
  card: { KUNING: 'Yellow', HIJAU: 'Green', MERAH: 'Red' },
  cardLabel: 'Attendance card',
  cardMeaningTitle: 'What does this card colour mean?',
  provisional: 'Provisional — the day is not closed yet',
  notYet: 'Not recorded yet',
  worked: 'Time worked',
};
