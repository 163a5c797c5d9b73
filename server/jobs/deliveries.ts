import { renderNotification, type Language, type NotificationKind, type NotificationParams } from '../../domain/notify/texts';
import type { Database } from '../db/client';
import type { Senders } from '../features/notifications';
import type { PushOutcome, PushSender } from '../integrations/web-push';
import {
  claimDue,
  dropSubscription,
  failDelivery,
  finishDelivery,
  markServed,
  subscriptionsOf,
  touchSubscription,
  type ClaimedDelivery,
} from './deliveries-repo';

const MAX_ATTEMPTS = 5;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const FOOTER: Record<Language, string> = {
  'ms-MY': 'Anda menerima e-mel ini daripada SPOT-Me. Pilih pemberitahuan yang anda mahu di halaman Profil.',
  'en-GB': 'You received this email from SPOT-Me. Choose the notifications you want on your Profile page.',
};

async function deliverOne(database: Database, d: ClaimedDelivery, senders: Senders): Promise<'SENT' | 'GONE'> {
  const lang: Language = d.language === 'en-GB' ? 'en-GB' : 'ms-MY';
  const text = renderNotification(d.kind as NotificationKind, d.params as NotificationParams, lang);
  const url = senders.publicUrl ? new URL(d.link, senders.publicUrl).toString() : d.link;
  if (d.channel === 'email') {
    if (!senders.mail) return 'GONE';
    await senders.mail.send({
      to: d.email,
      subject: text.title,
      language: lang,
      text: `${text.body}\n\n${url}\n\n-- \n${FOOTER[lang]}`,
      html: `<p>${escapeHtml(text.body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER[lang])}</p>`,
    });
    return 'SENT';
  }
  if (!senders.push) return 'GONE';
  return deliverPush(database, d, senders.push, { id: d.notification_id, title: text.title, body: text.body, url: d.link });
}

/**
 * Sends the push to each of the user's devices not served yet, each on its own: a device
 * served is recorded at once, one whose push service says gone (or that is not on an
 * allowed push service) is removed, and one that fails does not stop the others. Any
 * failure throws after the others have been served, so the retry sends only to what is
 * left. SENT when some device got it, GONE when there was none to get it.
 */
async function deliverPush(database: Database, d: ClaimedDelivery, push: PushSender, payload: object): Promise<'SENT' | 'GONE'> {
  const served = new Set(d.delivered_to);
  const failures: string[] = [];
  for (const s of await subscriptionsOf(database.db, d.org_id, d.user_id)) {
    if (served.has(s.id)) continue;
    let outcome: PushOutcome;
    try {
      outcome = await push.send(s, payload);
    } catch (err) {
      failures.push(err instanceof Error ? err.message : String(err));
      continue;
    }
    if (outcome !== 'SENT') await dropSubscription(database.db, d.org_id, s.id);
    else {
      served.add(s.id);
      await markServed(database.db, d.org_id, d.id, s.id);
      await touchSubscription(database.db, d.org_id, s.id);
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} device(s) not reached: ${failures.join('; ')}`);
  return served.size > 0 ? 'SENT' : 'GONE';
}

/**
 * Sends what is due in the outbox: each push to every device the user has registered
 * (devices whose push service says gone are removed), each email in the user's language.
 * A failure is tried again later, up to five attempts (a push then only to the devices
 * not yet served). Returns what it did.
 */
export async function deliverDue(database: Database, senders: Senders, limit = 50): Promise<{ sent: number; gone: number; failed: number }> {
  const result = { sent: 0, gone: 0, failed: 0 };
  for (;;) {
    const batch = await claimDue(database.db, limit);
    for (const d of batch) {
      try {
        const state = await deliverOne(database, d, senders);
        await finishDelivery(database.db, d.org_id, d.id, state);
        result[state === 'SENT' ? 'sent' : 'gone']++;
      } catch (err) {
        await failDelivery(database.db, d.org_id, d.id, d.attempts, err instanceof Error ? err.message : String(err), MAX_ATTEMPTS);
        result.failed++;
      }
    }
    if (batch.length < limit) return result;
  }
}
