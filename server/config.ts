import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

const configSchema = z.object({
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
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
  SEED_DEMO: bool.optional(),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BUILD_APP: bool.default(true),
  JOBS: bool.default(true),
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('SPOT-Me <noreply@localhost>'),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://').optional(),
  DELIVERY_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must not contain spaces').optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
}).refine((c) => c.METRICS_PORT === undefined || c.METRICS_PORT === 0 || c.METRICS_PORT !== c.PORT, {
  path: ['METRICS_PORT'], message: 'must differ from PORT (metrics on their own port)',
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
  /** After SIGTERM, how long in-flight work may take before the process exits anyway. */
  shutdownTimeoutSeconds: number;
  seedDemo: boolean;
  publicUrl: string | undefined;
  trustProxy: boolean;
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
    secureCookies: c.NODE_ENV === 'production' || (c.PUBLIC_URL?.startsWith('https://') ?? false),
    metricsToken: c.METRICS_TOKEN,
    metricsPort: c.METRICS_PORT,
  };
}

export class ConfigError extends Error {}
