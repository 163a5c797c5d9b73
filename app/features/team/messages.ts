/** Strings of the supervisor's team board; wired in as the `team` key. */
export const teamMs = {
  title: 'Pemantauan pasukan',
  updated: 'Dikemas kini {{time}} · dikemas kini sendiri setiap 30 saat',
  scopeDirect: 'Seliaan langsung',
  scopeAll: 'Semua di bawah saya',
  search: 'Cari nama atau no. pekerja',
  all: 'Semua',
  empty: 'Tiada pegawai di bawah seliaan anda.',
  noMatch: 'Tiada pegawai yang sepadan.',
  state: {
    BELUM_MASUK: 'Belum daftar masuk', DI_PEJABAT: 'Di pejabat', BDR: 'BDR', TUGASAN_LUAR: 'Tugasan luar', CUTI: 'Cuti',
    BERSTATUS: 'Kursus / mesyuarat', KELUAR_PEJABAT: 'Keluar pejabat', SUDAH_PULANG: 'Sudah pulang', HARI_REHAT: 'Hari rehat',
  },
  in: 'Masuk {{time}}',
  out: 'Keluar {{time}}',
  late: 'Lewat {{duration}}',
  to: 'ke {{place}}',
  calendar: 'Kalendar bulanan {{name}}',
  pendingMovement: 'Pergerakan menunggu kelulusan: {{from}}–{{to}} ke {{place}}',
};
export type TeamMessages = { [K in keyof typeof teamMs]: (typeof teamMs)[K] extends string ? string : { [L in keyof (typeof teamMs)[K]]: string } };

export const teamEn: TeamMessages = {
  title: 'Team board',
  updated: 'Updated {{time}} · refreshes by itself every 30 seconds',
  scopeDirect: 'Direct reports',
  scopeAll: 'Everyone under me',
  search: 'Search a name or staff number',
  all: 'All',
  empty: 'No officers report to you.',
  noMatch: 'No officer matches.',
  state: {
    BELUM_MASUK: 'Not clocked in', DI_PEJABAT: 'In the office', BDR: 'Working from home', TUGASAN_LUAR: 'Official duty outside', CUTI: 'On leave',
    BERSTATUS: 'Training / meeting', KELUAR_PEJABAT: 'Out of the office', SUDAH_PULANG: 'Gone home', HARI_REHAT: 'Rest day',
  },
  in: 'In {{time}}',
  out: 'Out {{time}}',
  late: 'Late by {{duration}}',
  to: 'to {{place}}',
  calendar: 'Month calendar of {{name}}',
  pendingMovement: 'Movement waiting for approval: {{from}}–{{to}} to {{place}}',
};
