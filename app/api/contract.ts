import type { paths } from './openapi';

/** A path of the API contract (docs/openapi.json). */
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body an operation answers with `status`, from the generated contract: `ApiResponse<'/api/me'>`. */
export type ApiResponse<P extends ApiPath, M extends Method = 'get', S extends number = 200> =
  NonNullable<paths[P][M]> extends { responses: infer R }
    ? S extends keyof R
      ? R[S] extends { content: { 'application/json': infer Body } }
        ? Body
        : never
      : never
    : never;

/** The JSON body an operation takes. */
export type ApiRequestBody<P extends ApiPath, M extends Method = 'post'> =
  NonNullable<paths[P][M]> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
