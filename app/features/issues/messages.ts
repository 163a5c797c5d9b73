/** Strings of the officer's attendance issues page; wired in as the `issues` key. */
export const issuesMs = {
  title: 'Isu kehadiran',
  intro: 'Isu daripada hari yang telah ditutup. Beri justifikasi; penyelia anda akan menyemaknya. Hanya justifikasi yang diterima dikecualikan daripada kiraan warna kad.',
  empty: 'Tiada isu kehadiran dalam 60 hari lalu.',
  answer: 'Beri justifikasi',
  answerAgain: 'Hantar semula',
  category: 'Kategori',
  text: 'Justifikasi',
  send: 'Hantar',
  sent: 'Justifikasi dihantar kepada penyelia anda.',
  withdraw: 'Tarik balik',
  withdrawn: 'Justifikasi ditarik balik.',
  remark: 'Catatan penyemak: {{remark}}',
  none: 'Belum dijawab',
  categories: {
    KLINIK_HOSPITAL: 'Klinik/Hospital', URUSAN_PERIBADI: 'Urusan peribadi', MESYUARAT: 'Mesyuarat', KURSUS: 'Kursus', TUGASAN_LUAR: 'Tugasan luar',
    KENDERAAN_ROSAK: 'Kenderaan rosak', LAIN_LAIN: 'Lain-lain',
  },
  states: { MENUNGGU: 'Menunggu semakan', PERLU_MAKLUMAT: 'Perlu maklumat lanjut', DITERIMA: 'Diterima', DITOLAK: 'Ditolak', DIBATALKAN: 'Ditarik balik' },
};
export type IssuesMessages = { [K in keyof typeof issuesMs]: (typeof issuesMs)[K] extends string ? string : { [L in keyof (typeof issuesMs)[K]]: string } };

export const issuesEn: IssuesMessages = {
  title: 'Attendance issues',
  intro: 'Issues of days that have closed. Give a justification; your supervisor reviews it. Only accepted justifications are left out of the card count.',
  empty: 'No attendance issues in the last 60 days.',
  answer: 'Give a justification',
  answerAgain: 'Send again',
  category: 'Category',
  text: 'Justification',
  send: 'Send',
  sent: 'Justification sent to your supervisor.',
  withdraw: 'Withdraw',
  withdrawn: 'Justification withdrawn.',
  remark: 'Reviewer\'s remark: {{remark}}',
  none: 'Not answered yet',
  categories: {
    KLINIK_HOSPITAL: 'Clinic/Hospital', URUSAN_PERIBADI: 'Personal matters', MESYUARAT: 'Meeting', KURSUS: 'Training', TUGASAN_LUAR: 'Official duty outside',
    KENDERAAN_ROSAK: 'Vehicle breakdown', LAIN_LAIN: 'Other',
  },
  states: { MENUNGGU: 'Waiting for review', PERLU_MAKLUMAT: 'More information needed', DITERIMA: 'Accepted', DITOLAK: 'Rejected', DIBATALKAN: 'Withdrawn' },
};
