import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from 'tailwindcss';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// The MYDS Tailwind 3 preset (its package exports only an ESM wrapper around this file).
const { content: _unused, ...mydsPreset } = require(path.join(here, 'node_modules/@govtechmy/myds-style/tailwind.config.js')) as Config;

export default {
  presets: [mydsPreset],
  content: [path.join(here, 'app/**/*.{ts,tsx,html}'), path.join(here, 'node_modules/@govtechmy/myds-react/dist/**/*.mjs')],
} satisfies Config;
