import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { API_TYPES_FILE, buildOpenApiDocument, OPENAPI_FILE, renderApiTypes, renderOpenApiFile } from './openapi-document';

const STALE = "is stale: the routes' schemas changed since it was generated. Run `npm run openapi` and commit the result.";

/** The committed contract must be what the app generates now, so a change to the API shows in review and in the app's types. */
describe('the committed API contract', () => {
  let doc: OpenAPI3;
  beforeAll(async () => {
    doc = await buildOpenApiDocument();
  });

  it(`${OPENAPI_FILE} is what the app serves`, async () => {
    const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => '');
    expect(committed === renderOpenApiFile(doc), `${OPENAPI_FILE} ${STALE}`).toBe(true);
  });

  it(`${API_TYPES_FILE} is generated from it`, async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    expect(committed === (await renderApiTypes(doc)), `${API_TYPES_FILE} ${STALE}`).toBe(true);
  });

  it('names every route the app serves under /api', () => {
    expect(Object.keys(doc.paths ?? {})).toContain('/api/me');
  });
});
