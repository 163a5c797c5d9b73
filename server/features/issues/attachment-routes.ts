import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/request-context';
import { idParams } from '../users/schema';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, attach, detach, download } from './attachment-service';

const tags = ['issues'];
export const attachmentView = z.object({ fileName: z.string(), contentType: z.string(), sizeBytes: z.number() });

/** The document attached to a justification: uploaded as the raw request body, downloaded as an attachment, never inline. */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  // The file is the body, as sent by fetch(url, { body: file }); its type is checked against its bytes in the service.
  app.addContentTypeParser([...ATTACHMENT_TYPES], { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.put('/api/justifications/:id/attachment', {
    config: { access: { permission: 'attendance.self' } },
    bodyLimit: ATTACHMENT_MAX_BYTES + 1024 * 1024,
    schema: {
      tags, summary: 'Attach a PDF or image (5 MB at most) to my justification while it waits; the body is the file, Content-Type its type, X-File-Name its name (URL-encoded)',
      params: idParams, headers: z.object({ 'content-type': z.enum(ATTACHMENT_TYPES), 'x-file-name': z.string().optional() }).loose(), response: { 200: attachmentView },
    },
  }, async (req) => attach(req.db, actorOf(req), req.params.id, { body: req.body as Buffer, contentType: req.headers['content-type'] ?? '', fileName: req.headers['x-file-name'] as string | undefined }));

  app.get('/api/justifications/:id/attachment', {
    config: { access: { permission: 'attendance.self' } },
    schema: { tags, summary: 'Download the attachment of a justification: its officer and their reviewers (every supervisor is an officer too) only', params: idParams },
  }, async (req, reply) => {
    const file = await download(req.db, actorOf(req), req.params.id);
    reply.header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store');
    return reply.send(file.data);
  });

  app.delete('/api/justifications/:id/attachment', {
    config: { access: { permission: 'attendance.self' } },
    schema: { tags, summary: 'Remove the attachment of my justification while it waits', params: idParams },
  }, async (req, reply) => {
    await detach(req.db, actorOf(req), req.params.id);
    reply.code(204);
    return null;
  });
};
