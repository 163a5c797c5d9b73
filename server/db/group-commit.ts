/**
 * Group commit: requests that arrive while a batch is being written wait and go
 * together in the next one, so many callers share one transaction (one commit, one
 * fsync) while each is answered only after its own row is durably committed.
 * `write` answers each item in order: a value, or an Error for that item alone.
 * `onBatch`, when given, hears the size of each batch as it goes to `write` (the metrics).
 */
export type GroupCommit<I, O> = { submit(item: I): Promise<O>; drain(): Promise<void> };

export function groupCommit<I, O>(opts: {
  write: (items: I[]) => Promise<(O | Error)[]>;
  maxBatch: number;
  maxInFlight: number;
  onBatch?: (size: number) => void;
}): GroupCommit<I, O> {
  type Waiting = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;
  const idle: (() => void)[] = [];

  function schedule() {
    if (scheduled || queue.length === 0 || inFlight >= opts.maxInFlight) return;
    scheduled = true;
    // Let every request parsed in this turn of the event loop join the batch.
    setImmediate(() => {
      scheduled = false;
      // flush() settles every waiter itself (rejects them on a failed write): nothing to catch here.
      void flush();
    });
  }

  async function flush() {
    if (queue.length === 0 || inFlight >= opts.maxInFlight) return;
    const batch = queue.slice(0, opts.maxBatch);
    queue = queue.slice(batch.length);
    inFlight++;
    try {
      opts.onBatch?.(batch.length);
      const results = await opts.write(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const r = results[i];
        if (r instanceof Error) w.reject(r);
        else if (r === undefined) w.reject(new Error('group commit: no result for an item'));
        else w.resolve(r);
      });
    } catch (err) {
      for (const w of batch) w.reject(err);
    } finally {
      inFlight--;
      schedule();
      if (inFlight === 0 && queue.length === 0) idle.splice(0).forEach((f) => f());
    }
  }

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    drain() {
      if (inFlight === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
  };
}
