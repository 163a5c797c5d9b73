/**
 * The hostile inputs of the API fuzz test (`server/http/fuzz.api.test.ts`). Every input is
 * built from a route's own OpenAPI schema: first a plausible value for each field (so the
 * request gets past the fields it does not attack), then one kind of field at a time is
 * replaced by something hostile. Fixed lists, no randomness: the same requests every run.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
};

/** What a leaf of a schema is, for choosing which leaves an input attacks. */
export type LeafKind = 'text' | 'enum' | 'uuid' | 'email' | 'uri' | 'date' | 'month' | 'time' | 'datetime' | 'patterned' | 'number' | 'boolean';

/** Ids of real rows the plausible values point at (the fuzzing organisation's, and another's). */
export type FuzzIds = { officer: string; supervisor: string; unit: string; site: string; request: string; foreign: string };

/** `now`: a minute ago (a past instant every "not in the future" rule accepts). */
export type Context = { ids: FuzzIds; today: string; tomorrow: string; now: string; inAnHour: string; seq: () => number };

/** Replaces a leaf's plausible value; `undefined` keeps it. */
type Attack = (kind: LeafKind, plausible: unknown, ctx: Context) => unknown;

export const NONEXISTENT_UUID = 'f0f0f0f0-0000-4000-8000-00000000f0f0';
const TEXT_ATTACKS = {
  'NUL in text': 'Fuzz\u0000text',
  'lone high surrogate in text': 'Fuzz\uD800text',
  'lone low surrogate in text': '\uDC00Fuzz',
  '10 000 characters': 'x'.repeat(10_000),
  'empty text': '',
  'blank text': ' \t\n ',
  'injection-looking text': "Robert'); DROP TABLE users;--<script>alert(1)</script>${7*7}%s%n",
} as const;

const isDateKind = (k: LeafKind) => k === 'date' || k === 'month';

/** Each entry attacks one kind of leaf everywhere in the body or query. */
const LEAF_ATTACKS: Record<string, Attack> = {
  plausible: () => undefined,
  ...Object.fromEntries(Object.entries(TEXT_ATTACKS).map(([name, value]) => [name, (k: LeafKind) => (k === 'text' ? value : undefined)])),
  'NUL in every string': (_k, v) => (typeof v === 'string' ? `${v}\u0000` : undefined),
  'impossible dates (Feb 30)': (k) => (k === 'date' ? '2026-02-30' : k === 'datetime' ? '2026-02-30T08:00:00Z' : k === 'month' ? '2026-13' : undefined),
  'nonsense dates (9999-99-99)': (k) => (isDateKind(k) || k === 'datetime' ? '9999-99-99' : k === 'time' ? '99:99' : undefined),
  'far-future dates': (k) => (k === 'date' ? '9999-12-31' : k === 'datetime' ? '9999-12-31T23:59:59Z' : k === 'month' ? '9999-12' : undefined),
  'ancient dates': (k) => (k === 'date' ? '0001-01-01' : k === 'datetime' ? '0001-01-01T00:00:00Z' : k === 'month' ? '0000-01' : undefined),
  'instants in year 0 in UTC': (k) => (k === 'datetime' ? '0001-01-01T00:00:00+08:00' : undefined),
  'instants in year 10000 in UTC': (k) => (k === 'datetime' ? '9999-12-31T23:59:59-08:00' : undefined),
  'uuids that do not exist': (k) => (k === 'uuid' ? NONEXISTENT_UUID : undefined),
  'uuids of another organisation': (k, _v, ctx) => (k === 'uuid' ? ctx.ids.foreign : undefined),
  'nil uuids': (k) => (k === 'uuid' ? '00000000-0000-0000-0000-000000000000' : undefined),
  'non-uuid ids': (k) => (k === 'uuid' ? 'not-a-uuid' : undefined),
  'huge numbers': (k) => (k === 'number' ? 1e308 : undefined),
  'unsafe integers': (k) => (k === 'number' ? Number.MAX_SAFE_INTEGER + 2 : undefined),
  'negative numbers': (k) => (k === 'number' ? -1 : undefined),
  fractions: (k) => (k === 'number' ? 0.5 : undefined),
  zero: (k) => (k === 'number' ? 0 : undefined),
  'NaN-like strings for numbers': (k) => (k === 'number' ? 'NaN' : undefined),
  'every leaf null': () => null,
  'objects where leaves are expected': () => ({ nested: { deeper: 'x' } }),
  'arrays where leaves are expected': () => ['x', 1],
  'booleans everywhere': () => true,
  'numbers where strings are expected': (_k, v) => (typeof v === 'string' ? 12345 : undefined),
  'strings where numbers or booleans are expected': (k) => (k === 'number' || k === 'boolean' ? 'Infinity' : undefined),
};

