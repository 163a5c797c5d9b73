import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { Actor } from '../../http/request-context';
import { recordAudit } from '../audit';
import { isEditable } from '../../../domain/requests/machine';
import { deleteAttachment, justificationPeople, readAttachment, saveAttachment } from './attachment-repo';

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

/** Keeps a file name printable and short: no path, no control characters. */
function cleanName(raw: string | undefined): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw ?? '');
  } catch {
    decoded = '';
  }
  const name = [...(decoded.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && c !== '"')
    .join('')
    .trim();
  if (!name || name.length > 150) throw fieldError('VALIDATION_FAILED', 'fileName', 'file.name');
  return name;
}

/**
 * The officer attaches a document to their justification while it waits: a PDF or an
 * image, 5 MB at most, whose bytes are what its type says (checked by signature, not by
 * name or header alone). It replaces the one before; audited with its SHA-256.
 */
export async function attach(db: Db, actor: Actor, justificationId: string, input: { body: Buffer; contentType: string; fileName: string | undefined }) {
  const j = await justificationPeople(db, actor.orgId, justificationId);
  if (!j || j.userId !== actor.id) throw new AppError('NOT_FOUND');
  if (!isEditable(j.state)) throw new AppError('NOT_PENDING');
  const fileName = cleanName(input.fileName);
  if (input.body.length === 0) throw fieldError('VALIDATION_FAILED', 'file', 'file.empty');
  if (input.body.length > ATTACHMENT_MAX_BYTES) throw fieldError('VALIDATION_FAILED', 'file', 'file.tooLarge');
  const sniffed = await fileTypeFromBuffer(input.body);
  if (!sniffed || sniffed.mime !== input.contentType || !(ATTACHMENT_TYPES as readonly string[]).includes(sniffed.mime))
    throw fieldError('VALIDATION_FAILED', 'file', 'file.type');
  const sha256 = createHash('sha256').update(input.body).digest('hex');
  const meta = await saveAttachment(db, {
    orgId: actor.orgId,
    justificationId,
    fileName,
    contentType: sniffed.mime,
    sizeBytes: input.body.length,
    sha256,
    data: input.body,
  });
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'justification.attached',
    entityType: 'justification',
    entityId: justificationId,
    ip: actor.ip,
    after: { fileName, contentType: sniffed.mime, sizeBytes: meta.sizeBytes, sha256 },
  });
  return { fileName: meta.fileName, contentType: meta.contentType, sizeBytes: meta.sizeBytes };
}

/**
 * The officer, the justification's reviewer (the stored one: now, or the last once decided) or
 * the penyemak who supported it reads the attachment; anyone else gets 404.
 */
export async function download(db: Db, actor: Actor, justificationId: string) {
  const j = await justificationPeople(db, actor.orgId, justificationId);
  if (!j || ![j.userId, j.reviewerId, j.checkedBy].includes(actor.id)) throw new AppError('NOT_FOUND');
  const file = await readAttachment(db, actor.orgId, justificationId);
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}

export async function detach(db: Db, actor: Actor, justificationId: string) {
  const j = await justificationPeople(db, actor.orgId, justificationId);
  if (!j || j.userId !== actor.id) throw new AppError('NOT_FOUND');
  if (!isEditable(j.state)) throw new AppError('NOT_PENDING');
  if (!(await deleteAttachment(db, actor.orgId, justificationId))) throw new AppError('NOT_FOUND');
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: 'justification.detached',
    entityType: 'justification',
    entityId: justificationId,
    ip: actor.ip,
  });
}
