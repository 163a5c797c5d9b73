import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orgSettingsSchema } from '../../../domain/org/settings';
import { draftFromSettings, SETTING_FIELDS, settingsPatch } from './settings-form';

const stored = { reviewLevels: 1, graceMinutes: 5, geofencePolicy: 'FLAG', statusesNeedingApproval: ['BDR'], futureKey: { a: 1 } };

describe('the organisation settings form', () => {
  it('edits only the known keys that GET sent and keeps the others aside', () => {
    const { fields, draft, other } = draftFromSettings(stored);
    expect(fields.map((f) => f.key)).toEqual(['reviewLevels', 'graceMinutes', 'geofencePolicy', 'statusesNeedingApproval']);
    expect(draft).toEqual({ reviewLevels: '1', graceMinutes: '5', geofencePolicy: 'FLAG', statusesNeedingApproval: ['BDR'] });
    expect(other).toEqual([['futureKey', { a: 1 }]]);
  });

  it("edits the places' radii and the travel-speed limit, with their bounds from the settings schema", () => {
    const s = { travelSpeedLimitKmh: 300, bdrHomeRadiusMeters: 150, movementDestinationRadiusMeters: 300 };
    const { fields, draft } = draftFromSettings(s);
    expect(fields.map((f) => [f.key, f.kind === 'number' ? [f.min, f.max] : null])).toEqual([
      ['travelSpeedLimitKmh', [50, 1200]],
      ['bdrHomeRadiusMeters', [25, 2000]],
      ['movementDestinationRadiusMeters', [25, 5000]],
    ]);
    expect(settingsPatch(s, fields, { ...draft, bdrHomeRadiusMeters: '200' })).toEqual({ bdrHomeRadiusMeters: 200 });
  });

  it('offers every number with the bounds the settings schema checks', () => {
    for (const f of SETTING_FIELDS) {
      if (f.kind !== 'number') continue;
      const field = orgSettingsSchema.shape[f.key as keyof typeof orgSettingsSchema.shape];
      const number = field instanceof z.ZodNullable ? field.unwrap() : field;
      expect(number).toBeInstanceOf(z.ZodNumber);
      expect([f.key, (number as z.ZodNumber).minValue, (number as z.ZodNumber).maxValue]).toEqual([f.key, f.min, f.max]);
    }
  });

  it('copes with settings that are not an object', () => {
    expect(draftFromSettings(null)).toEqual({ fields: [], draft: {}, other: [] });
    expect(draftFromSettings('x').fields).toEqual([]);
  });

  it('sends only what changed, numbers as numbers', () => {
    const { fields, draft } = draftFromSettings(stored);
    expect(settingsPatch(stored, fields, draft)).toEqual({});
    expect(settingsPatch(stored, fields, { ...draft, reviewLevels: '2', graceMinutes: ' 10 ' })).toEqual({ reviewLevels: 2, graceMinutes: 10 });
  });

  it('treats the approval list as a set', () => {
    const s = { statusesNeedingApproval: ['BDR', 'KURSUS'] };
    const { fields } = draftFromSettings(s);
    expect(settingsPatch(s, fields, { statusesNeedingApproval: ['KURSUS', 'BDR'] })).toEqual({});
    expect(settingsPatch(s, fields, { statusesNeedingApproval: ['KURSUS'] })).toEqual({ statusesNeedingApproval: ['KURSUS'] });
  });

  it('sends null for a blank or non-numeric number so the server names the field', () => {
    const { fields, draft } = draftFromSettings(stored);
    expect(settingsPatch(stored, fields, { ...draft, graceMinutes: '' })).toEqual({ graceMinutes: null });
    expect(settingsPatch(stored, fields, { ...draft, graceMinutes: 'abc' })).toEqual({ graceMinutes: null });
  });

  it('turns a reminder off with a blank time or delay, and keeps a time as HH:MM', () => {
    const s = { reminderClockInAt: '08:45', reminderClockOutDelayMinutes: 30, digestAt: null };
    const { fields, draft } = draftFromSettings(s);
    expect(draft).toEqual({ reminderClockInAt: '08:45', reminderClockOutDelayMinutes: '30', digestAt: '' });
    expect(settingsPatch(s, fields, { ...draft, reminderClockInAt: '', reminderClockOutDelayMinutes: '', digestAt: '07:30' })).toEqual({
      reminderClockInAt: null,
      reminderClockOutDelayMinutes: null,
      digestAt: '07:30',
    });
    expect(settingsPatch(s, fields, draft)).toEqual({});
  });
});
