/** Strings of the supervisor's approvals page; wired in as the `approvals` key. */
export const approvalsMs = {
  title: 'Kelulusan',
  intro: 'Status kehadiran, pergerakan, lokasi rumah (BDR) dan justifikasi isu kehadiran pegawai di bawah seliaan anda yang menunggu keputusan.',
  empty: 'Tiada permohonan menunggu keputusan anda.',
  kind: { STATUS: 'Status kehadiran', MOVEMENT: 'Pergerakan', HOME: 'Lokasi rumah (BDR)', JUSTIFICATION: 'Justifikasi isu kehadiran' },
  approve: 'Luluskan',
  reject: 'Tolak',
  rejectTitle: 'Tolak permohonan {{name}}',
  note: 'Catatan kepada pegawai (pilihan)',
  accept: 'Terima',
  askMore: 'Minta maklumat',
  askTitle: 'Minta maklumat lanjut daripada {{name}}',
  done: { DILULUSKAN: 'Diluluskan: {{what}} — {{name}}.', DITOLAK: 'Ditolak: {{what}} — {{name}}.', DITERIMA: 'Justifikasi diterima: {{what}} — {{name}}.', PERLU_MAKLUMAT: 'Maklumat lanjut diminta: {{what}} — {{name}}.' },
  submitted: 'Dihantar {{when}}',
  location: 'Lokasi {{lat}}, {{lng}}',
};
export type ApprovalsMessages = { [K in keyof typeof approvalsMs]: (typeof approvalsMs)[K] extends string ? string : { [L in keyof (typeof approvalsMs)[K]]: string } };

export const approvalsEn: ApprovalsMessages = {
  title: 'Approvals',
  intro: 'Attendance statuses, movements, home locations (BDR) and justifications of attendance issues of the officers you supervise that wait for your decision.',
  empty: 'Nothing waits for your decision.',
  kind: { STATUS: 'Attendance status', MOVEMENT: 'Movement', HOME: 'Home location (BDR)', JUSTIFICATION: 'Justification of an attendance issue' },
  approve: 'Approve',
  reject: 'Reject',
  rejectTitle: 'Reject the request of {{name}}',
  note: 'Note to the officer (optional)',
  accept: 'Accept',
  askMore: 'Ask for more',
  askTitle: 'Ask {{name}} for more information',
  done: { DILULUSKAN: 'Approved: {{what}} — {{name}}.', DITOLAK: 'Rejected: {{what}} — {{name}}.', DITERIMA: 'Justification accepted: {{what}} — {{name}}.', PERLU_MAKLUMAT: 'More information asked for: {{what}} — {{name}}.' },
  submitted: 'Sent {{when}}',
  location: 'Location {{lat}}, {{lng}}',
};
