/** Bahasa Melayu: the default language. Every user-facing string lives here and in en-GB.ts. */
export const msMY = {
  app: { name: 'SPOT-Me', tagline: 'Sistem Pemantauan Operasi Tugas Pegawai', official: 'Laman web rasmi Kerajaan Malaysia', skip: 'Langkau ke kandungan utama' },
  lang: { label: 'Bahasa', ms: 'BM', en: 'EN', switchTo: 'Tukar ke Bahasa Inggeris' },
  nav: { home: 'Utama', users: 'Pengguna', units: 'Unit', organisation: 'Tetapan organisasi', audit: 'Log audit', agencies: 'Agensi', profile: 'Profil', logout: 'Log keluar', menu: 'Menu' },
  common: {
    loading: 'Memuatkan…', save: 'Simpan', saving: 'Menyimpan…', cancel: 'Batal', close: 'Tutup', edit: 'Kemaskini', delete: 'Padam', search: 'Cari',
    confirm: 'Sahkan', all: 'Semua', none: 'Tiada', previous: 'Sebelumnya', next: 'Seterusnya', retry: 'Cuba lagi', create: 'Tambah', yes: 'Ya', no: 'Tidak',
    pageOf: 'Halaman {{page}} daripada {{pages}} · {{total}} rekod', empty: 'Tiada rekod.', error: 'Ralat: {{message}}', actions: 'Tindakan',
    copy: 'Salin', copied: 'Disalin',
  },
  roles: { PEGAWAI: 'Pegawai', PENYELIA: 'Penyelia', EKSEKUTIF: 'Eksekutif', PENTADBIR_ORGANISASI: 'Pentadbir Organisasi', PENTADBIR_SISTEM: 'Pentadbir Sistem' },
  status: { ACTIVE: 'Aktif', INACTIVE: 'Tidak aktif' },
  gender: { L: 'Lelaki', P: 'Perempuan' },
  login: {
    title: 'Log masuk', intro: 'Log masuk dengan e-mel atau No. MyKad anda.', login: 'E-mel atau No. MyKad', password: 'Kata laluan',
    submit: 'Log masuk', submitting: 'Sedang log masuk…', firstTime: 'Kali pertama? Gunakan kata laluan sementara daripada pentadbir organisasi anda.',
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
    auditCard: 'Log audit', auditDesc: 'Siapa melakukan apa, bila dan dari mana.',
    agenciesCard: 'Agensi', agenciesDesc: 'Senarai agensi, daftar agensi baharu dan pentadbir pertamanya.',
    attendanceSoon: 'Rekod kehadiran (daftar masuk/keluar), pergerakan dan tugasan harian akan tersedia dalam keluaran seterusnya.',
    unit: 'Unit', supervisor: 'Penyelia', position: 'Jawatan', organisation: 'Organisasi',
  },
  users: {
    title: 'Pengguna', new: 'Tambah pengguna', searchPlaceholder: 'Nama, e-mel atau no. pekerja', filterUnit: 'Unit', filterRole: 'Peranan', filterStatus: 'Status',
    fullName: 'Nama penuh', nric: 'No. MyKad', staffNo: 'No. pekerja', email: 'E-mel', phone: 'No. telefon', position: 'Jawatan', grade: 'Gred',
    gender: 'Jantina', unit: 'Unit', supervisor: 'Penyelia', dutyState: 'Negeri bertugas', roles: 'Peranan', language: 'Bahasa', status: 'Status',
    noUnit: 'Tiada unit', noSupervisor: 'Tiada penyelia', supervisorSearch: 'Cari penyelia…', editTitle: 'Kemaskini pengguna', createTitle: 'Tambah pengguna',
    created: 'Pengguna telah ditambah.', saved: 'Perubahan telah disimpan.',
    tempPasswordTitle: 'Kata laluan sementara', tempPasswordIntro: 'Berikan kata laluan ini kepada {{name}}. Ia dipaparkan sekali sahaja dan mesti ditukar semasa log masuk pertama.',
    deactivate: 'Nyahaktif', activate: 'Aktifkan', resetPassword: 'Set semula kata laluan',
    confirmDeactivate: 'Nyahaktifkan {{name}}? Semua sesi log masuk pengguna ini akan ditamatkan serta-merta.',
    confirmActivate: 'Aktifkan semula {{name}}?', confirmReset: 'Jana kata laluan sementara baharu untuk {{name}}? Kata laluan semasa tidak lagi boleh digunakan.',
    empty: 'Tiada pengguna sepadan dengan carian.', nricHint: '12 digit, contoh 900101-14-5678', mustChange: 'Perlu tukar kata laluan',
  },
  units: {
    title: 'Struktur organisasi', new: 'Tambah unit', name: 'Nama unit', code: 'Kod', parent: 'Di bawah', topLevel: '— Peringkat teratas —',
    users: '{{count}} pengguna', confirmDelete: 'Padam unit {{name}}?', notEmpty: 'Unit ini masih mempunyai sub-unit atau pengguna; pindahkan mereka dahulu.',
    empty: 'Belum ada unit. Tambah bahagian pertama.', editTitle: 'Kemaskini unit', createTitle: 'Tambah unit',
  },
  org: {
    title: 'Tetapan organisasi', name: 'Nama organisasi', code: 'Kod', state: 'Negeri ibu pejabat', timeZone: 'Zon waktu', onboardedOn: 'Tarikh mula',
    reviewLevels: 'Tahap semakan justifikasi', reviewOne: '1 tahap (penyelia)', reviewTwo: '2 tahap (penyemak, kemudian pengesah)',
    graceMinutes: 'Tempoh ihsan (minit)', geofencePolicy: 'Rekod di luar geopagar', geofenceFlag: 'Terima dan tandakan', geofenceBlock: 'Tolak',
    punchWithoutLocation: 'Rekod tanpa lokasi', withoutAccept: 'Terima dan tandakan', withoutRefuse: 'Tolak',
    accuracyLimit: 'Had ketepatan lokasi (meter)', reviewDeadline: 'Tempoh semakan justifikasi (hari)', needApproval: 'Status yang perlu kelulusan penyelia', saved: 'Tetapan telah disimpan.',
  },
  dayStatus: { BDR: 'Bekerja dari rumah', TUGASAN_LUAR: 'Tugasan luar', KURSUS: 'Kursus', MESYUARAT: 'Mesyuarat', CUTI: 'Cuti', CUTI_SAKIT: 'Cuti sakit' },
  audit: { title: 'Log audit', at: 'Masa', actor: 'Pelaku', action: 'Tindakan', entity: 'Entiti', ip: 'Alamat IP', changes: 'Perubahan', filterAction: 'Jenis tindakan', empty: 'Tiada rekod audit.' },
  agencies: {
    title: 'Agensi', new: 'Daftar agensi', name: 'Nama agensi', code: 'Kod agensi', state: 'Negeri ibu pejabat', timeZone: 'Zon waktu', users: 'Pengguna',
    onboardedOn: 'Tarikh mula', admin: 'Pentadbir organisasi pertama', active: 'Aktif', deactivate: 'Nyahaktif', activate: 'Aktifkan',
    confirmDeactivate: 'Nyahaktifkan {{name}}? Semua pengguna agensi ini akan dilog keluar dan tidak boleh log masuk.', confirmActivate: 'Aktifkan semula {{name}}?',
    created: 'Agensi {{name}} telah didaftarkan. Kata laluan sementara untuk {{email}}:', empty: 'Tiada agensi.',
  },
  profile: { title: 'Profil saya', details: 'Maklumat peribadi', languageSaved: 'Bahasa telah ditukar.' },
  errors: {
    INVALID_CREDENTIALS: 'ID pengguna atau kata laluan tidak betul.', ACCOUNT_LOCKED: 'Akaun dikunci selama 15 minit kerana terlalu banyak percubaan gagal.',
    RATE_LIMITED: 'Terlalu banyak percubaan. Cuba sebentar lagi.', ACCOUNT_INACTIVE: 'Akaun ini tidak aktif. Hubungi pentadbir organisasi anda.',
    NETWORK: 'Tiada sambungan ke pelayan. Semak sambungan internet anda.', UNKNOWN: 'Ralat tidak dijangka. Sila cuba lagi.', notFound: 'Halaman tidak dijumpai.', backHome: 'Kembali ke halaman utama',
  },
  footer: { rights: 'Hak cipta © {{year}} Kerajaan Malaysia. SPOT-Me.', about: 'Sistem kehadiran dan pemantauan tugas sektor awam.', api: 'Dokumentasi API' },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof msMY>;
