import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorMessage } from './errors';

/** The outcome of the last attempt, shown beside the form. */
export type ResultNotice = { tone: 'success' | 'danger' | 'info' | 'warning'; text: string };

/**
 * The submit cycle every form shares: busy while sending; the server's field errors
 * shown next to their fields, and the error's own message above the form. A new
 * attempt clears the last one's result (`notice`, set by the form on success) and its
 * errors, so an error never stands beside the previous success.
 */
export function useApiForm() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<ApiError | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [notice, setNotice] = useState<ResultNotice | null>(null);

  function submitWith(action: () => Promise<void>) {
    return async (e?: FormEvent) => {
      e?.preventDefault();
      setBusy(true);
      setFieldErrors(null);
      setGeneral(null);
      setNotice(null);
      try {
        await action();
      } catch (err) {
        // Field messages go next to their fields; the summary above the form says what
        // kind of problem it is, so nothing is silent when a field is out of view.
        if (err instanceof ApiError && err.fields.length > 0) setFieldErrors(err);
        setGeneral(errorMessage(err, t));
      } finally {
        setBusy(false);
      }
    };
  }

  return {
    busy,
    general,
    /** The last attempt's result; cleared when the next one starts. */
    notice,
    setNotice,
    /** The server's message(s) for one field path, joined. */
    fieldError: (path: string) => fieldErrors?.field(path),
    submitWith,
  };
}
