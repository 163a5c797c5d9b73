import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { buildApp } from './app';

/** Where the committed contract lives, relative to the repository root. */
export const OPENAPI_FILE = 'docs/openapi.json';
export const API_TYPES_FILE = 'app/api/openapi.d.ts';

/**
 * The OpenAPI document the application serves at /api/docs/json, built from the routes' zod schemas.
 * The app is built on a throwaway in-memory database and never listens; the configuration is fixed so
 * the document does not depend on the caller's environment.
 */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    await database.migrate();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, database, logger: false, serveApp: false });
    try {
      await app.ready();
      return app.swagger() as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** Objects with their keys sorted (arrays keep their order), so the file's diff shows only real changes. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** The text of `docs/openapi.json`: sorted keys, two-space indent, a closing newline. */
export function renderOpenApiFile(doc: OpenAPI3): string {
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}

const TYPES_HEADER = `/**
 * Generated from docs/openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit by hand:
 * change the route's zod schema and run the script again. app/api/*-types.ts name the parts the app uses.
 */

`;

/** The text of the app's API types, generated from the (sorted) document. */
export async function renderApiTypes(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(JSON.parse(renderOpenApiFile(doc)) as OpenAPI3, { alphabetize: true });
  return TYPES_HEADER + astToString(ast);
}
