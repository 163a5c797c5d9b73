import { describe, expect, it } from 'vitest';
import { distanceMeters, insidePolygon, matchSite, nearestSite, speedKmh, type Site } from './geo';

// Perdana Putra, Putrajaya and Menara Kuala Lumpur.
const putrajaya = { lat: 2.9431, lng: 101.6994 };
const kl = { lat: 3.1528, lng: 101.7038 };

describe('geofence maths', () => {
  it('haversine distance: Putrajaya to KL tower is about 23.3 km; zero to itself', () => {
    expect(distanceMeters(putrajaya, kl) / 1000).toBeCloseTo(23.35, 0);
    expect(distanceMeters(putrajaya, putrajaya)).toBe(0);
  });
  it('a circle site holds fixes within its radius only', () => {
    const site: Site = { id: 'hq', shape: { type: 'circle', centre: putrajaya, radiusMeters: 150 } };
    expect(matchSite({ lat: 2.944, lng: 101.6994 }, [site])?.id).toBe('hq'); // ~100 m north
    expect(matchSite({ lat: 2.945, lng: 101.6994 }, [site])).toBeNull(); // ~211 m north
  });
  it('point in polygon, including a concave one', () => {
    const l = [
      { lat: 0, lng: 0 },
      { lat: 0, lng: 4 },
      { lat: 1, lng: 4 },
      { lat: 1, lng: 1 },
      { lat: 4, lng: 1 },
      { lat: 4, lng: 0 },
    ];
    expect(insidePolygon({ lat: 0.5, lng: 3 }, l)).toBe(true);
    expect(insidePolygon({ lat: 3, lng: 0.5 }, l)).toBe(true);
    expect(insidePolygon({ lat: 3, lng: 3 }, l)).toBe(false);
    const site: Site = { id: 'poly', shape: { type: 'polygon', points: l } };
    expect(matchSite({ lat: 3, lng: 3 }, [site])).toBeNull();
  });
  it('speed between fixes flags impossible travel', () => {
    const t0 = Date.parse('2026-03-02T08:00:00+08:00');
    expect(speedKmh({ ...putrajaya, at: t0 }, { ...kl, at: t0 + 60_000 })).toBeGreaterThan(1000);
    expect(speedKmh({ ...putrajaya, at: t0 }, { ...kl, at: t0 + 3_600_000 })).toBeCloseTo(23.35, 0);
  });

  it('the nearest site to a BDR home and how far its edge is; none without sites', () => {
    const hq: Site = { id: 'hq', shape: { type: 'circle', centre: putrajaya, radiusMeters: 150 } };
    const tower: Site = { id: 'tower', shape: { type: 'polygon', points: [kl, { lat: kl.lat, lng: kl.lng + 0.001 }, { lat: kl.lat + 0.001, lng: kl.lng }] } };
    const home = { lat: 3.1, lng: 101.7 };
    const near = nearestSite(home, [hq, tower]);
    expect(near?.site.id).toBe('tower');
    expect(near!.meters).toBeCloseTo(distanceMeters(home, kl), -1);
    expect(nearestSite(putrajaya, [hq, tower])).toEqual({ site: hq, meters: 0 });
    expect(nearestSite(home, [])).toBeNull();
  });
});
