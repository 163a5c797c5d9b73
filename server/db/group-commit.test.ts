import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

describe('group commit', () => {
  it('writes concurrent submissions together, answers each with its own result, and errors only the failing item', async () => {
    const batches: number[][] = [];
    const sizes: number[] = [];
    const gc = groupCommit<number, number>({
      maxBatch: 3,
      maxInFlight: 1,
      onBatch: (size) => sizes.push(size),
      write: async (items) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        return items.map((i) => (i === 4 ? new Error('four') : i * 10));
      },
    });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => gc.submit(i)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 30, 'four', 50]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
    expect(sizes).toEqual([3, 2]);
    await gc.drain();
  });
  it('rejects the whole batch when the write itself fails, then goes on', async () => {
    let calls = 0;
    const gc = groupCommit<string, string>({
      maxBatch: 10,
      maxInFlight: 1,
      write: async (items) => {
        calls++;
        if (calls === 1) throw new Error('db down');
        return items;
      },
    });
    await expect(Promise.all([gc.submit('a'), gc.submit('b')])).rejects.toThrow('db down');
    await expect(gc.submit('c')).resolves.toBe('c');
  });
});
