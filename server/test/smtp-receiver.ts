import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

type Waiter = { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void };

/** An SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. */
export async function startSmtpReceiver() {
  const messages: ParsedMail[] = [];
  let waiters: Waiter[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        const met = waiters.filter((w) => w.match(mail));
        waiters = waiters.filter((w) => !met.includes(w));
        for (const w of met) w.resolve(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  /**
   * The first message (already received or still to come) that matches; for mail sent
   * after the answer to a request. Rejects after `ms` with what did arrive.
   */
  function waitFor(match: (m: ParsedMail) => boolean, ms = 10_000): Promise<ParsedMail> {
    const got = messages.find(match);
    if (got) return Promise.resolve(got);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching email within ${ms} ms; received: ${messages.map((m) => m.subject).join(' | ')}`));
      }, ms);
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      waiters.push(waiter);
    });
  }
  return { messages, waitFor, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Who a parsed message was sent to (the first address). */
export function recipientOf(m: ParsedMail): string {
  const to = Array.isArray(m.to) ? m.to[0] : m.to;
  return to?.value[0]?.address ?? '';
}

/** The one-time token in a message's link (`…?token=…`). */
export function tokenIn(m: ParsedMail): string {
  const found = /[?&]token=([A-Za-z0-9_-]+)/.exec(m.text ?? '');
  if (!found?.[1]) throw new Error(`no token link in: ${m.text ?? ''}`);
  return found[1];
}
