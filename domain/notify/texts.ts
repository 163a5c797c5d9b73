import { cardLevel, cardMeaning } from '../cards/meaning';
import { CARD_LEVELS, type Card } from '../cards/cards';
import { formatDate, formatMonth } from '../format/dates';
import { formatMinutes } from '../format/duration';
import type { NotificationEvent } from './preferences';

/**
 * What each notification says, in both languages. The server renders them for the
 * in-app list, push and email in the reader's language; `{{name}}` takes a parameter.
 */
export const NOTIFICATION_KINDS = {
  ISSUE_NEW: { event: 'issues', link: '/issues' },
  JUSTIFICATION_DECIDED: { event: 'decisions', link: '/issues' },
  REQUEST_DECIDED: { event: 'decisions', link: '/status' },
  REVIEW_WAITING: { event: 'reviews', link: '/approvals' },
  CARD_CHANGED: { event: 'cards', link: '/attendance' },
  TEAM_CARD_CHANGED: { event: 'cards', link: '/team' },
  TASK_ASSIGNED: { event: 'tasks', link: '/tasks' },
  TASK_COMMENTED: { event: 'tasks', link: '/tasks' },
  REMIND_IN: { event: 'reminders', link: '/clock' },
  REMIND_OUT: { event: 'reminders', link: '/clock' },
  DIGEST: { event: 'digest', link: '/approvals' },
} as const satisfies Record<string, { event: NotificationEvent; link: string }>;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export type Language = 'ms-MY' | 'en-GB';
type Text = { title: string; body: string };

const ms: Record<NotificationKind, Text> = {
  ISSUE_NEW: { title: 'Isu kehadiran baharu', body: '{{issues}} pada {{date}}. Sila beri justifikasi.' },
  JUSTIFICATION_DECIDED: { title: 'Justifikasi {{state}}', body: 'Justifikasi anda bagi {{issue}} pada {{date}}: {{state}}.{{remark}}' },
  REQUEST_DECIDED: { title: 'Permohonan {{state}}', body: '{{request}}{{date}}: {{state}}.{{remark}}' },
  REVIEW_WAITING: { title: 'Menunggu semakan anda', body: '{{officer}}: {{request}}{{date}}.' },
  CARD_CHANGED: {
    title: 'Kad kehadiran: {{card}} ({{level}})',
    body: 'Kad anda bertukar daripada {{fromCard}} kepada {{card}} berdasarkan {{offenceDays}} hari kesalahan pada {{month}}. {{meaning}}',
  },
  TEAM_CARD_CHANGED: {
    title: 'Kad {{officer}}: {{card}} ({{level}})',
    body: 'Kad kehadiran {{officer}} bertukar daripada {{fromCard}} kepada {{card}} ({{offenceDays}} hari kesalahan pada {{month}}). {{meaning}}',
  },
  TASK_ASSIGNED: { title: 'Tugasan baharu daripada {{by}}', body: '{{title}}, pada {{date}}.' },
  TASK_COMMENTED: { title: 'Ulasan tugasan daripada {{by}}', body: '{{title}}: {{text}}' },
  REMIND_IN: { title: 'Belum daftar masuk', body: 'Anda belum mendaftar masuk hari ini ({{date}}). Daftar masuk sekarang atau kemas kini status anda.' },
  REMIND_OUT: { title: 'Belum daftar keluar', body: 'Waktu pulang anda {{time}}. Jangan lupa daftar keluar.' },
  DIGEST: { title: '{{count}} perkara menunggu semakan', body: '{{count}} perkara menunggu keputusan anda{{overdue}}.' },
};

const en: Record<NotificationKind, Text> = {
  ISSUE_NEW: { title: 'New attendance issue', body: '{{issues}} on {{date}}. Please give a justification.' },
  JUSTIFICATION_DECIDED: { title: 'Justification {{state}}', body: 'Your justification for {{issue}} on {{date}}: {{state}}.{{remark}}' },
  REQUEST_DECIDED: { title: 'Request {{state}}', body: '{{request}}{{date}}: {{state}}.{{remark}}' },
  REVIEW_WAITING: { title: 'Waiting for your review', body: '{{officer}}: {{request}}{{date}}.' },
  CARD_CHANGED: {
    title: 'Attendance card: {{card}} ({{level}})',
    body: 'Your card changed from {{fromCard}} to {{card}} on {{offenceDays}} offence days in {{month}}. {{meaning}}',
  },
  TEAM_CARD_CHANGED: {
    title: "{{officer}}'s card: {{card}} ({{level}})",
    body: "{{officer}}'s attendance card changed from {{fromCard}} to {{card}} ({{offenceDays}} offence days in {{month}}). {{meaning}}",
  },
  TASK_ASSIGNED: { title: 'New task from {{by}}', body: '{{title}}, on {{date}}.' },
  TASK_COMMENTED: { title: 'Comment on a task from {{by}}', body: '{{title}}: {{text}}' },
  REMIND_IN: { title: 'Not checked in yet', body: 'You have not checked in today ({{date}}). Check in now or update your status.' },
  REMIND_OUT: { title: 'Not checked out yet', body: 'Your day ended at {{time}}. Remember to check out.' },
  DIGEST: { title: '{{count}} items waiting for review', body: '{{count}} items wait for your decision{{overdue}}.' },
};

