import { resolvePrefs, type NotificationChannel } from '../../../domain/notify/preferences';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '../../../domain/notify/texts';
import { afterCommit, type Db } from '../../db/client';
import { insertDeliveries, insertNotifications, recipients } from './repo';

/** Channels this deployment carries besides the in-app list: push always (its keys are made at start), email when SMTP is set. */
const outbound = { email: false };
const kickers = new Set<() => void>();

export function configureOutbound(opts: { email: boolean }): void {
  outbound.email = opts.email;
}

/** The delivery worker asks to hear of new deliveries, to send them without waiting for its next round. */
export function onNewDeliveries(kick: () => void): () => void {
  kickers.add(kick);
  return () => kickers.delete(kick);
}

export type Notice = { userId: string; kind: NotificationKind; params: NotificationParams; link?: string; dedupeKey?: string };

/**
 * Tells users something, inside the caller's transaction: a row in each one's in-app list
 * and, per their preferences, a push (when a device of theirs is registered) and an email
 * (when SMTP is configured) for the delivery worker, which is kicked once the transaction commits. A notice with
 * a dedupe key already told to that user is not told again.
 */
export async function notify(db: Db, orgId: string, notices: Notice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const people = new Map((await recipients(db, orgId, [...new Set(notices.map((n) => n.userId))])).filter((r) => r.active).map((r) => [r.id, r]));
  const wanted = notices.filter((n) => people.has(n.userId));
  const written = await insertNotifications(
    db,
    orgId,
    wanted.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      params: n.params,
      link: n.link ?? NOTIFICATION_KINDS[n.kind].link,
      dedupeKey: n.dedupeKey ?? null,
    })),
  );
  const deliveries: { notificationId: string; channel: NotificationChannel }[] = [];
  written.forEach((w) => {
    const person = people.get(w.userId);
    if (!person) return;
    const prefs = resolvePrefs(person.prefs)[NOTIFICATION_KINDS[w.kind as NotificationKind].event];
    if (prefs.push && person.has_push) deliveries.push({ notificationId: w.id, channel: 'push' });
    if (prefs.email && outbound.email) deliveries.push({ notificationId: w.id, channel: 'email' });
  });
  await insertDeliveries(db, orgId, deliveries);
  // The worker is told once the rows it is to send are committed (at once outside a transaction).
  if (deliveries.length > 0) afterCommit(db, () => kickers.forEach((k) => k()));
  return written.length;
}

export type WaitingNotice = { officerId: string; reviewerId: string | null; request: string; date: string | null };

/**
 * Requests wait for a decision (new, or passed on to the next review level): tells each
 * one's reviewer, the `reviewer_id` stored on the request. One read and one write for the set.
 */
export async function notifyReviewers(db: Db, orgId: string, waiting: WaitingNotice[]): Promise<void> {
  const told = waiting.filter((w): w is WaitingNotice & { reviewerId: string } => w.reviewerId !== null);
  if (told.length === 0) return;
  const names = new Map((await recipients(db, orgId, [...new Set(told.map((w) => w.officerId))])).map((r) => [r.id, r.full_name]));
  await notify(
    db,
    orgId,
    told
      .filter((w) => names.has(w.officerId))
      .map((w) => ({
        userId: w.reviewerId,
        kind: 'REVIEW_WAITING',
        params: { officer: names.get(w.officerId) ?? '', request: w.request, date: w.date },
      })),
  );
}
