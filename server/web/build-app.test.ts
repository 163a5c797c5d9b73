import { describe, expect, it } from 'vitest';
import { heldBack } from './build-app';

describe("the first-start build's own output", () => {
  it('is held back when the build succeeds', async () => {
    const seen: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the stream's own method, put back on the same stream
    const [out, err] = [process.stdout.write, process.stderr.write];
    const record = ((chunk: string) => {
      seen.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    process.stdout.write = record;
    process.stderr.write = record;
    try {
      const result = await heldBack(async () => {
        process.stdout.write('✓ 59 modules transformed.\n');
        process.stderr.write('WARN something deprecated\n');
        return 42;
      });
      expect(result).toBe(42);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- compared, not called
      expect(process.stdout.write).toBe(record);
      process.stdout.write('after\n');
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(seen).toEqual(['after\n']);
  });

  it('is shown when the build fails, and the failure is passed on', async () => {
    const shown: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the stream's own method, put back on the same stream
    const err = process.stderr.write;
    process.stderr.write = (chunk: string) => {
      shown.push(String(chunk));
      return true;
    };
    try {
      await expect(
        heldBack(async () => {
          process.stdout.write('transforming...\n');
          throw new Error('build failed');
        }),
      ).rejects.toThrow('build failed');
    } finally {
      process.stderr.write = err;
    }
    expect(shown.join('')).toBe('transforming...\n');
  });
});
