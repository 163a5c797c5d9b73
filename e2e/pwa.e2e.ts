import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './harness';

const env = useServerAndBrowser();

describe('installable PWA', () => {
  it('serves a manifest with the icons an install needs', async () => {
    const manifest = (await (await fetch(`${env.server.url}/manifest.webmanifest`)).json()) as {
      display: string;
      start_url: string;
      icons: { sizes: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/start');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png']) {
      const res = await fetch(env.server.url + icon);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
  });

  it('registers the service worker, precaches the app shell and opens it offline', async () => {
    // Service workers need a secure context: localhost counts as one, 127.0.0.1 too.
    const ctx = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}/login`);
    await page.getByRole('heading', { name: 'Log masuk' }).waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${env.server.url}/`);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const names = await caches.keys();
            const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
            return urls.some((u) => u.startsWith('/index.html')) && urls.some((u) => u.startsWith('/assets/'));
          }),
        { timeout: 15_000 },
      )
      .toBe(true);
    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Log masuk' }).waitFor({ timeout: 10_000 });
    await ctx.close();
  });

  it('shows a pushed message as a notification that carries the page to open', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    await ctx.grantPermissions(['notifications'], { origin: env.server.url });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}/login`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    // Chromium's DevTools protocol hands the service worker a push message, as a push service would.
    const cdp = await ctx.newCDPSession(page);
    const registration = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
        const r = e.registrations.find((x) => x.scopeURL === `${env.server.url}/` && !x.isDeleted);
        if (r) resolve(r.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registration;
    const message = { id: 'n-1', title: 'Justifikasi diterima', body: 'Justifikasi anda bagi Lewat pada 24/11/2026: diterima.', url: '/issues' };
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: env.server.url, registrationId, data: JSON.stringify(message) });
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
              title: n.title,
              body: n.body,
              url: (n.data as { url: string }).url,
            })),
          ),
        { timeout: 10_000 },
      )
      .toEqual([{ title: message.title, body: message.body, url: '/issues' }]);
    await ctx.close();
  });
});
