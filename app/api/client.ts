/** Errors from the API, in its one shape: `{ error: { code, message, details } }`. */
export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The message for one form field, if the server named it. */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export function parseApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (!err || typeof err.code !== 'string') return new ApiError(status, status === 0 ? 'NETWORK' : 'UNKNOWN', `HTTP ${status}`);
  const details = (typeof err.details === 'object' && err.details !== null ? err.details : {}) as Record<string, unknown>;
  const fields = Array.isArray(details.fields) ? (details.fields as FieldError[]).filter((f) => typeof f?.path === 'string') : [];
  return new ApiError(status, err.code, typeof err.message === 'string' ? err.message : err.code, fields, details);
}

let csrfToken: string | null = null;
/** Remembered from login and GET /api/me; sent on every mutating request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Network error');
  }
  const text = await res.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) throw parseApiError(res.status, parsed);
  return parsed as T;
}
