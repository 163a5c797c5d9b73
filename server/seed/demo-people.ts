import type { OrgRole } from '../../domain/policy/roles';

/** The demo agency's people. Units refer to DEMO_UNITS keys; supervisors to other keys. */
export type DemoPerson = {
  key: string;
  fullName: string;
  email: string;
  gender: 'L' | 'P';
  born: string; // YYMMDD
  position: string;
  grade: string;
  unit: DemoUnitKey;
  supervisor?: string;
  roles: OrgRole[];
};

export const DEMO_UNITS = {
  pengurusan: { name: 'Bahagian Pengurusan', code: 'BP', parent: null },
  teknologi: { name: 'Bahagian Teknologi', code: 'BT', parent: null },
  aplikasi: { name: 'Unit Aplikasi', code: 'BT-UA', parent: 'teknologi' },
  infrastruktur: { name: 'Unit Infrastruktur', code: 'BT-UI', parent: 'teknologi' },
} as const;
export type DemoUnitKey = keyof typeof DEMO_UNITS;

const pgw: OrgRole[] = ['PEGAWAI'];

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'eksekutif', fullName: 'Kamaruddin bin Haji Ariffin', email: 'eksekutif@demo.gov.my', gender: 'L', born: '720314', position: 'Pengarah Bahagian Teknologi', grade: 'F54', unit: 'teknologi', roles: ['EKSEKUTIF', 'PEGAWAI'] },
  { key: 'pentadbir', fullName: 'Siti Khadijah binti Mohd Noor', email: 'pentadbir@demo.gov.my', gender: 'P', born: '850927', position: 'Ketua Penolong Setiausaha', grade: 'M48', unit: 'pengurusan', roles: ['PENTADBIR_ORGANISASI', 'PEGAWAI'] },
  { key: 'penyelia', fullName: 'Norazlina binti Mat Yusof', email: 'penyelia@demo.gov.my', gender: 'P', born: '800611', position: 'Ketua Unit Aplikasi', grade: 'F48', unit: 'aplikasi', supervisor: 'eksekutif', roles: ['PENYELIA', 'PEGAWAI'] },
  { key: 'pegawai', fullName: 'Mohd Faizal bin Abdul Karim', email: 'pegawai@demo.gov.my', gender: 'L', born: '920105', position: 'Pegawai Teknologi Maklumat', grade: 'F41', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'hafiz', fullName: 'Muhammad Hafiz bin Abdullah', email: 'hafiz.abdullah@demo.gov.my', gender: 'L', born: '910822', position: 'Pegawai Teknologi Maklumat', grade: 'F44', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'meiling', fullName: 'Tan Mei Ling', email: 'tan.meiling@demo.gov.my', gender: 'P', born: '930418', position: 'Pegawai Teknologi Maklumat', grade: 'F41', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'rajesh', fullName: 'Rajesh a/l Subramaniam', email: 'rajesh.subramaniam@demo.gov.my', gender: 'L', born: '880730', position: 'Penolong Pegawai Teknologi Maklumat', grade: 'FA29', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'aisyah', fullName: 'Nur Aisyah binti Ahmad Fauzi', email: 'aisyah.fauzi@demo.gov.my', gender: 'P', born: '950212', position: 'Pegawai Teknologi Maklumat', grade: 'F41', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'weijie', fullName: 'Lim Wei Jie', email: 'lim.weijie@demo.gov.my', gender: 'L', born: '940903', position: 'Penolong Pegawai Teknologi Maklumat', grade: 'FA29', unit: 'aplikasi', supervisor: 'penyelia', roles: pgw },
  { key: 'azrul', fullName: 'Mohd Azrul bin Hassan', email: 'azrul.hassan@demo.gov.my', gender: 'L', born: '830125', position: 'Ketua Unit Infrastruktur', grade: 'F48', unit: 'infrastruktur', supervisor: 'eksekutif', roles: ['PENYELIA', 'PEGAWAI'] },
  { key: 'kavitha', fullName: 'Kavitha a/p Muniandy', email: 'kavitha.muniandy@demo.gov.my', gender: 'P', born: '900514', position: 'Pegawai Teknologi Maklumat', grade: 'F44', unit: 'infrastruktur', supervisor: 'azrul', roles: pgw },
  { key: 'kahhoe', fullName: 'Wong Kah Hoe', email: 'wong.kahhoe@demo.gov.my', gender: 'L', born: '960707', position: 'Juruteknik Komputer', grade: 'FT19', unit: 'infrastruktur', supervisor: 'azrul', roles: pgw },
  { key: 'jeffrey', fullName: 'Jeffrey Gimbang anak Jalong', email: 'jeffrey.jalong@demo.gov.my', gender: 'L', born: '890319', position: 'Penolong Pegawai Teknologi Maklumat', grade: 'FA32', unit: 'infrastruktur', supervisor: 'azrul', roles: pgw },
  { key: 'izzah', fullName: 'Nurul Izzah binti Zainal', email: 'izzah.zainal@demo.gov.my', gender: 'P', born: '970126', position: 'Juruteknik Komputer', grade: 'FT19', unit: 'infrastruktur', supervisor: 'azrul', roles: pgw },
  { key: 'firdaus', fullName: 'Ahmad Firdaus bin Ismail', email: 'firdaus.ismail@demo.gov.my', gender: 'L', born: '870604', position: 'Penolong Setiausaha', grade: 'M41', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'nurhaliza', fullName: 'Siti Nurhaliza binti Rahman', email: 'nurhaliza.rahman@demo.gov.my', gender: 'P', born: '910811', position: 'Penolong Pegawai Tadbir', grade: 'N29', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'farah', fullName: 'Farah Adibah binti Kamarudin', email: 'farah.kamarudin@demo.gov.my', gender: 'P', born: '980402', position: 'Pembantu Tadbir', grade: 'N19', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'siewlan', fullName: 'Chong Siew Lan', email: 'chong.siewlan@demo.gov.my', gender: 'P', born: '860915', position: 'Setiausaha Pejabat', grade: 'N29', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'suresh', fullName: 'Suresh a/l Krishnan', email: 'suresh.krishnan@demo.gov.my', gender: 'L', born: '900228', position: 'Pembantu Tadbir', grade: 'N19', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'hidayah', fullName: 'Nor Hidayah binti Osman', email: 'hidayah.osman@demo.gov.my', gender: 'P', born: '940120', position: 'Pembantu Tadbir', grade: 'N19', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'amirul', fullName: 'Amirul Hakim bin Yusof', email: 'amirul.yusof@demo.gov.my', gender: 'L', born: '990811', position: 'Pemandu Kenderaan', grade: 'H11', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
  { key: 'aminah', fullName: 'Aminah binti Salleh', email: 'aminah.salleh@demo.gov.my', gender: 'P', born: '820703', position: 'Pegawai Tadbir dan Diplomatik', grade: 'M44', unit: 'pengurusan', supervisor: 'pentadbir', roles: pgw },
];

export const DEMO_PLATFORM_ADMIN = { fullName: 'Hairul Nizam bin Othman', email: 'sistem@demo.gov.my' };
export const DEMO_PASSWORD = 'SpotMe#2026';
