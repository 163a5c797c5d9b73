/** Strings of the home page's summary of today; wired in as the `homeToday` key. */
export const homeTodayMs = {
  title: 'Hari ini',
  punches: 'Daftar hari ini',
  noPunches: 'Belum ada daftar hari ini.',
  punch: '{{kind}} {{time}} · {{place}}',
  toClock: 'Ke daftar kehadiran',
  waiting: 'Menunggu tindakan anda',
  nothingWaiting: 'Tiada apa-apa menunggu tindakan anda.',
  issues_one: '{{count}} isu kehadiran perlu justifikasi',
  issues_other: '{{count}} isu kehadiran perlu justifikasi',
  approvals_one: '{{count}} permohonan menunggu kelulusan anda',
  approvals_other: '{{count}} permohonan menunggu kelulusan anda',
  unread_one: '{{count}} pemberitahuan belum dibaca',
  unread_other: '{{count}} pemberitahuan belum dibaca',
  unavailable: 'Ringkasan tidak dapat dimuatkan sekarang.',
};
export type HomeTodayMessages = { [K in keyof typeof homeTodayMs]: string };

export const homeTodayEn: HomeTodayMessages = {
  title: 'Today',
  punches: "Today's punches",
  noPunches: 'No punches yet today.',
  punch: '{{kind}} {{time}} · {{place}}',
  toClock: 'Go to clock in / out',
  waiting: 'Waiting for you',
  nothingWaiting: 'Nothing is waiting for you.',
  issues_one: '{{count}} attendance issue needs a justification',
  issues_other: '{{count}} attendance issues need a justification',
  approvals_one: '{{count}} request waits for your approval',
  approvals_other: '{{count}} requests wait for your approval',
  unread_one: '{{count}} unread notification',
  unread_other: '{{count}} unread notifications',
  unavailable: 'The summary cannot be loaded now.',
};
