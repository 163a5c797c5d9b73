import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';

const tones = {
  info: 'border-otl-primary-200 bg-bg-primary-50 text-txt-primary',
  success: 'border-otl-success-200 bg-bg-success-50 text-txt-success',
  danger: 'border-otl-danger-200 bg-bg-danger-50 text-txt-danger',
  warning: 'border-otl-warning-200 bg-bg-warning-50 text-txt-warning',
};

export function Notice({ tone = 'info', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={`rounded-lg border px-4 py-3 text-body-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-2 py-6 text-body-sm text-txt-black-500">
      <span className="size-4 animate-spin rounded-full border-2 border-otl-gray-300 border-t-txt-primary" aria-hidden="true" />
      {label}
    </div>
  );
}

export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
      <h1 className="font-heading text-heading-xs font-semibold">{title}</h1>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

/** A failed load: what went wrong, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="danger">
      {t('common.loadFailed')} {errorMessage(error, t)}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="font-semibold underline" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </>
      )}
    </Notice>
  );
}