/** A JSON body as sent: already a string, so shapes `JSON.stringify` cannot make are possible. */
export type BodyInput = { name: string; raw: string };

/** The ~35 hostile bodies of a route whose body has this schema. */
export function hostileBodies(schema: JsonSchema, ctx: Context): BodyInput[] {
  const out: BodyInput[] = Object.entries(LEAF_ATTACKS).map(([name, attack]) => ({
    name,
    raw: json(build(schema, ctx, attack, { optional: true, branch: 'first' }, '')),
  }));
  const plausible = build(schema, ctx, () => undefined, { optional: true, branch: 'first' }, '');
  const spread = plausible && typeof plausible === 'object' && !Array.isArray(plausible) ? json(plausible).slice(1, -1) : '';
  const withKeys = (extra: string) => `{${extra}${spread ? `,${spread}` : ''}}`;
  out.push(
    { name: 'required fields only', raw: json(build(schema, ctx, () => undefined, { optional: false, branch: 'first' }, '')) },
    { name: 'the last alternative of every choice', raw: json(build(schema, ctx, () => undefined, { optional: true, branch: 'last' }, '')) },
    { name: 'long arrays', raw: json(build(schema, ctx, () => undefined, { optional: true, branch: 'first', arrayLength: 1000 }, '')) },
    { name: 'empty arrays', raw: json(build(schema, ctx, () => undefined, { optional: true, branch: 'first', arrayLength: 0 }, '')) },
    { name: 'empty object', raw: '{}' },
    { name: 'array body', raw: '[]' },
    { name: 'null body', raw: 'null' },
    { name: 'string body', raw: '"fuzz"' },
    { name: 'number body', raw: '12345' },
    { name: '__proto__ key', raw: withKeys('"__proto__":{"isAdmin":true}') },
    { name: 'constructor.prototype key', raw: withKeys('"constructor":{"prototype":{"isAdmin":true}}') },
    { name: 'unknown keys, one with NUL', raw: withKeys('"zzUnknown":1,"a\\u0000b":"c"') },
    { name: 'deep nesting', raw: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` },
  );
  return out;
}

/** Query strings for a GET route with these parameters (its `in: query` list). */
export function hostileQueries(params: { name: string; schema: JsonSchema; required?: boolean }[], ctx: Context): { name: string; query: string }[] {
  const object: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
  // A route without parameters sees every attack the same (unknown parameters): only the raw ones below.
  const attacks = params.length ? Object.entries(LEAF_ATTACKS) : [];
  const out = attacks.map(([name, attack]) => ({ name, query: toQuery(build(object, ctx, attack, { optional: true, branch: 'first' }, '')) }));
  const plausible = toQuery(build(object, ctx, () => undefined, { optional: true, branch: 'first' }, ''));
  const first = params[0]?.name ?? 'q';
  const and = plausible ? `${plausible}&` : '';
  out.push(
    { name: 'required parameters only', query: toQuery(build(object, ctx, () => undefined, { optional: false, branch: 'first' }, '')) },
    { name: 'every parameter twice', query: plausible ? `${plausible}&${plausible}` : 'q=a&q=b' },
    { name: 'percent-encoded NUL', query: `${first}=%00&zz=%00` },
    { name: 'invalid UTF-8 (an encoded lone surrogate)', query: `${first}=%ED%A0%80` },
    { name: 'truncated UTF-8', query: `${first}=%F0%9F` },
    { name: 'broken percent escape', query: `${first}=%zz%` },
    { name: 'NUL in a parameter name', query: `${and}%00=1` },
    { name: 'bracketed keys', query: `${and}${first}[x]=1&__proto__[isAdmin]=true&constructor[prototype][x]=1` },
    { name: 'empty values', query: params.map((p) => `${encodeURIComponent(p.name)}=`).join('&') || 'q=' },
    { name: 'many parameters', query: Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&') },
  );
  return out;
}

/** Values tried in place of each path parameter, the others keeping their real value. */
export const HOSTILE_PATH_VALUES: Record<string, string> = {
  'uuid that does not exist': NONEXISTENT_UUID,
  'not a uuid': 'not-a-uuid',
  'percent-encoded NUL': '%00',
  'invalid UTF-8': '%ED%A0%80',
  '3 000 characters': 'x'.repeat(3000),
  'impossible date': '2026-02-30',
  'nonsense date': '9999-99-99',
  'far-future date': '9999-12-31',
  'negative number': '-1',
  'huge number': '1e308',
  'encoded dot-dot-slash': '%2e%2e%2f%2e%2e%2fetc',
  'encoded space and quote': '%20%27%22',
};

type BuildOptions = { optional: boolean; branch: 'first' | 'last'; arrayLength?: number };

function build(schema: JsonSchema, ctx: Context, attack: Attack, opts: BuildOptions, name: string): unknown {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) {
    const real = choices.filter((c) => c.type !== 'null');
    const pick = (opts.branch === 'first' ? real[0] : real[real.length - 1]) ?? choices[0]!;
    return build(pick, ctx, attack, opts, name);
  }
  if (schema.allOf?.length) return build(Object.assign({}, ...schema.allOf) as JsonSchema, ctx, attack, opts, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {})
      .filter(([key]) => opts.optional || required.has(key))
      .map(([key, sub]) => [key, build(sub, ctx, attack, opts, key)] as const)
      .filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries);
  }
  if (type === 'array') {
    const item = build(schema.items ?? {}, ctx, attack, opts, name);
    const length = opts.arrayLength ?? Math.max(schema.minItems ?? 1, 1);
    return Array.from({ length }, () => item);
  }
  const kind = leafKind(schema, type);
  const plausible = plausibleLeaf(schema, kind, ctx, name);
  const attacked = attack(kind, plausible, ctx);
  return attacked === undefined ? plausible : attacked;
}

function leafKind(schema: JsonSchema, type: string | undefined): LeafKind {
  if (schema.enum || schema.const !== undefined) return 'enum';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  if (schema.format === 'uuid') return 'uuid';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'uri') return 'uri';
  if (schema.format === 'date-time') return 'datetime';
  const p = schema.pattern ?? '';
  if (p.includes('\\d{4}-\\d{2}-\\d{2}')) return 'date';
  if (p.includes('\\d{4}-(0[1-9]')) return 'month';
  if (p.includes('[0-5]\\d$') && p.includes('2[0-3]')) return 'time';
  return p ? 'patterned' : 'text';
}

/** Fields whose plausible value needs more than the schema says (refinements the OpenAPI document cannot show). */
const BY_NAME: Record<string, (ctx: Context) => unknown> = {
  to: (ctx) => ctx.tomorrow,
  expectedReturn: (ctx) => ctx.inAnHour,
  format: () => 'csv',
  // Tasks take minutes or a start and end time, not both: the plausible task has the times.
  minutes: () => undefined,
  nric: (ctx) => `900101-14-${String(ctx.seq() % 10_000).padStart(4, '0')}`,
  state: () => 'MY-14',
  dutyState: () => 'MY-14',
  timeZone: () => 'Asia/Kuala_Lumpur',
  phone: () => '012-3456789',
  lat: () => 3.139,
  lng: () => 101.687,
  newPassword: () => 'Fuzz#Kata-Laluan-2026',
};

function plausibleLeaf(schema: JsonSchema, kind: LeafKind, ctx: Context, name: string): unknown {
  const byName = BY_NAME[name];
  const named = byName?.(ctx);
  if (kind === 'enum') return schema.enum?.includes(named) ? named : (schema.const ?? schema.enum?.find((v) => v !== null));
  if (byName) return named;
  switch (kind) {
    case 'number': {
      const min = schema.minimum ?? Number.NEGATIVE_INFINITY;
      const max = schema.maximum ?? Number.POSITIVE_INFINITY;
      return Math.min(Math.max(30, min), max);
    }
    case 'boolean':
      return true;
    case 'uuid':
      return uuidFor(name, ctx);
    case 'email':
      return `fuzz.${ctx.seq()}@ujian.gov.my`;
    case 'uri':
      return `https://push.invalid/fuzz/${ctx.seq()}`;
    case 'datetime':
      return ctx.now;
    case 'date':
      return ctx.today;
    case 'month':
      return ctx.today.slice(0, 7);
    case 'time':
      return name.toLowerCase().includes('end') ? '17:00' : '08:00';
    case 'patterned': {
      const re = new RegExp(schema.pattern ?? '');
      const fits = (c: string) => re.test(c) && c.length >= (schema.minLength ?? 0) && c.length <= (schema.maxLength ?? c.length);
      return ['FUZZ01', 'AbcdefghijklmnopqrstuvwxyzABCDEF', '0123456789', 'x'].find(fits) ?? 'x';
    }
    default: {
      const min = schema.minLength ?? 1;
      const text = `Fuzz ${name} ${ctx.seq()} `.padEnd(Math.max(min, 8), 'x');
      return text.slice(0, schema.maxLength ?? text.length);
    }
  }
}

function uuidFor(name: string, ctx: Context): string {
  const n = name.toLowerCase();
  if (n.includes('unit') || n.includes('parent')) return ctx.ids.unit;
  if (n.includes('site')) return ctx.ids.site;
  if (n.includes('supervisor')) return ctx.ids.supervisor;
  if (n.includes('user') || n.includes('officer')) return ctx.ids.officer;
  if (n === 'id') return ctx.ids.request;
  if (n.includes('idempotency')) return `00000000-0000-4000-8000-${String(ctx.seq()).padStart(12, '0')}`;
  return NONEXISTENT_UUID;
}

/** JSON text; `JSON.stringify` escapes lone surrogates as `\udXXX`, which is how a client sends them. */
function json(v: unknown): string {
  return v === undefined ? '' : JSON.stringify(v);
}

/** A query string: arrays repeat the key, objects become bracketed keys, lone surrogates are sent as their (invalid) UTF-8 bytes. */
function toQuery(v: unknown): string {
  if (!v || typeof v !== 'object') return '';
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((x) => add(key, x));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, x]) => add(`${key}[${k}]`, x));
    else parts.push(`${encode(key)}=${value === null ? '' : encode(typeof value === 'string' ? value : `${value as number | boolean | bigint | undefined}`)}`);
  };
  Object.entries(v).forEach(([k, x]) => add(k, x));
  return parts.join('&');
}

function encode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i += 1;
    } else if (c >= 0xd800 && c <= 0xdfff) out += surrogateBytes(c);
    else out += encodeURIComponent(s.charAt(i));
  }
  return out;
}

/** The three bytes a lone surrogate would take if UTF-8 allowed it (WTF-8). */
function surrogateBytes(code: number): string {
  const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
}
