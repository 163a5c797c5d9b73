/**
 * Strings of the supervisor's task review page; wired in as the `taskReview` key (its
 * navigation and home-card labels too). The week navigation and the task items use `tasks`.
 */
export const taskReviewMs = {
  nav: 'Semakan tugasan',
  homeCard: 'Semakan tugasan',
  homeDesc: 'Baca tugasan harian pegawai anda mengikut minggu, beri komen, tandakan hari yang disemak dan beri tugasan.',
  title: 'Semakan tugasan',
  officer: 'Pegawai',
  noOfficers: 'Tiada pegawai di bawah seliaan anda.',
  assign: 'Beri tugasan',
  assignTitle: 'Beri tugasan kepada pegawai',
  assignDateHint: 'Hari ini hingga 30 hari ke hadapan.',
  plannedMinutes: 'Tempoh dirancang (minit)',
  optional: 'Pilihan.',
  assigned: 'Tugasan "{{title}}" diberikan kepada {{name}}.',
  markReviewed: 'Tandakan disemak',
  markReviewedLabel: 'Tandakan disemak: {{date}}',
  reviewTitle: 'Tandakan disemak: {{date}}',
  reviewIntro: 'Pegawai akan melihat tanda ini bersama nama anda dan catatan.',
  reviewNote: 'Catatan (pilihan)',
  reviewNoteHint: 'Maksimum 500 aksara.',
  reviewed: 'Tugasan {{date}} ditanda disemak.',
  unmark: 'Batal semakan',
  unmarkLabel: 'Batal semakan: {{date}}',
  unmarked: 'Tanda semakan {{date}} dibatalkan.',
  summary: 'Tugasan: {{count}} · masa dicatat: {{duration}} · hari disemak: {{reviewed}}',
  empty: 'Pegawai ini tiada tugasan dicatat untuk minggu ini.',
  openFor: 'Tugasan harian {{name}}',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type TaskReviewMessages = Widen<typeof taskReviewMs>;

export const taskReviewEn: TaskReviewMessages = {
  nav: 'Task review',
  homeCard: 'Task review',
  homeDesc: 'Read your officers\' daily tasks week by week, comment, mark days reviewed and assign tasks.',
  title: 'Task review',
  officer: 'Officer',
  noOfficers: 'No officers report to you.',
  assign: 'Assign a task',
  assignTitle: 'Assign a task to an officer',
  assignDateHint: 'Today up to 30 days ahead.',
  plannedMinutes: 'Planned duration (minutes)',
  optional: 'Optional.',
  assigned: 'Task "{{title}}" assigned to {{name}}.',
  markReviewed: 'Mark reviewed',
  markReviewedLabel: 'Mark reviewed: {{date}}',
  reviewTitle: 'Mark reviewed: {{date}}',
  reviewIntro: 'The officer will see this mark with your name and the note.',
  reviewNote: 'Note (optional)',
  reviewNoteHint: '500 characters at most.',
  reviewed: 'Tasks of {{date}} marked reviewed.',
  unmark: 'Undo review',
  unmarkLabel: 'Undo review: {{date}}',
  unmarked: 'Review mark of {{date}} removed.',
  summary: 'Tasks: {{count}} · time recorded: {{duration}} · days reviewed: {{reviewed}}',
  empty: 'This officer recorded no tasks for this week.',
  openFor: 'Daily tasks of {{name}}',
};
