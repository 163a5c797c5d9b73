import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, login, useServerAndBrowser } from './harness';

/** Issue 11, item 9: offline, a reload must not read as "you have been logged out". */
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
const HQ = { latitude: 2.9265, longitude: 101.6965, accuracy: 12 };

const env = useServerAndBrowser();

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR ?? 'test-results';
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** The service worker is installed and holds the app shell (what a reload offline is served from). */
async function shellCached(page: Page): Promise<void> {
  await page.evaluate(async () => navigator.serviceWorker.ready);
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
}

describe('offline after a first load', () => {
  it('a reload shows the app with an offline notice, not the login page; the clock says nothing was recorded; back online it works', async () => {
    for (const [name, opts] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const ctx = await env.browser.newContext({ ...opts, geolocation: HQ, permissions: ['geolocation'], bypassCSP: true });
      const page = await ctx.newPage();
      await login(page, env.server.url, name === 'phone' ? 'pegawai@demo.gov.my' : 'hafiz.abdullah@demo.gov.my');
      await page.goto(`${env.server.url}/clock`);
      await page.getByTestId('punch-button').waitFor();
      await shellCached(page);

      // Offline on the open page: the button says plainly that nothing was recorded.
      await ctx.setOffline(true);
      await page.getByTestId('offline-banner').waitFor();
      await page.getByText('Dalam kawasan: Ibu Pejabat JDD').waitFor();
      await page.getByTestId('punch-button').click();
      await page.getByText('Anda di luar talian: Daftar Masuk TIDAK direkod. Cuba lagi apabila sambungan pulih.').waitFor();
      await shot(page, `9-clock-offline-${name}-bm`);

      // A reload offline: the cached shell, the last known user, an offline notice; no login page.
      await page.reload();
      await page.getByTestId('offline-banner').waitFor({ timeout: 10_000 });
      await page.getByText('Anda di luar talian. Kehadiran tidak boleh direkod sehingga sambungan pulih; tiada apa-apa direkod.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/clock');
      expect(await page.getByRole('heading', { name: 'Log masuk' }).count()).toBe(0);
      expect(
        await page
          .getByRole('button', { name: /^(Menu|Log keluar)$/ })
          .first()
          .isVisible(),
      ).toBe(true);
      await shot(page, `9-reload-offline-${name}-bm`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await page.getByText('You are offline. What is shown may not be up to date, and nothing can be recorded until the connection is back.').waitFor();
      await shot(page, `9-reload-offline-${name}-en`);
      await page.getByRole('button', { name: 'BM', exact: true }).click();

      // Back online: the notice goes and the session is asked again; the page works.
      await ctx.setOffline(false);
      await expect.poll(() => page.getByTestId('offline-banner').count(), { timeout: 10_000 }).toBe(0);
      await page.getByTestId('punch-button').click();
      await page.getByText(/Daftar Masuk direkod pada \d\d:\d\d · Ibu Pejabat JDD\./).waitFor();
      await ctx.close();
    }
  });

  it('a new tab offline, with no user known yet, says the server cannot be reached instead of asking to log in', async () => {
    const ctx = await env.browser.newContext(PHONE);
    const first = await ctx.newPage();
    await login(first, env.server.url, 'tan.meiling@demo.gov.my');
    await shellCached(first);
    await ctx.setOffline(true);
    const page = await ctx.newPage(); // its own sessionStorage: nothing known
    await page.goto(`${env.server.url}/`);
    await page.getByTestId('offline-page').waitFor({ timeout: 10_000 });
    await page.getByRole('heading', { name: 'Tiada sambungan ke pelayan', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Log masuk' }).count()).toBe(0);
    await shot(page, '9-new-tab-offline-phone-bm');
    // Back online, the session is asked again by itself ("Cuba lagi" is for a server that is down).
    await ctx.setOffline(false);
    await page.getByTestId('today-summary').waitFor();
    await ctx.close();
  });

  it('asks for the login only when the server says the session is gone', async () => {
    const ctx = await env.browser.newContext(PHONE);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'rajesh.subramaniam@demo.gov.my');
    await page.goto(`${env.server.url}/attendance`);
    await page.getByTestId('month-calendar').waitFor();
    await ctx.clearCookies(); // the server no longer knows this browser: it answers 401
    await page.reload();
    await page.getByRole('heading', { name: 'Log masuk' }).waitFor();
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
    await ctx.close();
  });
});
