import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A message for an error: the app's own text for codes it knows, else the server's (already in the user's language). */
export function errorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    const own = t(`errors.${err.code}`, { defaultValue: '' });
    return own || err.message;
  }
  return t('errors.UNKNOWN');
}
