import { describe, expect, it } from 'vitest';
import { batcher } from './batcher';

describe('the request batcher', () => {
  it('writes concurrent submissions together, answers each with its own result, and errors only the failing item', async () => {
    const batches: number[][] = [];
    const sizes: number[] = [];
    const gc = batcher<number, number>({
      maxBatch: 3,
      maxInFlight: 1,
      onBatch: (size) => sizes.push(size),
      handle: async (items) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        return items.map((i) => (i === 4 ? new Error('four') : i * 10));
      },
    });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => gc.submit(i)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 30, 'four', 50]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(sizes).toEqual([3, 2]);
    await gc.drain();
  });
  it('rejects the whole batch when the write itself fails, then goes on', async () => {
    let calls = 0;
    const gc = batcher<string, string>({
      maxBatch: 10,
      maxInFlight: 1,
      handle: async (items) => {
        calls++;
        if (calls === 1) throw new Error('db down');
        return items;
      },
    });
    await expect(Promise.all([gc.submit('a'), gc.submit('b')])).rejects.toThrow('db down');
    await expect(gc.submit('c')).resolves.toBe('c');
  });
  it('keeps at most maxInFlight batches going, and drain waits for the last', async () => {
    let running = 0;
    let most = 0;
    const b = batcher<number, number>({
      maxBatch: 1,
      maxInFlight: 2,
      handle: async (items) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return items;
      },
    });
    const all: Promise<number>[] = [];
    for (const i of [1, 2, 3, 4, 5]) {
      all.push(b.submit(i));
      await new Promise((r) => setImmediate(r)); // each in its own turn: a new batch while others are in flight
    }
    const drained = b.drain();
    await expect(Promise.all(all)).resolves.toEqual([1, 2, 3, 4, 5]);
    await drained;
    expect(running).toBe(0);
    expect(most).toBe(2);
  });
  it('answers an item with no result with an error', async () => {
    const b = batcher<number, number>({ maxBatch: 10, maxInFlight: 1, handle: async () => [] });
    await expect(b.submit(1)).rejects.toThrow('no result');
  });
});
