import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS } from '../org/settings';
import { classifyPunch, type PunchContext } from './classify';

const office = { lat: 2.9264, lng: 101.6964 };
const ctx: PunchContext = {
  sites: [
    { id: 's1', name: 'Ibu pejabat', shape: { type: 'circle', centre: office, radiusMeters: 150 } },
    {
      id: 's2',
      name: 'Cawangan',
      shape: {
        type: 'polygon',
        points: [
          { lat: 3.0, lng: 101.0 },
          { lat: 3.0, lng: 101.01 },
          { lat: 3.01, lng: 101.01 },
          { lat: 3.01, lng: 101.0 },
        ],
      },
    },
  ],
  home: null,
  movementDestinations: [],
  previous: null,
};
const T = Date.parse('2026-11-23T00:10:00Z');
const policy = DEFAULT_ORG_SETTINGS;

describe('classifying a punch against the allowed places', () => {
  it('matches a circle site and a polygon site', () => {
    expect(classifyPunch({ lat: 2.9265, lng: 101.6965, accuracy: 20 }, T, ctx, policy)).toEqual({
      accepted: true,
      place: 'SITE',
      siteId: 's1',
      siteName: 'Ibu pejabat',
      flags: [],
    });
    expect(classifyPunch({ lat: 3.005, lng: 101.005, accuracy: 20 }, T, ctx, policy)).toMatchObject({ place: 'SITE', siteId: 's2' });
  });
  it('flags a punch outside every place, or refuses it when the organisation blocks', () => {
    const far = { lat: 3.15, lng: 101.7, accuracy: 20 };
    expect(classifyPunch(far, T, ctx, policy)).toEqual({ accepted: true, place: 'OUTSIDE', siteId: null, siteName: null, flags: ['LUAR_KAWASAN'] });
    expect(classifyPunch(far, T, ctx, { ...policy, geofencePolicy: 'BLOCK' })).toEqual({ accepted: false, reason: 'OUTSIDE' });
  });
  it('accepts the registered home only when given (an approved BDR day) and a movement destination', () => {
    const home = { lat: 3.1, lng: 101.6 };
    expect(classifyPunch({ ...home, accuracy: 30 }, T, { ...ctx, home: { ...home, radiusMeters: 150 } }, policy)).toMatchObject({ place: 'HOME', flags: [] });
    expect(classifyPunch({ ...home, accuracy: 30 }, T, ctx, policy)).toMatchObject({ place: 'OUTSIDE' });
    expect(classifyPunch({ ...home, accuracy: 30 }, T, { ...ctx, movementDestinations: [{ ...home, radiusMeters: 300 }] }, policy)).toMatchObject({
      place: 'MOVEMENT',
    });
  });
  it('without a fix: accepted and flagged, or refused, as the organisation says', () => {
    expect(classifyPunch(null, T, ctx, policy)).toEqual({ accepted: true, place: 'NONE', siteId: null, siteName: null, flags: ['TIADA_LOKASI'] });
    expect(classifyPunch(null, T, ctx, { ...policy, punchWithoutLocation: 'REFUSE' })).toEqual({ accepted: false, reason: 'NO_LOCATION' });
  });
  it('flags a fix less accurate than the limit', () => {
    expect(classifyPunch({ ...office, accuracy: 201 }, T, ctx, policy)).toMatchObject({ place: 'SITE', flags: ['KETEPATAN_RENDAH'] });
    expect(classifyPunch({ ...office, accuracy: 200 }, T, ctx, policy)).toMatchObject({ flags: [] });
  });
  it('flags impossible travel since the previous punch, not GPS jitter', () => {
    // Penang to Putrajaya (~300 km) in 10 minutes.
    const previous = { lat: 5.4164, lng: 100.3327, at: T - 10 * 60_000 };
    expect(classifyPunch({ ...office, accuracy: 20 }, T, { ...ctx, previous }, policy)).toMatchObject({ flags: ['KELAJUAN_MUSTAHIL'] });
    // The same trip over 5 hours is a drive.
    expect(classifyPunch({ ...office, accuracy: 20 }, T, { ...ctx, previous: { ...previous, at: T - 5 * 3_600_000 } }, policy)).toMatchObject({ flags: [] });
    // The organisation's limit decides: 300 km in 50 minutes is 360 km/h, under a 400 km/h limit.
    const fifty = { ...previous, at: T - 50 * 60_000 };
    expect(classifyPunch({ ...office, accuracy: 20 }, T, { ...ctx, previous: fifty }, policy)).toMatchObject({ flags: ['KELAJUAN_MUSTAHIL'] });
    expect(classifyPunch({ ...office, accuracy: 20 }, T, { ...ctx, previous: fifty }, { ...policy, travelSpeedLimitKmh: 400 })).toMatchObject({ flags: [] });
    // 500 m in the same second: jitter.
    expect(classifyPunch({ ...office, accuracy: 20 }, T, { ...ctx, previous: { lat: office.lat + 0.0045, lng: office.lng, at: T } }, policy)).toMatchObject({
      flags: [],
    });
  });
});
