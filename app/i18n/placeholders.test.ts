import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enGB } from './en-GB';
import { msMY } from './ms-MY';

/**
 * Names i18next reads from `t(key, options)` as options, not as values to interpolate:
 * a placeholder by one of these names takes the option's meaning (`lng` is the language,
 * and a number there blanked the movements page).
 */
const OPTION_NAMES = [
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'context',
  'count',
  'ordinal',
  'defaultValue',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'keyPrefix',
  'nsSeparator',
  'keySeparator',
];
/** `count` is an option with a value meaning too (plurals): it may be interpolated. */
const ALLOWED = new Set(['count']);

function placeholders(tree: unknown, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (typeof tree === 'string') {
    out.set(prefix, [...tree.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort());
    return out;
  }
  if (tree && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) for (const [key, names] of placeholders(v, prefix ? `${prefix}.${k}` : k)) out.set(key, names);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('interpolation names in the messages', () => {
  it('never uses a name i18next takes as an option', () => {
    const bad = [...placeholders(msMY), ...placeholders(enGB)].flatMap(([key, names]) =>
      names.filter((n) => OPTION_NAMES.includes(n) && !ALLOWED.has(n)).map((n) => `${key}: {{${n}}}`),
    );
    expect(bad).toEqual([]);
  });

  it('has the same placeholders in both languages for every key', () => {
    const en = placeholders(enGB);
    const differ = [...placeholders(msMY)].filter(([key, names]) => JSON.stringify(en.get(key)) !== JSON.stringify(names)).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('is never given an option name as a value by a t() call in the app', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const names = OPTION_NAMES.filter((n) => !ALLOWED.has(n) && n !== 'defaultValue').join('|');
    const call = new RegExp(String.raw`\bt\(\s*['\`][^'\`]+['\`]\s*,\s*\{[^}]*\b(${names})\s*:`, 'g');
    const found = sourceFiles(root).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(call)].map((m) => `${path.relative(root, f)}: ${m[1] ?? ''}`));
    expect(found).toEqual([]);
  });
});
