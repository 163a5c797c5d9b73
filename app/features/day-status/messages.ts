/** Strings of the day-status page; wired in as the `statusPage` key. */
export const dayStatusMs = {
  title: 'Status kehadiran',
  intro: 'Tetapkan status untuk hari ini atau hari akan datang. Status yang memerlukan kelulusan penyelia akan berkuat kuasa selepas diluluskan.',
  date: 'Tarikh',
  code: 'Status',
  part: 'Bahagian hari',
  note: 'Catatan (pilihan)',
  submit: 'Simpan status',
  saved: 'Status {{code}} untuk {{date}} disimpan: {{state}}.',
  upcoming: 'Status saya (hari ini dan akan datang)',
  empty: 'Tiada status ditetapkan.',
  cancel: 'Tarik balik',
  confirmCancel: 'Tarik balik status {{code}} pada {{date}}?',
  cancelled: 'Status telah ditarik balik.',
};
export type DayStatusMessages = { [K in keyof typeof dayStatusMs]: string };

export const dayStatusEn: DayStatusMessages = {
  title: 'Attendance status',
  intro: "Set a status for today or a coming day. Statuses that need your supervisor's approval take effect once approved.",
  date: 'Date',
  code: 'Status',
  part: 'Part of the day',
  note: 'Note (optional)',
  submit: 'Save status',
  saved: 'Status {{code}} for {{date}} saved: {{state}}.',
  upcoming: 'My statuses (today and coming)',
  empty: 'No statuses set.',
  cancel: 'Withdraw',
  confirmCancel: 'Withdraw the {{code}} status on {{date}}?',
  cancelled: 'The status was withdrawn.',
};
