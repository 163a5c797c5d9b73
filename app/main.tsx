import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { initI18n } from './i18n';
import { AppShell } from './layout/AppShell';
import { registerServiceWorker } from './pwa/register-sw';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session';
import { ErrorBoundary, PageBoundary, PageFailed } from './ui/ErrorBoundary';
import './styles.css';

initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* The last wall, for a failure in the frame itself; each page has its own boundary under the header. */}
      <ErrorBoundary
        fallback={() => (
          <div className="p-6">
            <PageFailed
              retry={() => window.location.reload()}
              home={
                <a href="/" className="font-medium text-txt-primary underline">
                  SPOT-Me
                </a>
              }
            />
          </div>
        )}
      >
        <BrowserRouter>
          <SessionProvider>
            <AppShell>
              <PageBoundary>
                <AppRoutes />
              </PageBoundary>
            </AppShell>
          </SessionProvider>
        </BrowserRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
}

registerServiceWorker();
