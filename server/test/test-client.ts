export type Res<T = Record<string, unknown>> = { status: number; body: T; headers: Headers; bytes: Buffer };

/**
 * A browser-like HTTP client: keeps the session cookie, sends the CSRF token it was
 * given on mutating requests (unless told not to), speaks JSON.
 */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  lang: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    const raw = body instanceof Uint8Array;
    if (body !== undefined && !raw) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.lang) headers['accept-language'] = this.lang;
    if (method !== 'GET' && opts.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? new Blob([new Uint8Array(body)]) : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    const json = res.headers.get('content-type')?.includes('json') ?? false;
    const parsed = text && json ? (JSON.parse(text) as T) : ({ text } as T);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed && typeof parsed.csrfToken === 'string') this.csrf = parsed.csrfToken;
    return { status: res.status, body: parsed, headers: res.headers, bytes };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown, opts?: { csrf?: boolean; headers?: Record<string, string> }) {
    return this.request<T>('POST', path, body ?? {}, opts);
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown, opts?: { csrf?: boolean }) {
    return this.request<T>('PATCH', path, body, opts);
  }
  put<T = Record<string, unknown>>(path: string, body: unknown, opts?: { csrf?: boolean }) {
    return this.request<T>('PUT', path, body, opts);
  }
  /** Sends raw bytes (a file) with its content type and extra headers. */
  upload<T = Record<string, unknown>>(method: 'PUT' | 'POST', path: string, bytes: Uint8Array, headers: Record<string, string>) {
    return this.request<T>(method, path, bytes, { headers });
  }
  delete<T = Record<string, unknown>>(path: string, opts?: { csrf?: boolean }) {
    return this.request<T>('DELETE', path, undefined, opts);
  }

  async login(login: string, password: string): Promise<Res> {
    const res = await this.post('/api/auth/login', { login, password });
    if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}
