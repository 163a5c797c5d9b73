import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/request-context';
import { DECISIONS } from '../../../domain/requests/machine';
import { REQUEST_STATES } from '../../../domain/requests/states';
import { APPROVAL_KINDS } from './repo';
import { decide, decideMany, listPending } from './service';

const tags = ['approvals'];
/** Whoever has someone to review (direct reports, or requests waiting for them): derived from data, not a role. */
const reviewer = { access: { permission: 'requests.review' as const } };

const pendingView = z.object({
  kind: z.enum(APPROVAL_KINDS),
  id: z.uuid(),
  officer: z.object({ id: z.uuid(), fullName: z.string(), staffNo: z.string() }),
  createdAt: z.string(),
  date: z.string().nullable(),
  code: z.string().nullable(),
  part: z.string().nullable(),
  note: z.string().nullable(),
  leaveAt: z.string().nullable(),
  expectedReturn: z.string().nullable(),
  destination: z.string().nullable(),
  purpose: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  accuracy: z.number().nullable(),
  address: z.string().nullable(),
  issue: z.object({ code: z.string(), minutes: z.number().nullable(), rule: z.string(), category: z.string() }).nullable(),
  review: z.object({ stage: z.number(), checkedBy: z.string().nullable(), checkRemark: z.string().nullable(), hasAttachment: z.boolean() }).nullable(),
  overdue: z.boolean(),
  /** The decisions the caller may make on it now; `final: false` is the penyemak's support, which passes it on to the pengesah. */
  decisions: z.array(z.object({ decision: z.enum(DECISIONS), final: z.boolean() })),
  /** BDR homes only: the nearest office site the officer may punch at and the distance to its edge in metres (null when the organisation has none). */
  office: z.object({ siteName: z.string(), meters: z.number() }).nullable().optional(),
});
const decisionBody = { decision: z.enum(DECISIONS), note: z.string().trim().max(500).optional() };

export const approvalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/approvals',
    {
      config: reviewer,
      schema: {
        tags,
        summary: 'What waits for me: day statuses, movements, BDR homes and justifications whose reviewer I am, each with the decisions I may make',
        response: { 200: z.object({ items: z.array(pendingView) }) },
      },
    },
    async (req) => ({ items: await listPending(req.db, actorOf(req)) }),
  );

  app.post(
    '/api/approvals/:kind/:id/decide',
    {
      config: reviewer,
      schema: {
        tags,
        summary:
          "Decide one waiting item of an officer I supervise: DILULUSKAN or DITOLAK a request; DITERIMA, DITOLAK or PERLU_MAKLUMAT a justification (with two review levels, the penyemak's DITERIMA passes it to the pengesah: state stays MENUNGGU, stage 2)",
        params: z.object({ kind: z.enum(APPROVAL_KINDS), id: z.uuid() }),
        body: z.object(decisionBody),
        response: { 200: z.object({ kind: z.enum(APPROVAL_KINDS), id: z.uuid(), state: z.enum(REQUEST_STATES), stage: z.number().nullable() }) },
      },
    },
    async (req) => decide(req.db, actorOf(req), req.params.kind, req.params.id, req.body.decision, req.body.note || null),
  );

  app.post(
    '/api/approvals/decide-many',
    {
      config: reviewer,
      schema: {
        tags,
        summary: 'The same decision for several waiting items at once, all or none (an error names the index of the item that stopped them)',
        body: z.object({
          items: z
            .array(z.object({ kind: z.enum(APPROVAL_KINDS), id: z.uuid() }))
            .min(1)
            .max(100),
          ...decisionBody,
        }),
        response: {
          200: z.object({
            decided: z.number(),
            results: z.array(z.object({ kind: z.enum(APPROVAL_KINDS), id: z.uuid(), state: z.enum(REQUEST_STATES), stage: z.number().nullable() })),
          }),
        },
      },
    },
    async (req) => decideMany(req.db, actorOf(req), req.body.items, req.body.decision, req.body.note || null),
  );
};
