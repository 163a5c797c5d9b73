/**
 * Registers the service worker (production builds only) and tells the app when a
 * new version has been installed and is waiting: the app offers a reload, which
 * lets the new worker take over and loads the new app shell.
 */
type Listener = (apply: () => void) => void;
const listeners = new Set<Listener>();
let waiting: ServiceWorker | null = null;

export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting) listener(apply);
  return () => listeners.delete(listener);
}

function apply(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function announce(worker: ServiceWorker): void {
  waiting = worker;
  for (const l of listeners) l(apply);
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  window.addEventListener('load', () => {
    // A classic worker: the build is one file without imports, and older browsers lack module workers.
    navigator.serviceWorker
      .register('/sw.js')
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && navigator.serviceWorker.controller) announce(next);
          });
        });
      })
      .catch((err: unknown) => console.warn('service worker not registered', err));
  });
}
