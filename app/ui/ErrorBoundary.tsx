import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { reportClientError } from './report-error';

type Props = {
  children: ReactNode;
  /** What to show instead of the children that failed; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  /** A change of this value (the page's path) clears a failure: moving to another page works again. */
  resetKey?: string;
};

/**
 * Catches a render error below it, reports it to the server's log and shows the fallback,
 * so one page's bug never blanks the whole app.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    reportClientError(error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/** The page that failed: what happened, in the user's language, and the ways back. */
export function PageFailed({ retry, home }: { retry: () => void; home: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col gap-3 rounded-xl border border-otl-danger-200 bg-bg-danger-50 p-5 text-body-sm"
      data-testid="page-failed"
    >
      <h1 className="font-heading text-heading-xs font-semibold text-txt-danger">{t('shell.pageFailed')}</h1>
      <p className="text-txt-black-700">{t('shell.pageFailedBody')}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="rounded-md border border-otl-gray-200 bg-bg-white px-4 py-2 font-medium" onClick={retry}>
          {t('shell.tryAgain')}
        </button>
        {home}
      </div>
    </div>
  );
}

/**
 * The boundary around the page under the header: reset by moving to another page, with a
 * link home. "Try again" loads the page anew: a page whose code failed to load (a lost
 * connection) would fail again from the memory of the first attempt.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const home = (
    <Link to="/" className="font-medium text-txt-primary underline">
      {t('errors.backHome')}
    </Link>
  );
  return (
    <ErrorBoundary resetKey={location.pathname} fallback={() => <PageFailed retry={() => window.location.reload()} home={home} />}>
      {children}
    </ErrorBoundary>
  );
}
