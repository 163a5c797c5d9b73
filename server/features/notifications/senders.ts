import type { Mailer } from '../../integrations/mail';
import type { PushSender } from '../../integrations/web-push';

/** How notifications leave the server: the push sender, the mailer when SMTP is set, and the public address links point at. */
export type Senders = { push: PushSender | null; mail: Mailer | null; publicUrl: string | undefined };

declare module '../../http/request-context' {
  interface AppDeps {
    senders: Senders;
  }
}
