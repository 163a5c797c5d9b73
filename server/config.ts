import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/**
 * The push services of the browsers in use: Chrome and Edge on Android (FCM), Firefox
 * (Mozilla autopush), Safari (Apple), Edge on Windows (WNS). `*.` means any sub-domain.
 */
const DEFAULT_PUSH_HOSTS =
  'fcm.googleapis.com,android.googleapis.com,updates.push.services.mozilla.com,*.push.services.mozilla.com,web.push.apple.com,*.push.apple.com,*.notify.windows.com';

/** `0`/`false`: trust no proxy; `1`/`true` or N: the N nearest hops; else a comma-separated list of proxy IPs or CIDRs. */
function parseTrustProxy(raw: string, ctx: z.RefinementCtx): false | number | string[] {
  const v = raw.trim().toLowerCase();
  if (v === '0' || v === 'false') return false;
  if (v === 'true') return 1;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((s) => !isIpOrCidr(s));
  if (list.length === 0 || bad.length > 0)
    ctx.addIssue({ code: 'custom', message: `must be 0, 1 (or a hop count), or proxy IPs/CIDRs separated by commas; not ${bad.join(', ') || 'empty'}` });
  return list;
}

function isIpOrCidr(s: string): boolean {
  const [ip = '', bits, ...rest] = s.split('/');
  const family = isIP(ip);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Push service hosts, lower case: `host` (the host and its sub-domains, port 443),
 * `*.host` (its sub-domains only, port 443) or `host:port` (exactly that, the only form
 * that may name an IP address, `localhost` or another port).
 */
function parsePushHosts(raw: string, ctx: z.RefinementCtx): string[] {
  const list = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of list) {
    const m = /^(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/.exec(entry);
    const host = m?.[2]?.replace(/^\[|\]$/g, '') ?? '';
    const local = isIP(host) !== 0 || host === 'localhost' || host.endsWith('.localhost');
    const problem = !m
      ? 'not a host name, *.host or host:port'
      : m[1] && m[3]
        ? 'a wildcard cannot name a port'
        : local && !m[3]
          ? 'an IP address or localhost must be given as host:port'
          : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `${entry}: ${problem}` });
  }
  if (list.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one push service host' });
  return list;
}

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    DB_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
    DB_POOLER: z.enum(['none', 'pgbouncer']).default('none'),
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    DB_REPORT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
    SEED_DEMO: bool.optional(),
    PUBLIC_URL: z.string().url().optional(),
    TRUST_PROXY: z.string().default('0').transform(parseTrustProxy),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BUILD_APP: bool.default(true),
    JOBS: bool.default(true),
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().default('SPOT-Me <noreply@localhost>'),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://')
      .optional(),
    DELIVERY_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
    PUSH_ALLOWED_HOSTS: z.string().default(DEFAULT_PUSH_HOSTS).transform(parsePushHosts),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must not contain spaces').optional(),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  })
  .refine((c) => c.METRICS_PORT === undefined || c.METRICS_PORT === 0 || c.METRICS_PORT !== c.PORT, {
    path: ['METRICS_PORT'],
    message: 'must differ from PORT (metrics on their own port)',
  });

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  poolMax: number;
  /** `pgbouncer`: connections go through PgBouncer in transaction mode (no session-level startup settings). */
  pooler: 'none' | 'pgbouncer';
  dbTimeouts: { connectMs: number; statementMs: number; idleInTransactionMs: number };
  /** The statement timeout of report requests (longer than `dbTimeouts.statementMs`). */
  reportStatementTimeoutMs: number;
  /** After SIGTERM, how long in-flight work may take before the process exits anyway. */
  shutdownTimeoutSeconds: number;
  seedDemo: boolean;
  publicUrl: string | undefined;
  /** Which proxies' `X-Forwarded-*` headers to believe: none, the N nearest hops, or these addresses. */
  trustProxy: false | number | string[];
  sessionTtlHours: number;
  loginRateLimitPerMinute: number;
  logLevel: string;
  buildApp: boolean;
  /** Run the scheduled jobs (day close) in this process. */
  jobs: boolean;
  jobsIntervalSeconds: number;
  /** Email notifications go out over this SMTP server when set (smtp:// or smtps://, credentials in the URL). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Who runs this deployment, for push services (VAPID `sub`): PUBLIC_URL when https, else a mailto: address. */
  vapidSubject: string;
  /** How often the delivery worker sends waiting push and email notifications. */
  deliveryIntervalSeconds: number;
  /** The push service hosts a device's subscription may point at (see `PUSH_ALLOWED_HOSTS`). */
  pushAllowedHosts: string[];
  /** Secure cookies everywhere but plain local development. */
  secureCookies: boolean;
  /** `GET /metrics` (Prometheus) needs `Authorization: Bearer <token>` when set. */
  metricsToken: string | undefined;
  /** Metrics are served on their own HTTP server on this port (0: any free port), not on `port`. */
  metricsPort: number | undefined;
};

/** Parses the environment once at boot; a bad value stops the process with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as in most .env conventions.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    poolMax: c.DB_POOL_MAX,
    pooler: c.DB_POOLER,
    dbTimeouts: { connectMs: c.DB_CONNECT_TIMEOUT_MS, statementMs: c.DB_STATEMENT_TIMEOUT_MS, idleInTransactionMs: c.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS },
    shutdownTimeoutSeconds: c.SHUTDOWN_TIMEOUT_SECONDS,
    reportStatementTimeoutMs: c.DB_REPORT_STATEMENT_TIMEOUT_MS,
    seedDemo: c.SEED_DEMO ?? !c.DATABASE_URL,
    publicUrl: c.PUBLIC_URL,
    trustProxy: c.TRUST_PROXY,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    loginRateLimitPerMinute: c.LOGIN_RATE_LIMIT_PER_MINUTE,
    logLevel: c.LOG_LEVEL,
    buildApp: c.BUILD_APP,
    jobs: c.JOBS,
    jobsIntervalSeconds: c.JOBS_INTERVAL_SECONDS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    vapidSubject: c.VAPID_SUBJECT ?? (c.PUBLIC_URL?.startsWith('https://') ? c.PUBLIC_URL : 'mailto:noreply@localhost'),
    deliveryIntervalSeconds: c.DELIVERY_INTERVAL_SECONDS,
    pushAllowedHosts: c.PUSH_ALLOWED_HOSTS,
    secureCookies: c.NODE_ENV === 'production' || (c.PUBLIC_URL?.startsWith('https://') ?? false),
    metricsToken: c.METRICS_TOKEN,
    metricsPort: c.METRICS_PORT,
  };
}

export class ConfigError extends Error {}
