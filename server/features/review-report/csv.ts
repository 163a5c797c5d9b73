import { stringify } from 'csv-stringify/sync';
import { formatDate, formatDateTime, localDateTime } from '../../../domain/format/dates';
import type { Lang } from '../../http/errors';
import { REPORT_LABELS } from '../attendance';
import type { OverdueReport } from './schema';

const LABELS = {
  ms: {
    file: 'semakan-lewat',
    reviewer: 'Penyemak',
    reviewerStaffNo: 'No. pekerja penyemak',
    reviewerUnit: 'Unit penyemak',
    noReviewer: 'Tiada penyemak',
    officer: 'Pegawai',
    officerStaffNo: 'No. pekerja pegawai',
    issueDate: 'Tarikh isu',
    issue: 'Isu',
    stage: 'Peringkat',
    waitingSince: 'Dihantar',
    daysWaiting: 'Hari menunggu',
    stages: { 1: 'Penyemak', 2: 'Pengesah' } as Record<number, string>,
  },
  en: {
    file: 'overdue-reviews',
    reviewer: 'Reviewer',
    reviewerStaffNo: 'Reviewer staff no.',
    reviewerUnit: 'Reviewer unit',
    noReviewer: 'No reviewer',
    officer: 'Officer',
    officerStaffNo: 'Officer staff no.',
    issueDate: 'Issue date',
    issue: 'Issue',
    stage: 'Level',
    waitingSince: 'Sent',
    daysWaiting: 'Days waiting',
    stages: { 1: 'Reviewer', 2: 'Approver' } as Record<number, string>,
  },
} satisfies Record<Lang, unknown>;

/** The overdue-review report as CSV with a BOM (spreadsheets then read it as UTF-8): one row per overdue justification. */
export function overdueCsv(report: OverdueReport, lang: Lang, timeZone: string): { body: Buffer; filename: string } {
  const L = LABELS[lang];
  const issueNames = REPORT_LABELS[lang].issueNames;
  const when = (iso: string) => formatDateTime(iso, lang, timeZone);
  const rows = report.reviewers.flatMap((r) =>
    r.items.map((i) => [
      r.reviewer?.fullName ?? L.noReviewer,
      r.reviewer?.staffNo ?? '',
      r.reviewer?.unitName ?? '',
      i.officer.fullName,
      i.officer.staffNo,
      formatDate(i.issueDate, lang),
      issueNames[i.issueCode] ?? i.issueCode,
      L.stages[i.stage] ?? String(i.stage),
      when(i.waitingSince),
      i.daysWaiting,
    ]),
  );
  const columns = [L.reviewer, L.reviewerStaffNo, L.reviewerUnit, L.officer, L.officerStaffNo, L.issueDate, L.issue, L.stage, L.waitingSince, L.daysWaiting];
  const text = stringify(rows, { header: true, columns, bom: true });
  return { body: Buffer.from(text, 'utf8'), filename: `${L.file}-${localDateTime(report.generatedAt, timeZone).date}.csv` };
}
