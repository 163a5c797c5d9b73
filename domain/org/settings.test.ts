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
});
