import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorMessage } from './errors';

/**
 * The submit cycle every form shares: busy while sending; the server's field errors
 * shown next to their fields; anything else as one message above the form.
 */
export function useApiForm() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<ApiError | null>(null);
  const [general, setGeneral] = useState<string | null>(null);

  function submitWith(action: () => Promise<void>) {
    return async (e?: FormEvent) => {
      e?.preventDefault();
      setBusy(true);
      setFieldErrors(null);
      setGeneral(null);
      try {
        await action();
      } catch (err) {
        if (err instanceof ApiError && err.fields.length > 0) setFieldErrors(err);
        else setGeneral(errorMessage(err, t));
      } finally {
        setBusy(false);
      }
    };
  }

  return {
    busy,
    general,
    /** The server's message(s) for one field path, joined. */
    fieldError: (path: string) => fieldErrors?.fields.filter((f) => f.path === path).map((f) => f.message).join(' ') || undefined,
    submitWith,
  };
}
