import { createRequire } from 'node:module';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatDate, formatDateRange, formatDateTime, formatTime } from '../../../domain/format/dates';
import { formatMinutes } from '../../../domain/format/duration';
import type { Lang } from '../../http/errors';
import type { DayView } from './evaluation';
import { REPORT_LABELS } from './report-labels';

/** `today`: the officer's local date (days after it are not in the report); `now`: when it is made (default: now). */
export type ReportInput = {
  days: DayView[];
  today: string;
  timeZone: string;
  officer: { name: string; staffNo: string; organisation: string };
  from: string;
  to: string;
  lang: Lang;
  now?: Date;
};
export type ReportFile = { body: Buffer; contentType: string; filename: string };

/** The days that have begun: a later day is not judged, so it is neither listed nor counted. */
const daysSoFar = (input: ReportInput) => input.days.filter((d) => d.date <= input.today);

/** What the reader must know about a range that holds today or later days. */
export function notesOf(input: ReportInput): string[] {
  const L = REPORT_LABELS[input.lang];
  const notes: string[] = [];
  const today = formatDate(input.today, input.lang);
  if (input.from <= input.today && input.today <= input.to) notes.push(L.todaySoFar.replace('{date}', today));
  if (input.to > input.today) notes.push(L.notYet.replace('{date}', today));
  return notes;
}

/** One row per date that has begun: the same data in every format. */
export function rowsOf(input: ReportInput) {
  const L = REPORT_LABELS[input.lang];
  const weekday = new Intl.DateTimeFormat(input.lang === 'en' ? 'en-GB' : 'ms-MY', { weekday: 'long', timeZone: 'UTC' });
  const time = (iso: string | null) => (iso ? formatTime(iso, input.timeZone) : '');
  return daysSoFar(input).map((d) => ({
    date: formatDate(d.date, input.lang),
    day: weekday.format(new Date(`${d.date}T00:00:00Z`)),
    status: (L.statuses[d.status] ?? d.status) + (d.holiday ? ` (${d.holiday})` : '') + (d.provisional ? ` (${L.provisional})` : ''),
    in: time(d.checkIn),
    out: time(d.checkOut),
    worked: d.workedMinutes > 0 ? formatMinutes(d.workedMinutes, input.lang) : '',
    issues: d.issues.map((i) => `${L.issueNames[i.code] ?? i.code}${i.minutes ? ` ${formatMinutes(i.minutes, input.lang)}` : ''}`).join('; '),
  }));
}

/** The counts of the days so far; today is counted as what it is so far (its open issues are not settled yet). */
export function summaryOf(input: ReportInput) {
  const L = REPORT_LABELS[input.lang];
  const working = daysSoFar(input).filter((d) => d.dayType === 'WORKING');
  const has = (code: string) => working.filter((d) => d.issues.some((i) => i.code === code)).length;
  return [
    [L.workingDays, working.length],
    [L.present, working.filter((d) => d.status === 'HADIR').length],
    [L.covered, working.filter((d) => d.status !== 'HADIR' && d.status !== 'TIDAK_HADIR').length],
    [L.absent, has('TIDAK_HADIR')],
    [L.late, has('LEWAT')],
    [L.early, has('BALIK_AWAL')],
  ] as const;
}

const COLUMNS = ['date', 'day', 'status', 'in', 'out', 'worked', 'issues'] as const;

export async function renderReport(format: 'pdf' | 'xlsx' | 'csv', input: ReportInput): Promise<ReportFile> {
  const base = `${input.lang === 'en' ? 'attendance' : 'kehadiran'}-${input.officer.staffNo}-${input.from}-${input.to}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (format === 'csv') return { body: csv(input), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` };
  if (format === 'xlsx')
    return { body: await xlsx(input), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${base}.xlsx` };
  return { body: await pdf(input), contentType: 'application/pdf', filename: `${base}.pdf` };
}

function csv(input: ReportInput): Buffer {
  const L = REPORT_LABELS[input.lang];
  const text = stringify(
    rowsOf(input).map((r) => COLUMNS.map((c) => r[c])),
    { header: true, columns: COLUMNS.map((c) => L[c]), bom: true },
  );
  return Buffer.from(text, 'utf8');
}

async function xlsx(input: ReportInput): Promise<Buffer> {
  const L = REPORT_LABELS[input.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SPOT-Me';
  const ws = wb.addWorksheet(L.sheet, { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.addRow([L.title]).font = { bold: true, size: 14 };
  ws.addRow([`${L.officer}: ${input.officer.name} (${input.officer.staffNo})`]);
  ws.addRow([`${L.organisation}: ${input.officer.organisation}`]);
  ws.addRow([
    `${L.period}: ${formatDateRange(input.from, input.to, input.lang)} · ${L.generated}: ${formatDateTime(input.now ?? new Date(), input.lang, input.timeZone)}`,
  ]);
  for (const note of notesOf(input)) ws.addRow([note]).font = { italic: true };
  const header = ws.addRow(COLUMNS.map((c) => L[c]));
  header.font = { bold: true };
  for (const r of rowsOf(input)) ws.addRow(COLUMNS.map((c) => r[c]));
  ws.addRow([]);
  ws.addRow([L.summary]).font = { bold: true };
  for (const [k, v] of summaryOf(input)) ws.addRow([k, v]);
  ws.columns.forEach((col, i) => {
    col.width = [12, 12, 28, 8, 8, 12, 40][i] ?? 12;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type PdfMake = {
  setFonts(f: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
};
let pdfmake: PdfMake | null = null;

/** pdfmake with its Roboto fonts; no URL is fetched and no file but the fonts is read. */
function pdfEngine(): PdfMake {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  const engine = require('pdfmake') as PdfMake;
  const fonts = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const font = (f: string) => path.join(fonts, f);
  engine.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fonts + path.sep));
  pdfmake = engine;
  return engine;
}

async function pdf(input: ReportInput): Promise<Buffer> {
  const L = REPORT_LABELS[input.lang];
  const rows = rowsOf(input);
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [32, 40, 32, 40],
    info: { title: `${L.title} ${input.officer.name} ${input.from}–${input.to}`, creator: 'SPOT-Me' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    footer: (page: number, pages: number) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 10, 0, 0] }),
    content: [
      { text: L.title, fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      {
        columns: [
          {
            text: [
              { text: `${L.officer}: `, bold: true },
              `${input.officer.name} (${input.officer.staffNo})\n`,
              { text: `${L.organisation}: `, bold: true },
              input.officer.organisation,
            ],
          },
          {
            text: [
              { text: `${L.period}: `, bold: true },
              `${formatDateRange(input.from, input.to, input.lang)}\n`,
              { text: `${L.generated}: `, bold: true },
              formatDateTime(input.now ?? new Date(), input.lang, input.timeZone),
            ],
            alignment: 'right',
          },
        ],
        margin: [0, 0, 0, 10],
      },
      ...notesOf(input).map((text) => ({ text, italics: true, margin: [0, 0, 0, 4] })),
      {
        table: {
          headerRows: 1,
          widths: [60, 60, '*', 40, 40, 50, '*'],
          body: [COLUMNS.map((c) => ({ text: L[c], bold: true, fillColor: '#eef2ff' })), ...rows.map((r) => COLUMNS.map((c) => r[c]))],
        },
        layout: 'lightHorizontalLines',
      },
      { text: L.summary, bold: true, fontSize: 11, margin: [0, 12, 0, 4] },
      { table: { widths: [200, 60], body: summaryOf(input).map(([k, v]) => [k, String(v)]) }, layout: 'noBorders' },
    ],
  };
  return pdfEngine().createPdf(doc).getBuffer();
}
