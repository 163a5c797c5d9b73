import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, buildOpenApiDocument, OPENAPI_FILE, renderApiTypes, renderOpenApiFile } from '../openapi-document';

/** `npm run openapi`: writes the API contract (docs/openapi.json) and the app's types generated from it. */
async function main(): Promise<void> {
  const doc = await buildOpenApiDocument();
  await writeFile(OPENAPI_FILE, renderOpenApiFile(doc));
  await writeFile(API_TYPES_FILE, await renderApiTypes(doc));
  process.stdout.write(`wrote ${OPENAPI_FILE} and ${API_TYPES_FILE}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
