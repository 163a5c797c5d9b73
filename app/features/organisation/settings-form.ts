/**
 * The organisation settings form, kept tolerant of what GET /api/organisation sends:
 * it edits the keys it knows that are there, shows any others read-only, and
 * PATCHes only the keys that changed.
 */
export type FieldSpec =
  | { key: string; label: string; kind: 'select'; numeric?: boolean; options: Record<string, string> }
  | { key: string; label: string; kind: 'number'; min: number; max: number; nullable?: boolean; hint?: string }
  | { key: string; label: string; kind: 'time'; hint: string }
  | { key: string; label: string; kind: 'multi'; options: Record<string, string> };

/** Each known setting, with its translation keys (domain/org/settings.ts holds the rules). */
export const SETTING_FIELDS: FieldSpec[] = [
  { key: 'reviewLevels', label: 'org.reviewLevels', kind: 'select', numeric: true, options: { 1: 'org.reviewOne', 2: 'org.reviewTwo' } },
  { key: 'graceMinutes', label: 'org.graceMinutes', kind: 'number', min: 0, max: 60 },
  { key: 'geofencePolicy', label: 'org.geofencePolicy', kind: 'select', options: { FLAG: 'org.geofenceFlag', BLOCK: 'org.geofenceBlock' } },
  {
    key: 'punchWithoutLocation',
    label: 'org.punchWithoutLocation',
    kind: 'select',
    options: { ACCEPT_FLAGGED: 'org.withoutAccept', REFUSE: 'org.withoutRefuse' },
  },
  { key: 'accuracyLimitMeters', label: 'org.accuracyLimit', kind: 'number', min: 10, max: 5000 },
  { key: 'travelSpeedLimitKmh', label: 'org.travelSpeedLimit', kind: 'number', min: 50, max: 1200, hint: 'org.travelSpeedLimitHint' },
  { key: 'bdrHomeRadiusMeters', label: 'org.bdrHomeRadius', kind: 'number', min: 25, max: 2000, hint: 'org.bdrHomeRadiusHint' },
  { key: 'movementDestinationRadiusMeters', label: 'org.destinationRadius', kind: 'number', min: 25, max: 5000, hint: 'org.destinationRadiusHint' },
  { key: 'reviewDeadlineDays', label: 'org.reviewDeadline', kind: 'number', min: 1, max: 60 },
  { key: 'cardUpAtDays', label: 'org.cardUpAt', kind: 'number', min: 1, max: 31, hint: 'org.cardUpAtHint' },
  { key: 'cardDownAtDays', label: 'org.cardDownAt', kind: 'number', min: 0, max: 30, hint: 'org.cardDownAtHint' },
  { key: 'reminderClockInAt', label: 'org.reminderClockInAt', kind: 'time', hint: 'org.timeOffHint' },
  { key: 'reminderClockOutDelayMinutes', label: 'org.reminderClockOutDelay', kind: 'number', min: 0, max: 240, nullable: true, hint: 'org.delayOffHint' },
  { key: 'digestAt', label: 'org.digestAt', kind: 'time', hint: 'org.timeOffHint' },
  { key: 'minimumRestMinutes', label: 'org.minimumRest', kind: 'number', min: 0, max: 1440, hint: 'org.minimumRestHint' },
  {
    key: 'statusesNeedingApproval',
    label: 'org.needApproval',
    kind: 'multi',
    options: {
      BDR: 'dayStatus.BDR',
      TUGASAN_LUAR: 'dayStatus.TUGASAN_LUAR',
      KURSUS: 'dayStatus.KURSUS',
      MESYUARAT: 'dayStatus.MESYUARAT',
      CUTI: 'dayStatus.CUTI',
      CUTI_SAKIT: 'dayStatus.CUTI_SAKIT',
    },
  },
];

/** What the inputs hold: text for selects and numbers, a list for multi-choice. */
export type Draft = Record<string, string | string[]>;

export function settingsObject(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** The known fields present in the settings, their draft values, and the keys the form does not know. */
export function draftFromSettings(raw: unknown): { fields: FieldSpec[]; draft: Draft; other: [string, unknown][] } {
  const settings = settingsObject(raw);
  const known = new Set(SETTING_FIELDS.map((f) => f.key));
  const fields = SETTING_FIELDS.filter((f) => f.key in settings);
  const draft: Draft = {};
  for (const f of fields) {
    const v = settings[f.key];
    draft[f.key] =
      f.kind === 'multi' ? (Array.isArray(v) ? v.map(String) : []) : v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  }
  return { fields, draft, other: Object.entries(settings).filter(([k]) => !known.has(k)) };
}

function toValue(f: FieldSpec, v: string | string[]): unknown {
  if (f.kind === 'multi') return Array.isArray(v) ? v : [];
  const text = Array.isArray(v) ? '' : v.trim();
  // A time or a number that may be off: blank means off (null).
  if ((f.kind === 'time' || (f.kind === 'number' && f.nullable)) && text === '') return null;
  if (f.kind === 'time') return text;
  if (f.kind === 'number' || f.numeric) {
    // Blank or not a number: sent as null so the server names the field.
    const n = text === '' ? Number.NaN : Number(text);
    return Number.isFinite(n) ? n : null;
  }
  return text;
}

/** The settings that changed, as the API wants them (numbers as numbers); empty when nothing did. */
export function settingsPatch(raw: unknown, fields: FieldSpec[], draft: Draft): Record<string, unknown> {
  const original = settingsObject(raw);
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const value = toValue(f, draft[f.key] ?? '');
    const before = original[f.key];
    const same =
      f.kind === 'multi'
        ? JSON.stringify([...(value as string[])].sort()) === JSON.stringify(Array.isArray(before) ? before.map(String).sort() : before)
        : value === before;
    if (!same) patch[f.key] = value;
  }
  return patch;
}
