import { describe, expect, it } from 'vitest';
import { parsePolygon, polygonText } from './polygon-text';

describe('polygon text', () => {
  it('reads one pair per line, commas or spaces, blank lines ignored', () => {
    expect(parsePolygon('2.92, 101.69\n\n2.92 101.70\n 2.93,101.70 ')).toEqual([
      { lat: 2.92, lng: 101.69 },
      { lat: 2.92, lng: 101.7 },
      { lat: 2.93, lng: 101.7 },
    ]);
  });
  it('refuses a line that is not a pair of numbers', () => {
    expect(parsePolygon('2.92, 101.69\nPutrajaya')).toBeNull();
    expect(parsePolygon('1, 2, 3')).toBeNull();
  });
  it('writes back what it reads', () => {
    const pts = [
      { lat: 2.92, lng: 101.69 },
      { lat: 2.93, lng: 101.7 },
    ];
    expect(parsePolygon(polygonText(pts))).toEqual(pts);
  });
});
