import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string; html: string; language: string };
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/** Email over SMTP (`SMTP_URL`, e.g. smtps://user:pass@mail.example.gov.my:465); each message says its language. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  // Pooled: a burst (a day's close tells many officers) reuses a few connections instead of one per message.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: { 'Content-Language': m.language } });
    },
    close: () => transport.close(),
  };
}
