/** Strings of the supervisor's approvals page; wired in as the `approvals` key. */
export const approvalsMs = {
  title: 'Kelulusan',
  intro: 'Status kehadiran, pergerakan dan lokasi rumah (BDR) pegawai di bawah seliaan anda yang menunggu keputusan.',
  empty: 'Tiada permohonan menunggu keputusan anda.',
  kind: { STATUS: 'Status kehadiran', MOVEMENT: 'Pergerakan', HOME: 'Lokasi rumah (BDR)' },
  approve: 'Luluskan',
  reject: 'Tolak',
  rejectTitle: 'Tolak permohonan {{name}}',
  note: 'Catatan kepada pegawai (pilihan)',
  approved: 'Diluluskan: {{what}} — {{name}}.',
  rejected: 'Ditolak: {{what}} — {{name}}.',
  submitted: 'Dihantar {{when}}',
  location: 'Lokasi {{lat}}, {{lng}}',
};
export type ApprovalsMessages = { [K in keyof typeof approvalsMs]: (typeof approvalsMs)[K] extends string ? string : { [L in keyof (typeof approvalsMs)[K]]: string } };

export const approvalsEn: ApprovalsMessages = {
  title: 'Approvals',
  intro: 'Attendance statuses, movements and home locations (BDR) of the officers you supervise that wait for your decision.',
  empty: 'Nothing waits for your decision.',
  kind: { STATUS: 'Attendance status', MOVEMENT: 'Movement', HOME: 'Home location (BDR)' },
  approve: 'Approve',
  reject: 'Reject',
  rejectTitle: 'Reject the request of {{name}}',
  note: 'Note to the officer (optional)',
  approved: 'Approved: {{what}} — {{name}}.',
  rejected: 'Rejected: {{what}} — {{name}}.',
  submitted: 'Sent {{when}}',
  location: 'Location {{lat}}, {{lng}}',
};
