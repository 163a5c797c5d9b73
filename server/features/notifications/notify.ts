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
  const written = await insertNotifications(db, orgId, wanted.map((n) => ({
    userId: n.userId, kind: n.kind, params: n.params, link: n.link ?? NOTIFICATION_KINDS[n.kind].link, dedupeKey: n.dedupeKey ?? null,
  })));
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

/**
 * Something of `officerId` waits for a decision (a request, or a justification at a review
 * level): tells `reviewerId`, by default the officer's supervisor.
 */
export async function notifyReviewer(db: Db, orgId: string, officerId: string, request: string, date: string | null, reviewerId?: string): Promise<void> {
  const [officer] = await recipients(db, orgId, [officerId]);
  const to = reviewerId ?? officer?.supervisor_id;
  if (!officer || !to) return;
  await notify(db, orgId, [{ userId: to, kind: 'REVIEW_WAITING', params: { officer: officer.full_name, request, date } }]);
}
