import type { ErrorCode, FieldError } from '../http/errors';

/** The API's one error shape (`errorBody` in server/http/errors.ts) as tests read it from a response. */
export type Err = {
  error: {
    code: ErrorCode;
    message: string;
    /** `fields`: the zod issues as field messages; `in`: which part of the request (body, query, params); more per code. */
    details?: { fields?: FieldError[]; in?: string } & Record<string, unknown>;
  };
};