/** Names of the codes notifications mention. */
const words: Record<Language, Record<string, string>> = {
  'ms-MY': {
    LEWAT: 'Lewat',
    BALIK_AWAL: 'Balik awal',
    TIADA_DAFTAR_KELUAR: 'Tiada daftar keluar',
    TIADA_DAFTAR_MASUK: 'Tiada daftar masuk',
    TIDAK_HADIR: 'Tidak hadir',
    LUAR_KAWASAN: 'Luar kawasan',
    DITERIMA: 'diterima',
    DITOLAK: 'ditolak',
    PERLU_MAKLUMAT: 'perlu maklumat lanjut',
    DILULUSKAN: 'diluluskan',
    KUNING: 'Kuning',
    HIJAU: 'Hijau',
    MERAH: 'Merah',
    STATUS: 'Status kehadiran',
    MOVEMENT: 'Pergerakan',
    HOME: 'Lokasi rumah BDR',
    JUSTIFICATION: 'Justifikasi',
    BDR: 'BDR',
    TUGASAN_LUAR: 'Tugasan luar',
    KURSUS: 'Kursus',
    MESYUARAT: 'Mesyuarat',
    CUTI: 'Cuti',
    CUTI_SAKIT: 'Cuti sakit',
    remark: ' Catatan: {{remark}}',
    overdue: ', {{overdue}} melepasi tempoh semakan',
    on: ' pada ',
  },
  'en-GB': {
    LEWAT: 'Late',
    BALIK_AWAL: 'Left early',
    TIADA_DAFTAR_KELUAR: 'No check-out',
    TIADA_DAFTAR_MASUK: 'No check-in',
    TIDAK_HADIR: 'Absent',
    LUAR_KAWASAN: 'Outside area',
    DITERIMA: 'accepted',
    DITOLAK: 'rejected',
    PERLU_MAKLUMAT: 'more information needed',
    DILULUSKAN: 'approved',
    KUNING: 'Yellow',
    HIJAU: 'Green',
    MERAH: 'Red',
    STATUS: 'Attendance status',
    MOVEMENT: 'Movement',
    HOME: 'BDR home location',
    JUSTIFICATION: 'Justification',
    BDR: 'BDR',
    TUGASAN_LUAR: 'Official duty outside',
    KURSUS: 'Training',
    MESYUARAT: 'Meeting',
    CUTI: 'Leave',
    CUTI_SAKIT: 'Sick leave',
    remark: ' Remark: {{remark}}',
    overdue: ', {{overdue}} past the review deadline',
    on: ' on ',
  },
};

const TEXTS: Record<Language, Record<NotificationKind, Text>> = { 'ms-MY': ms, 'en-GB': en };

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/**
 * Stored parameters: codes (translated), dates (YYYY-MM-DD) and months (YYYY-MM) written
 * as every screen writes them (domain/format), names and counts as they are. An issue may
 * carry its minutes as "LEWAT:622" ("Lewat 10 jam 22 minit").
 */
export type NotificationParams = Record<string, string | number | string[] | null | undefined>;

function word(lang: Language, code: string): string {
  const [name, minutes] = code.split(':');
  if (minutes !== undefined && /^\d+$/.test(minutes) && name && words[lang][name]) return `${words[lang][name]} ${formatMinutes(Number(minutes), lang)}`;
  return words[lang][code] ?? code;
}

const isCard = (v: unknown): v is Card => typeof v === 'string' && (CARD_LEVELS as readonly string[]).includes(v);

/** Parameters shown as they were written (names, times, people's own words), never read as codes. */
const AS_WRITTEN = new Set(['officer', 'time', 'by', 'title', 'text']);

/** The title and body of a notification in a language; unknown parameters read as empty. */
export function renderNotification(kind: NotificationKind, params: NotificationParams, lang: Language): Text {
  const v: Record<string, string> = {};
  for (const [k, raw] of Object.entries(params)) {
    if (raw === null || raw === undefined) continue;
    if (Array.isArray(raw)) v[k] = raw.map((c) => word(lang, c)).join(', ');
    else if (typeof raw === 'number') v[k] = String(raw);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) v[k] = formatDate(raw, lang);
    else if (k === 'month' && /^\d{4}-\d{2}$/.test(raw)) v[k] = formatMonth(raw, lang);
    else v[k] = AS_WRITTEN.has(k) || k === 'month' ? raw : word(lang, raw);
  }
  v.remark = typeof params.remark === 'string' && params.remark ? fill(word(lang, 'remark'), { remark: params.remark }) : '';
  v.overdue = typeof params.overdue === 'number' && params.overdue > 0 ? fill(word(lang, 'overdue'), { overdue: String(params.overdue) }) : '';
  v.date = typeof params.date === 'string' ? `${params.request ? word(lang, 'on') : ''}${formatDate(params.date, lang)}` : '';
  // What the new card means and what moves it (the organisation's thresholds when the notice carries them): green is a warning, never good news.
  v.level = isCard(params.card) ? cardLevel(params.card, lang) : '';
  const thresholds = typeof params.upAt === 'number' && typeof params.downAt === 'number' ? { upAt: params.upAt, downAt: params.downAt } : undefined;
  v.meaning = isCard(params.card) ? cardMeaning(params.card, lang, thresholds) : '';
  const t = TEXTS[lang][kind];
  return { title: fill(t.title, v), body: fill(t.body, v).trim() };
}
