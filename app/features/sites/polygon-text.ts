export type Point = { lat: number; lng: number };

/** One "lat, lng" pair per line, as copied from a map; null if any line is not a pair of numbers. */
export function parsePolygon(text: string): Point[] | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const points = lines.map((l) => {
    const [lat, lng, ...rest] = l
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    return rest.length === 0 && Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat as number, lng: lng as number } : null;
  });
  return points.every((p): p is Point => p !== null) ? points : null;
}

export function polygonText(points: readonly Point[]): string {
  return points.map((p) => `${p.lat}, ${p.lng}`).join('\n');
}
