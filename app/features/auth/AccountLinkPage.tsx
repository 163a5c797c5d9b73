import { Button } from '@govtechmy/myds-react/button';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { Notice, PageHeader } from '../../ui/Notice';
import { errorMessage } from '../../ui/errors';

/**
 * A page opened from a one-time link in an email: it says what the link does and uses it
 * when the person presses the button (not on opening, so a mail scanner fetching the link
 * uses nothing), then says what happened.
 */
export function AccountLinkPage({
  title,
  intro,
  submit,
  redeem,
  done,
  next,
}: {
  title: string;
  intro: string;
  submit: string;
  redeem: (token: string) => Promise<ReactNode>;
  done?: ReactNode;
  next: { to: string; label: string };
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: ReactNode } | null>(null);

  async function go() {
    setBusy(true);
    try {
      setOutcome({ ok: true, text: await redeem(token) });
    } catch (err) {
      // A refused email names its field (the address cannot be used); other refusals speak for themselves.
      setOutcome({ ok: false, text: (err instanceof ApiError && err.field('email')) || errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mx-auto max-w-md py-6">
      <PageHeader title={title} />
      <div className="flex flex-col gap-4">
        {!token ? (
          <Notice tone="danger">{t('account.noToken')}</Notice>
        ) : outcome ? (
          <Notice tone={outcome.ok ? 'success' : 'danger'}>{outcome.text}</Notice>
        ) : (
          <p className="text-body-sm">{intro}</p>
        )}
        {outcome?.ok && done}
        {token && !outcome?.ok && (
          <Button type="button" variant="primary-fill" className="justify-center" disabled={busy} onClick={() => void go()}>
            {busy ? t('account.working') : submit}
          </Button>
        )}
        <Link to={next.to} className="text-center text-body-sm text-txt-primary underline">
          {next.label}
        </Link>
      </div>
    </div>
  );
}
