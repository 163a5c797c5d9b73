import { accountMs } from '../features/auth/messages';
import { auditMs } from '../features/audit/messages';
import { issuesMs } from '../features/issues/messages';
import { notificationsMs } from '../features/notifications/messages';
import { teamCardsMs } from '../features/team/cards-messages';
import { reviewReportMs } from '../features/review-report/messages';
import { teamMs } from '../features/team/messages';
import { approvalsMs } from '../features/approvals/messages';
import { attMs } from '../features/attendance/messages';
import { myAttMs } from '../features/attendance/page-messages';
import { clockMs } from '../features/clock/messages';
import { dayStatusMs } from '../features/day-status/messages';
import { movementsMs } from '../features/movements/messages';
import { tasksMs } from '../features/tasks/messages';
import { taskReviewMs } from '../features/task-review/messages';
import { homeTodayMs } from '../features/home/messages';
import { shellMs } from '../layout/shell-messages';
/** Bahasa Melayu: the default language. Every user-facing string lives here and in en-GB.ts. */
export const msMY = {
  app: { name: 'SPOT-Me', tagline: 'Sistem Pemantauan Operasi Tugas Pegawai', official: 'Laman web rasmi Kerajaan Malaysia', skip: 'Langkau ke kandungan utama',
    updateReady: 'Versi baharu SPOT-Me tersedia.', reload: 'Muat semula' },
  lang: { label: 'Bahasa', ms: 'BM', en: 'EN', msName: 'Bahasa Melayu', enName: 'English' },
  masthead: {
    howToKnow: 'Ini cara anda mengetahuinya', officialTitle: 'Laman web rasmi kerajaan berakhir dengan .gov.my',
    officialBody: 'Jika pautan tidak berakhir dengan .gov.my, keluar dari laman web itu dan jangan kongsi sebarang maklumat.',
    secureTitle: 'Laman web yang selamat menggunakan HTTPS',
    secureBody: 'Cari ikon kunci atau https:// sebagai langkah berjaga-jaga tambahan. Jika tiada, jangan kongsi sebarang maklumat sensitif.',
  },
  nav: { groupMine: 'Saya', groupTeam: 'Pasukan', groupReports: 'Laporan', groupAdmin: 'Pentadbiran', home: 'Utama', clock: 'Daftar kehadiran', myAttendance: 'Kehadiran saya', issues: 'Isu kehadiran', dayStatus: 'Status kehadiran', movements: 'Pergerakan', tasks: 'Tugasan harian', team: 'Pemantauan', approvals: 'Kelulusan', users: 'Pengguna', units: 'Unit', organisation: 'Tetapan organisasi', sites: 'Tapak', audit: 'Log audit', agencies: 'Agensi', profile: 'Profil', logout: 'Log keluar', menu: 'Menu' },
  common: {
    loading: 'Memuatkan…', save: 'Simpan', saving: 'Menyimpan…', cancel: 'Batal', close: 'Tutup', edit: 'Kemaskini', delete: 'Padam', search: 'Cari',
    confirm: 'Sahkan', all: 'Semua', none: 'Tiada', previous: 'Sebelumnya', next: 'Seterusnya', retry: 'Cuba lagi', create: 'Tambah', yes: 'Ya', no: 'Tidak',
    pageOf: 'Halaman {{page}} daripada {{pages}} · {{total}} rekod', empty: 'Tiada rekod.', error: 'Ralat: {{message}}', actions: 'Tindakan',
    copy: 'Salin', copied: 'Disalin', pagination: 'Penomboran halaman', loadFailed: 'Maklumat tidak dapat dimuatkan.',
  },
  roles: { PEGAWAI: 'Pegawai', PENYELIA: 'Penyelia', EKSEKUTIF: 'Eksekutif', PENTADBIR_ORGANISASI: 'Pentadbir Organisasi', PENTADBIR_SISTEM: 'Pentadbir Sistem' },
  status: { ACTIVE: 'Aktif', INACTIVE: 'Tidak aktif' },
  gender: { L: 'Lelaki', P: 'Perempuan' },
  login: {
    title: 'Log masuk', intro: 'Log masuk dengan e-mel atau No. MyKad anda.', login: 'E-mel atau No. MyKad', password: 'Kata laluan',
    submit: 'Log masuk', submitting: 'Sedang log masuk…', firstTime: 'Kali pertama? Gunakan kata laluan sementara daripada pentadbir organisasi anda.',
    expired: 'Sesi anda telah tamat. Sila log masuk semula.',
  },
  password: {
    title: 'Tukar kata laluan', forcedIntro: 'Anda log masuk dengan kata laluan sementara. Sila tetapkan kata laluan baharu sebelum meneruskan.',
    current: 'Kata laluan semasa', new: 'Kata laluan baharu', confirm: 'Sahkan kata laluan baharu', mismatch: 'Kata laluan tidak sepadan.',
    policy: 'Sekurang-kurangnya 10 aksara, bukan ID log masuk anda dan bukan kata laluan yang biasa digunakan.', submit: 'Tukar kata laluan', done: 'Kata laluan telah ditukar.',
  },
  home: {
    greeting: 'Selamat datang, {{name}}', today: 'Hari ini', yourRoles: 'Peranan anda', whatYouCanDo: 'Apa yang boleh anda lakukan',
    profileCard: 'Profil dan bahasa', profileDesc: 'Lihat maklumat anda, tukar bahasa dan kata laluan.',
    usersCard: 'Pengurusan pengguna', usersDesc: 'Tambah, kemaskini dan nyahaktifkan pengguna; tetapkan peranan, unit dan penyelia.',
    unitsCard: 'Struktur organisasi', unitsDesc: 'Urus bahagian dan unit di bawahnya.',
    orgCard: 'Tetapan organisasi', orgDesc: 'Tahap semakan, tempoh ihsan, dasar geopagar dan lain-lain.',
    sitesCard: 'Tapak dan geopagar', sitesDesc: 'Tetapkan pejabat dan lokasi kerja (bulatan atau poligon) untuk pendaftaran kehadiran.',
    auditCard: 'Log audit', auditDesc: 'Siapa melakukan apa, bila dan dari mana.',
    agenciesCard: 'Agensi', agenciesDesc: 'Senarai agensi, daftar agensi baharu dan pentadbir pertamanya.',
    comingTitle: 'Belum tersedia dalam keluaran ini',
    clockCard: 'Daftar masuk / keluar', clockDesc: 'Rekod kehadiran dengan lokasi anda; lihat status hari ini dan waktu pulang.',
    myAttendanceCard: 'Kehadiran saya', myAttendanceDesc: 'Kalendar bulanan, butiran setiap hari, warna kad dan laporan PDF/XLSX/CSV.',
    issuesCard: 'Isu kehadiran', issuesDesc: 'Isu hari yang telah ditutup dan peraturan di sebaliknya; beri justifikasi kepada penyelia.',
    dayStatusCard: 'Status kehadiran', dayStatusDesc: 'BDR, tugasan luar, kursus, mesyuarat atau cuti untuk hari ini atau akan datang.',
    movementsCard: 'Pergerakan', movementsDesc: 'Rekod keluar pejabat dalam waktu bekerja dan masa kembali.',
    teamCard: 'Pemantauan pasukan', teamDesc: 'Status semasa pegawai di bawah seliaan anda: di pejabat, BDR, cuti, keluar pejabat, sudah pulang.',
    approvalsCard: 'Kelulusan', approvalsDesc: 'Luluskan atau tolak status, pergerakan dan lokasi rumah pegawai di bawah seliaan anda.',
    tasksCard: 'Tugasan harian', tasksDesc: 'Catat tugasan dan kemajuannya mengikut minggu.',
    soonReports: 'Papan pemuka, statistik dan laporan kehadiran organisasi.',
    unit: 'Unit', supervisor: 'Penyelia', position: 'Jawatan', organisation: 'Organisasi',
  },
  users: {
    sites: 'Tapak dibenarkan', sitesTitle: 'Tapak dibenarkan: {{name}}', sitesIntro: 'Pilih tapak yang pegawai ini boleh mendaftar kehadiran. Jika tiada dipilih, semua tapak aktif organisasi dibenarkan.',
    sitesNone: 'Organisasi belum mempunyai tapak.', sitesAll: 'Tiada dipilih: semua tapak aktif dibenarkan.', sitesSome: '{{count}} tapak dipilih.', sitesSaved: 'Tapak dibenarkan untuk {{name}} disimpan.',
    missingPunch: 'Tambah daftar tertinggal', missingPunchTitle: 'Daftar tertinggal: {{name}}', missingPunchSave: 'Tambah daftar',
    missingPunchIntro: 'Tambah daftar masuk atau keluar yang tidak dapat dibuat oleh pegawai. Tindakan ini diaudit dan hari itu dinilai semula.',
    missingPunchAt: 'Tarikh dan masa', missingPunchKind: 'Jenis', missingPunchReason: 'Sebab', missingPunchReasonHint: 'Sekurang-kurangnya 5 aksara; disimpan bersama daftar.',
    missingPunchDone: 'Daftar ditambah. {{date}} kini: {{status}}.',
    missingPunchExisting: 'Daftar sedia ada: {{kind}} pada {{time}} ({{source}}). Tiada daftar baharu ditambah.',
    title: 'Pengguna', new: 'Tambah pengguna', searchPlaceholder: 'Nama, e-mel atau no. pekerja', filterUnit: 'Unit', filterRole: 'Peranan', filterStatus: 'Status',
    fullName: 'Nama penuh', nric: 'No. MyKad', staffNo: 'No. pekerja', email: 'E-mel', phone: 'No. telefon', position: 'Jawatan', grade: 'Gred',
    gender: 'Jantina', unit: 'Unit', supervisor: 'Penyelia', dutyState: 'Negeri bertugas', roles: 'Peranan', language: 'Bahasa', status: 'Status',
    noUnit: 'Tiada unit', noSupervisor: 'Tiada penyelia', supervisorSearch: 'Cari penyelia…', supervisorSearchHint: 'Taip nama atau no. pekerja, kemudian pilih.', editTitle: 'Kemaskini pengguna', createTitle: 'Tambah pengguna',
    created: '{{name}} telah ditambah.', saved: 'Perubahan kepada {{name}} telah disimpan.',
    deactivated: '{{name}} telah dinyahaktifkan.', activated: '{{name}} telah diaktifkan semula.',
    tempPasswordTitle: 'Kata laluan sementara', tempPasswordIntro: 'Berikan kata laluan ini kepada {{name}}. Ia dipaparkan sekali sahaja dan mesti ditukar semasa log masuk pertama.',
    deactivate: 'Nyahaktif', activate: 'Aktifkan', resetPassword: 'Set semula kata laluan',
    confirmDeactivate: 'Nyahaktifkan {{name}}? Semua sesi log masuk pengguna ini akan ditamatkan serta-merta.',
    confirmActivate: 'Aktifkan semula {{name}}?', confirmReset: 'Jana kata laluan sementara baharu untuk {{name}}? Kata laluan semasa tidak lagi boleh digunakan.',
    empty: 'Tiada pengguna sepadan dengan carian.', nricHint: '12 digit, contoh 900101-14-5678', mustChange: 'Perlu tukar kata laluan',
  },
  units: {
    title: 'Struktur organisasi', new: 'Tambah unit', name: 'Nama unit', code: 'Kod', parent: 'Di bawah', topLevel: '— Peringkat teratas —',
    users_one: '{{count}} pengguna', users_other: '{{count}} pengguna', confirmDelete: 'Padam {{name}}?', notEmpty: '{{name}} tidak boleh dipadam kerana masih mempunyai sub-unit atau pengguna. Pindahkan mereka ke unit lain dahulu.',
    saved: '{{name}} telah disimpan.', deleted: '{{name}} telah dipadam.',
    empty: 'Belum ada unit. Tambah bahagian pertama.', editTitle: 'Kemaskini unit', createTitle: 'Tambah unit',
  },
  org: {
    title: 'Tetapan organisasi', name: 'Nama organisasi', code: 'Kod', state: 'Negeri ibu pejabat', timeZone: 'Zon waktu', onboardedOn: 'Tarikh mula',
    reviewLevels: 'Tahap semakan justifikasi', reviewOne: '1 tahap (penyelia)', reviewTwo: '2 tahap (penyemak, kemudian pengesah)',
    graceMinutes: 'Tempoh ihsan (minit)', geofencePolicy: 'Rekod di luar geopagar', geofenceFlag: 'Terima dan tandakan', geofenceBlock: 'Tolak',
    punchWithoutLocation: 'Rekod tanpa lokasi', withoutAccept: 'Terima dan tandakan', withoutRefuse: 'Tolak',
    accuracyLimit: 'Had ketepatan lokasi (meter)',
    travelSpeedLimit: 'Had kelajuan perjalanan (km/j)', travelSpeedLimitHint: 'Rekod yang menunjukkan perjalanan lebih laju daripada ini sejak rekod sebelumnya ditandakan sebagai mencurigakan.',
    bdrHomeRadius: 'Jejari rumah BDR (meter)', bdrHomeRadiusHint: 'Rekod sejauh ini dari rumah berdaftar pada hari BDR dikira di rumah; lebih jauh ialah di luar kawasan.',
    destinationRadius: 'Jejari destinasi pergerakan (meter)', destinationRadiusHint: 'Rekod sejauh ini dari destinasi pergerakan yang diluluskan dikira di destinasi itu.',
    reviewDeadline: 'Tempoh semakan justifikasi (hari)',
    cardUpAt: 'Kad naik satu tahap pada (hari kesalahan sebulan)', cardUpAtHint: 'Sekurang-kurangnya sebanyak ini hari kesalahan dalam sebulan menaikkan kad (Kuning → Hijau → Merah).',
    cardDownAt: 'Kad turun satu tahap pada (hari kesalahan sebulan)', cardDownAtHint: 'Sebanyak ini hari kesalahan atau kurang dalam sebulan menurunkan kad satu tahap; mesti kurang daripada nilai naik.',
    reminderClockInAt: 'Peringatan belum daftar masuk (masa)', reminderClockOutDelay: 'Peringatan belum daftar keluar (minit selepas waktu pulang)', digestAt: 'Ringkasan harian penyelia (masa)',
    timeOffHint: 'Kosongkan untuk tidak menghantar.', delayOffHint: 'Kosongkan untuk tidak menghantar.', needApproval: 'Status yang perlu kelulusan penyelia', saved: 'Tetapan telah disimpan.',
    settings: 'Tetapan kehadiran', other: 'Tetapan lain (baca sahaja)', otherHint: 'Tetapan ini belum boleh diubah di sini.',
  },
  dayStatus: { BDR: 'Bekerja dari rumah', TUGASAN_LUAR: 'Tugasan luar', KURSUS: 'Kursus', MESYUARAT: 'Mesyuarat', CUTI: 'Cuti', CUTI_SAKIT: 'Cuti sakit' },
  sites: {
    title: 'Tapak dan geopagar', new: 'Tambah tapak', name: 'Nama tapak', address: 'Alamat', type: 'Bentuk', circle: 'Bulatan (titik tengah dan jejari)',
    polygon: 'Poligon (senarai titik)', lat: 'Latitud', lng: 'Longitud', radius: 'Jejari (meter)', points: 'Titik poligon',
    pointsHint: 'Satu titik setiap baris: latitud, longitud. Sekurang-kurangnya 3 titik.', pointsInvalid: 'Setiap baris mesti dua nombor: latitud, longitud.',
    active: 'Aktif', inactive: 'Tidak aktif', radiusOf: 'Jejari {{radius}} m', pointsOf_one: '{{count}} titik', pointsOf_other: '{{count}} titik', confirmDelete: 'Padam tapak {{name}}?',
    empty: 'Belum ada tapak. Tambah pejabat dan lokasi kerja organisasi.', editTitle: 'Kemaskini tapak', createTitle: 'Tambah tapak',
  },
  audit: auditMs,
  agencies: {
    title: 'Agensi', new: 'Daftar agensi', name: 'Nama agensi', code: 'Kod agensi', state: 'Negeri ibu pejabat', timeZone: 'Zon waktu', users: 'Pengguna',
    onboardedOn: 'Tarikh mula', admin: 'Pentadbir organisasi pertama', active: 'Aktif', deactivate: 'Nyahaktif', activate: 'Aktifkan',
    confirmDeactivate: 'Nyahaktifkan {{name}}? Semua pengguna agensi ini akan dilog keluar dan tidak boleh log masuk.', confirmActivate: 'Aktifkan semula {{name}}?',
    created: 'Agensi {{name}} telah didaftarkan. Berikan kata laluan sementara ini kepada pentadbirnya ({{email}}). Ia dipaparkan sekali sahaja.', empty: 'Tiada agensi.',
    deactivated: '{{name}} telah dinyahaktifkan.', activated: '{{name}} telah diaktifkan semula.', searchPlaceholder: 'Nama atau kod agensi', codeHint: 'Huruf besar dan nombor, contoh JDD',
  },
  profile: {
    title: 'Profil saya', details: 'Maklumat peribadi', languageSaved: 'Bahasa telah ditukar.',
    contact: 'Hubungan', contactSaved: 'Maklumat hubungan disimpan.',
    emailPassword: 'Kata laluan semasa', emailPasswordHint: 'Diperlukan untuk menukar e-mel.',
    emailPending: 'Pautan pengesahan telah dihantar ke {{email}}. E-mel semasa anda kekal digunakan sehingga pautan itu dibuka (sah 24 jam).',
    notifications: 'Pemberitahuan', notificationsHint: 'Senarai pemberitahuan dalam aplikasi sentiasa dihantar. Pilih yang juga dihantar melalui pemberitahuan telefon dan e-mel.',
    notificationsSaved: 'Pilihan pemberitahuan disimpan.', event: 'Peristiwa',
    channel: { push: 'Pemberitahuan telefon', email: 'E-mel' },
    events: { issues: 'Isu kehadiran baharu', decisions: 'Keputusan permohonan saya', reviews: 'Menunggu semakan saya', cards: 'Perubahan warna kad', tasks: 'Tugasan diberi dan ulasan', reminders: 'Peringatan daftar masuk/keluar', digest: 'Ringkasan harian penyelia' },
    home: 'Lokasi rumah (BDR)', homeHint: 'Daftar dari telefon ketika berada di rumah. Penyelia anda perlu meluluskannya sebelum ia diterima pada hari BDR.',
    homeApproved: 'Lokasi diluluskan', homePending: 'Menunggu kelulusan', homeAddress: 'Alamat (pilihan)', homeRegister: 'Daftar lokasi semasa sebagai rumah',
    homeSent: 'Lokasi rumah dihantar untuk kelulusan penyelia.',
  },
  errors: {
    rangeOrder: 'Tarikh akhir mesti selepas tarikh mula.',
    INVALID_CREDENTIALS: 'ID pengguna atau kata laluan tidak betul. Selepas 5 percubaan gagal, akaun dikunci selama 15 minit dan pemiliknya menerima e-mel untuk membukanya.', ACCOUNT_LOCKED: 'Akaun dikunci selama 15 minit kerana terlalu banyak percubaan gagal.',
    RATE_LIMITED: 'Terlalu banyak percubaan. Cuba sebentar lagi.', ACCOUNT_INACTIVE: 'Akaun ini tidak aktif. Hubungi pentadbir organisasi anda.',
    NETWORK: 'Tiada sambungan ke pelayan. Semak sambungan internet anda.', UNKNOWN: 'Ralat tidak dijangka. Sila cuba lagi.', notFound: 'Halaman tidak dijumpai.', backHome: 'Kembali ke halaman utama',
  },
  att: attMs,
  myAtt: myAttMs,
  clock: clockMs,
  statusPage: dayStatusMs,
  movements: movementsMs,
  tasks: tasksMs,
  taskReview: taskReviewMs,
  approvals: approvalsMs,
  team: teamMs,
  issues: issuesMs,
  notifications: notificationsMs,
  teamCards: teamCardsMs,
  reviewReport: reviewReportMs,
  account: accountMs,
  shell: shellMs,
  homeToday: homeTodayMs,
  footer: { rights: 'Hak cipta © {{year}} Kerajaan Malaysia. SPOT-Me.', about: 'Sistem kehadiran dan pemantauan tugas sektor awam.', api: 'Dokumentasi API' },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof msMY>;
