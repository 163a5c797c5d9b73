import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

function setsAField(v: object): boolean {
  return Object.values(v).some((x) => x !== undefined);
}

/** A PATCH body that sets nothing (`{}`) answers 400 "nothing to change" instead of reaching an UPDATE with nothing to set. */
export function nonEmptyPatch<T extends z.ZodType<object>>(schema: T): T {
  return schema.refine(setsAField, { message: 'patch.empty' });
}

/** At start-up, refuses a PATCH route whose body schema accepts `{}`: every PATCH says "nothing to change" the same way. */
export function registerPatchBodyCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (![route.method].flat().includes('PATCH')) return;
    const body = route.schema?.body as { safeParse?: (v: unknown) => { success: boolean } } | undefined;
    if (!body?.safeParse || body.safeParse({}).success) {
      throw new Error(`Route PATCH ${route.url} accepts an empty body: wrap its body schema in nonEmptyPatch()`);
    }
  });
}
