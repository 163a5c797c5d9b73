import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, attach, detach, download } from './attachment-service';

const tags = ['issues'];
/** What a browser may show inline (its own PDF and image viewers); anything else is only ever downloaded. */
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
export const attachmentView = z.object({ fileName: z.string(), contentType: z.string(), sizeBytes: z.number() });

/** The document attached to a justification: uploaded as the raw request body, downloaded as an attachment, or shown inline (PDF, image) in a sandbox. */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  // The file is the body, as sent by fetch(url, { body: file }); its type is checked against its bytes in the service.
  app.addContentTypeParser([...ATTACHMENT_TYPES], { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.put(
    '/api/justifications/:id/attachment',
    {
      config: { access: { permission: 'attendance.self' } },
      bodyLimit: ATTACHMENT_MAX_BYTES + 1024 * 1024,
      schema: {
        tags,
        summary:
          'Attach a PDF or image (5 MB at most) to my justification while it waits; the body is the file, Content-Type its type, X-File-Name its name (URL-encoded)',
        params: idParams,
        headers: z.object({ 'content-type': z.enum(ATTACHMENT_TYPES), 'x-file-name': z.string().optional() }).loose(),
        response: { 200: attachmentView },
      },
    },
    async (req) =>
      attach(req.db, actorOf(req), req.params.id, {
        body: req.body as Buffer,
        contentType: req.headers['content-type'] ?? '',
        fileName: req.headers['x-file-name'],
      }),
  );

  app.get(
    '/api/justifications/:id/attachment',
    {
      config: { access: { permission: 'attendance.self' } },
      schema: {
        tags,
        summary:
          "Download the attachment of a justification: its officer and their reviewers (every supervisor is an officer too) only. With inline=1 a PDF or image is sent to be shown in the browser, sandboxed (nothing in it runs with the app's rights); any other type is still a download",
        params: idParams,
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
    },
    async (req, reply) => {
      const file = await download(req.db, actorOf(req), req.params.id);
      const inline = req.query.inline === '1' && INLINE_TYPES.has(file.contentType);
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        // Shown inline, the browser's own PDF viewer must still load: the sandbox alone, with no script of the file's own.
        .header('content-security-policy', inline ? 'sandbox' : "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store');
      return reply.send(file.data);
    },
  );

  app.delete(
    '/api/justifications/:id/attachment',
    {
      config: { access: { permission: 'attendance.self' } },
      schema: { tags, summary: 'Remove the attachment of my justification while it waits', params: idParams },
    },
    async (req, reply) => {
      await detach(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null;
    },
  );
};
