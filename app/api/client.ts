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

  /** The message(s) for one form field, joined, if the server named it. */
  field(path: string): string | undefined {
    const messages = this.fields.filter((f) => f.path === path).map((f) => f.message);
    return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
  }
}

export function parseApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (!err || typeof err.code !== 'string') return new ApiError(status, status === 0 ? 'NETWORK' : 'UNKNOWN', `HTTP ${status}`);
  const details = (typeof err.details === 'object' && err.details !== null ? err.details : {}) as Record<string, unknown>;
  const fields = Array.isArray(details.fields)
    ? (details.fields as unknown[]).filter(
        (f): f is FieldError => typeof (f as FieldError | null)?.path === 'string' && typeof (f as FieldError).message === 'string',
      )
    : [];
  return new ApiError(status, err.code, typeof err.message === 'string' ? err.message : err.code, fields, details);
}

let csrfToken: string | null = null;
/** Remembered from login and GET /api/me; sent on every mutating request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let language = 'ms-MY';
/** Sent as Accept-Language, so messages before login come in the language on screen. */
export function setRequestLanguage(lang: string): void {
  language = lang;
}

type SessionLostListener = (err: ApiError) => void;
const sessionLostListeners = new Set<SessionLostListener>();
/**
 * Called when a request made with a session answers 401 (expired, revoked, user
 * deactivated) or 403 PASSWORD_CHANGE_REQUIRED: the app then reloads who is logged in.
 */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** Paths whose 401 is an answer, not a lost session. */
const NOT_A_SESSION_LOSS = new Set(['/api/me', '/api/auth/login', '/api/auth/logout']);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A file sent as the request body, with its type (and name, URL-encoded, in X-File-Name). */
export class FileBody {
  constructor(
    readonly file: Blob,
    readonly name: string,
  ) {}
}

export async function api<T>(method: Method, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language, ...extraHeaders };
  if (body instanceof FileBody) {
    headers['content-type'] = body.file.type;
    headers['x-file-name'] = encodeURIComponent(body.name);
  } else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : body instanceof FileBody ? body.file : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Network error');
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page, say: no JSON to read.
    if (res.ok) throw new ApiError(res.status, 'UNKNOWN', `HTTP ${res.status}`);
  }
  if (!res.ok) {
    const err = parseApiError(res.status, parsed);
    const pathOnly = path.split('?')[0] ?? path;
    if ((err.status === 401 || err.code === 'PASSWORD_CHANGE_REQUIRED') && !NOT_A_SESSION_LOSS.has(pathOnly)) {
      for (const listener of sessionLostListeners) listener(err);
    }
    throw err;
  }
  return parsed as T;
}
