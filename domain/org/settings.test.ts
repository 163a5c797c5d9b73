import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS, orgSettingsPatchSchema, parseOrgSettings } from './settings';

describe('organisation settings', () => {
  it('fills missing keys with the defaults', () => {
    expect(parseOrgSettings({})).toEqual(DEFAULT_ORG_SETTINGS);
    expect(parseOrgSettings(null)).toEqual(DEFAULT_ORG_SETTINGS);
    expect(parseOrgSettings({ graceMinutes: 10 }).graceMinutes).toBe(10);
  });
  it('a patch is a strict subset', () => {
    expect(orgSettingsPatchSchema.safeParse({ reviewLevels: 2 }).success).toBe(true);
    expect(orgSettingsPatchSchema.safeParse({ reviewLevels: 3 }).success).toBe(false);
    expect(orgSettingsPatchSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });
  it("the places' radii and the travel-speed limit default to the constants they replace, within bounds", () => {
    expect(DEFAULT_ORG_SETTINGS).toMatchObject({ travelSpeedLimitKmh: 300, bdrHomeRadiusMeters: 150, movementDestinationRadiusMeters: 300 });
    for (const [key, low, high] of [
      ['travelSpeedLimitKmh', 49, 1201],
      ['bdrHomeRadiusMeters', 24, 2001],
      ['movementDestinationRadiusMeters', 24, 5001],
    ] as const) {
      expect(orgSettingsPatchSchema.safeParse({ [key]: low }).success).toBe(false);
      expect(orgSettingsPatchSchema.safeParse({ [key]: high }).success).toBe(false);
      expect(orgSettingsPatchSchema.safeParse({ [key]: low + 1 }).success).toBe(true);
      expect(orgSettingsPatchSchema.safeParse({ [key]: 150.5 }).success).toBe(false);
    }
  });
});
