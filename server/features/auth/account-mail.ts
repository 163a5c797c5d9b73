import type { FastifyBaseLogger } from 'fastify';
import type { Senders } from '../notifications';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './lockout';

/** Email about the account itself, to its owner: never through the outbox, which would keep the link's token. */
export type AccountMail =
  | { kind: 'UNLOCK'; to: string; language: string; token: string }
  | { kind: 'EMAIL_CONFIRM'; to: string; language: string; token: string }
  | { kind: 'EMAIL_CHANGED'; to: string; language: string; newEmail: string };

/**
 * Sends one account email, in the background: call it once the writes behind it are
 * committed. The request never waits for SMTP (a lock's email would otherwise make that
 * answer slower than other failures), and a failed send is logged, not answered.
 */
export type AccountMailer = (mail: AccountMail) => void;

type Lang = 'ms-MY' | 'en-GB';
type Text = { subject: string; body: string; footer: string };

const TEXTS: Record<Lang, { [K in AccountMail['kind']]: (p: { email: string }) => Text }> = {
  'ms-MY': {
    UNLOCK: () => ({
      subject: 'Akaun SPOT-Me anda telah dikunci',
      body: `Akaun SPOT-Me anda dikunci selama ${LOCK_MINUTES} minit selepas ${MAX_FAILED_LOGINS} percubaan log masuk atau kata laluan yang gagal. Buka pautan ini untuk membuka kunci akaun sekarang (sah selama 1 jam, sekali guna):`,
      footer: 'Jika percubaan itu bukan daripada anda, seseorang mungkin cuba meneka kata laluan anda: buka kunci akaun dan tukar kata laluan anda.',
    }),
    EMAIL_CONFIRM: () => ({
      subject: 'Sahkan e-mel baharu akaun SPOT-Me anda',
      body: 'Anda meminta supaya alamat ini menjadi e-mel akaun SPOT-Me anda. Buka pautan ini untuk mengesahkannya (sah selama 24 jam, sekali guna):',
      footer: 'Jika anda tidak membuat permintaan ini, abaikan e-mel ini: tiada apa-apa yang berubah.',
    }),
    EMAIL_CHANGED: ({ email }) => ({
      subject: 'E-mel akaun SPOT-Me anda telah ditukar',
      body: `E-mel akaun SPOT-Me anda telah ditukar kepada ${email}. Alamat ini tidak lagi digunakan untuk log masuk.`,
      footer: 'Jika bukan anda yang membuat perubahan ini, hubungi pentadbir organisasi anda dengan segera.',
    }),
  },
  'en-GB': {
    UNLOCK: () => ({
      subject: 'Your SPOT-Me account has been locked',
      body: `Your SPOT-Me account was locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failed login or password attempts. Open this link to unlock it now (valid for 1 hour, once):`,
      footer: 'If the attempts were not yours, someone may be guessing your password: unlock your account and change your password.',
    }),
    EMAIL_CONFIRM: () => ({
      subject: 'Confirm the new email of your SPOT-Me account',
      body: 'You asked for this address to become the email of your SPOT-Me account. Open this link to confirm it (valid for 24 hours, once):',
      footer: 'If you did not ask for this, ignore this email: nothing has changed.',
    }),
    EMAIL_CHANGED: ({ email }) => ({
      subject: 'The email of your SPOT-Me account has changed',
      body: `The email of your SPOT-Me account has been changed to ${email}. This address no longer logs in.`,
      footer: 'If you did not make this change, contact your organisation administrator at once.',
    }),
  },
};

const LINKS = { UNLOCK: '/unlock', EMAIL_CONFIRM: '/confirm-email' } as const;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The message for one account email; links are absolute when PUBLIC_URL is set (never from the request's Host). */
export function renderAccountMail(mail: AccountMail, publicUrl: string | undefined) {
  const lang: Lang = mail.language === 'en-GB' ? 'en-GB' : 'ms-MY';
  const text = TEXTS[lang][mail.kind]({ email: mail.kind === 'EMAIL_CHANGED' ? mail.newEmail : mail.to });
  const path = mail.kind === 'EMAIL_CHANGED' ? null : `${LINKS[mail.kind]}?token=${encodeURIComponent(mail.token)}`;
  const link = path && publicUrl ? new URL(path, publicUrl).toString() : path;
  return {
    to: mail.to,
    subject: text.subject,
    language: lang,
    text: [text.body, link, text.footer].filter(Boolean).join('\n\n'),
    html: [
      `<p>${escapeHtml(text.body)}</p>`,
      link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '',
      `<p>${escapeHtml(text.footer)}</p>`,
    ].join(''),
  };
}

/** Account email over the configured mailer; without SMTP nothing is sent. */
export function createAccountMailer(senders: Senders, log: FastifyBaseLogger): AccountMailer {
  return (mail) => {
    const mailer = senders.mail;
    if (!mailer) return;
    mailer.send(renderAccountMail(mail, senders.publicUrl)).catch((err: unknown) => log.error({ err, kind: mail.kind }, 'account email not sent'));
  };
}
