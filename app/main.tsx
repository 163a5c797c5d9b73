import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { initI18n } from './i18n';
import { AppShell } from './layout/AppShell';
import { registerServiceWorker } from './pwa/register-sw';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session';
import './styles.css';

initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <SessionProvider>
          <AppShell>
            <AppRoutes />
          </AppShell>
        </SessionProvider>
      </BrowserRouter>
    </StrictMode>,
  );
}

registerServiceWorker();
