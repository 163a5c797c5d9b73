/** What the load worker (load-worker.mjs) is given and answers. */
type Officer = { cookie: string; csrf: string };
export type LoadJob = { port: number; officers: Officer[]; seconds: number; concurrency: number; rate?: number; location: { lat: number; lng: number } };
export type LoadResult = { ok: number; errors: number; latencies: number[]; seconds: number; firstError: string | null };
