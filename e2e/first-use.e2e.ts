import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
/* eslint-disable no-restricted-imports -- the browser test fills the server's database before the server starts (a movement waiting for approval right now, whatever the time of the run) */
import { openDatabase } from '../server/db/client';
import { movements, users } from '../server/db/schema';
import { seedDemo } from '../server/seed/demo';
/* eslint-enable no-restricted-imports */
import { axeViolations, login, useServerAndBrowser } from './harness';

/**
 * What a new user hit (issue 11): each screen as it broke, on a phone (390×844) and a
 * desktop (1366×900). E2E_SHOTS_DIR says where the screenshots go (test-results/ by default).
 */
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
const HQ = { latitude: 2.9265, longitude: 101.6965, accuracy: 12 };
const WAITING = 'Lim Wei Jie';
const today = () => Temporal.Now.plainDateISO('Asia/Kuala_Lumpur');

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR ?? 'test-results';
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** The demo agency, and one officer's movement of today waiting for approval, under way now. */
async function prepare(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.migrate();
    const { orgId } = await seedDemo(database.db);
    const [weijie] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, 'lim.weijie@demo.gov.my'));
    if (!weijie) throw new Error('no demo officer Lim Wei Jie');
    await database.db.insert(movements).values({
      orgId,
      userId: weijie.id,
      date: today().toString(),
      leaveAt: new Date(Date.now() - 5 * 60_000),
      expectedReturn: new Date(Date.now() + 3_600_000),
      destination: 'Bank Negara Malaysia',
      purpose: 'Serahan dokumen',
      state: 'MENUNGGU',
    });
  } finally {
    await database.close();
  }
}

const env = useServerAndBrowser({ prepare });

async function open(opts: BrowserContextOptions, email: string) {
  const ctx = await env.browser.newContext(opts);
  const page = await ctx.newPage();
  await login(page, env.server.url, email);
  return { ctx, page };
}

describe('1. the movements page and a page that fails', () => {
  it('"use my location" shows the destination\'s coordinates, the app stays up, in both languages', async () => {
    for (const [name, opts] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { ctx, page } = await open({ ...opts, geolocation: HQ, permissions: ['geolocation'] }, 'pegawai@demo.gov.my');
      await page.goto(`${env.server.url}/movements`);
      await page.getByRole('button', { name: 'Guna lokasi semasa sebagai lokasi destinasi' }).click();
      await page.getByText('Lokasi destinasi: 2.9265, 101.6965').waitFor();
      await page.getByRole('heading', { name: 'Pergerakan (keluar pejabat)', level: 1 }).waitFor();
      await shot(page, `1-movements-location-${name}-bm`);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await page.getByText('Destination location: 2.9265, 101.6965').waitFor();
      await shot(page, `1-movements-location-${name}-en`);
      await page.getByRole('button', { name: 'BM', exact: true }).click();
      await ctx.close();
    }
  });

  it('a page whose code cannot load shows a readable error under the header, reports it, and the way back works', async () => {
    // No service worker, so the page's script is fetched (and refused) here.
    const { ctx, page } = await open({ ...PHONE, serviceWorkers: 'block', bypassCSP: true }, 'pegawai@demo.gov.my');
    await page.route(/\/assets\/TasksPage-[^/]+\.js$/, (route) => route.abort());
    const reported = page.waitForResponse((r) => r.url().endsWith('/api/client-errors') && r.request().method() === 'POST');
    await page.goto(`${env.server.url}/tasks`);
    await page.getByRole('heading', { name: 'Halaman ini tidak dapat dipaparkan', level: 1 }).waitFor();
    expect((await reported).status()).toBe(204);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true); // the header is still there
    await shot(page, '1-page-failed-phone-bm');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'This page could not be shown', level: 1 }).waitFor();
    await shot(page, '1-page-failed-phone-en');
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await page.getByTestId('today-summary').waitFor();
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await ctx.close();
  });
});

describe('2. the report form follows the calendar', () => {
  it("moving to the previous month moves the report's range with it", async () => {
    const { ctx, page } = await open(DESKTOP, 'pegawai@demo.gov.my');
    await page.goto(`${env.server.url}/attendance`);
    await page.getByTestId('month-calendar').waitFor();
    const month = today().toPlainYearMonth();
    const first = (m: Temporal.PlainYearMonth) => m.toPlainDate({ day: 1 }).toString();
    const last = (m: Temporal.PlainYearMonth) => m.toPlainDate({ day: m.daysInMonth }).toString();
    expect(await page.getByLabel('Dari').inputValue()).toBe(first(month));
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    const previous = month.subtract({ months: 1 });
    await expect.poll(() => page.getByLabel('Dari').inputValue()).toBe(first(previous));
    expect(await page.getByLabel('Hingga').inputValue()).toBe(last(previous));
    expect(await page.getByTestId('report-download').getAttribute('href')).toContain(`from=${first(previous)}&to=${last(previous)}`);
    await shot(page, '2-report-previous-month-desktop-bm');
    await ctx.close();
  });
});

describe('3. a new attempt clears the last result', () => {
  it('the status form shows the date error alone, not beside the previous success', async () => {
    for (const [name, opts] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { ctx, page } = await open(opts, name === 'phone' ? 'rajesh.subramaniam@demo.gov.my' : 'tan.meiling@demo.gov.my');
      await page.goto(`${env.server.url}/status`);
      await page.getByLabel('Status', { exact: true }).selectOption('MESYUARAT');
      await page.getByRole('button', { name: 'Simpan status' }).click();
      const saved = page.getByText(/^Status Mesyuarat untuk .* disimpan/);
      await saved.waitFor();
      await page.getByLabel('Tarikh').fill(today().subtract({ days: 1 }).toString());
      await page.getByRole('button', { name: 'Simpan status' }).click();
      await page.getByRole('alert').filter({ hasText: 'Maklumat yang dihantar tidak sah.' }).waitFor();
      await page.getByText('Tarikh tidak boleh sebelum hari ini.').waitFor();
      expect(await saved.count()).toBe(0);
      await shot(page, `3-status-error-alone-${name}-bm`);
      await ctx.close();
    }
  });
});

describe('6. a movement after working hours', () => {
  it('is refused naming the date and the hours; the cap names the date', async () => {
    const { ctx, page } = await open(PHONE, 'hafiz.abdullah@demo.gov.my');
    await page.goto(`${env.server.url}/movements`);
    const date = today().add({ days: 7 }).toString();
    await page.getByLabel('Tarikh').fill(date);
    await page.getByLabel('Masa keluar').fill('19:23');
    await page.getByLabel('Jangka masa kembali').fill('20:23');
    await page.getByLabel('Destinasi').fill('Kedai cetak');
    await page.getByLabel('Tujuan').fill('Cetak laporan');
    await page.getByRole('button', { name: 'Hantar pergerakan' }).click();
    await page.getByText(`Pergerakan pada ${date} mesti dalam waktu bekerja tarikh itu, 07:30–18:00. Tiada pergerakan direkod.`).waitFor();
    await shot(page, '6-movement-after-hours-phone-bm');
    await page.getByLabel('Masa keluar').fill('08:00');
    await page.getByLabel('Jangka masa kembali').fill('12:30');
    await page.getByRole('button', { name: 'Hantar pergerakan' }).click();
    await page.getByText(new RegExp(`^Jumlah keluar pejabat pada ${date} melebihi had harian\\. Had harian 240 minit`)).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Submit movement' }).click();
    await page.getByText(new RegExp(`^Time out of the office on ${date} exceeds the daily limit\\.`)).waitFor();
    await shot(page, '6-movement-cap-phone-en');
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await ctx.close();
  });
});

describe('7. the team board and a movement waiting for approval', () => {
  it('shows the officer as not out of the office, with the movement marked as waiting', async () => {
    for (const [name, opts] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { ctx, page } = await open({ ...opts, bypassCSP: true }, 'penyelia@demo.gov.my');
      await page.goto(`${env.server.url}/team`);
      const card = page.getByTestId('team-board').locator('li', { hasText: WAITING });
      await card.getByTestId('pending-movement').waitFor();
      expect(await card.getByTestId('pending-movement').textContent()).toMatch(/^Pergerakan menunggu kelulusan: \d\d:\d\d–\d\d:\d\d ke Bank Negara Malaysia$/);
      expect(await card.textContent()).not.toContain('Keluar pejabat');
      await shot(page, `7-team-board-pending-${name}-bm`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await expect.poll(() => card.getByTestId('pending-movement').textContent()).toMatch(/^Movement waiting for approval: /);
      expect(await card.textContent()).not.toContain('Out of the office');
      await shot(page, `7-team-board-pending-${name}-en`);
      await page.getByRole('button', { name: 'BM', exact: true }).click();
      await ctx.close();
    }
  });
});

describe('8. task review of a day in progress', () => {
  it('offers no "reviewed" mark for today and says when it can be given', async () => {
    const { ctx, page } = await open(DESKTOP, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/task-review`);
    await page.getByTestId('review-week').waitFor();
    await page.getByText('Sesuatu hari boleh ditanda disemak selepas hari itu berakhir', { exact: false }).waitFor();
    const todayRow = page.locator(`li[data-date="${today().toString()}"]`);
    await todayRow.getByText('Boleh disemak selepas hari ini berakhir').waitFor();
    expect(await todayRow.getByRole('button', { name: /^Tandakan disemak/ }).count()).toBe(0);
    await shot(page, '8-task-review-today-desktop-bm');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await todayRow.getByText('Can be reviewed once today has ended').waitFor();
    await shot(page, '8-task-review-today-desktop-en');
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await ctx.close();
  });
});

describe('18. the installed app opens at the clock; home sums up today', () => {
  it('the manifest starts at /start, which takes an officer to the clock and anyone else home', async () => {
    const manifest = (await (await fetch(`${env.server.url}/manifest.webmanifest`)).json()) as { start_url: string; id: string };
    expect(manifest).toMatchObject({ start_url: '/start', id: '/' });
    const officer = await open(PHONE, 'aisyah.fauzi@demo.gov.my');
    await officer.page.goto(`${env.server.url}/start`);
    await officer.page.waitForURL(/\/clock$/);
    await officer.page.getByTestId('punch-button').waitFor();
    await officer.ctx.close();
    const platform = await open(DESKTOP, 'sistem@demo.gov.my');
    await platform.page.goto(`${env.server.url}/start`);
    await platform.page.waitForURL((u) => u.pathname === '/');
    await platform.ctx.close();
  });

  it("the home page shows today's punches and what waits for the caller above the cards", async () => {
    const officer = await open({ ...PHONE, geolocation: HQ, permissions: ['geolocation'] }, 'aisyah.fauzi@demo.gov.my');
    await officer.page.goto(`${env.server.url}/`);
    const summary = officer.page.getByTestId('today-summary');
    await summary.getByText('Belum ada daftar hari ini.').waitFor();
    await officer.page.goto(`${env.server.url}/clock`);
    await officer.page.getByText('Dalam kawasan: Ibu Pejabat JDD').waitFor();
    await officer.page.getByTestId('punch-button').click();
    await officer.page.getByText(/Daftar Masuk direkod pada/).waitFor();
    await officer.page.goto(`${env.server.url}/`);
    await expect.poll(() => summary.getByTestId('today-punches').textContent()).toMatch(/^Daftar Masuk \d\d:\d\d · Ibu Pejabat JDD$/);
    const above = await officer.page.evaluate(() => {
      const s = document.querySelector('[data-testid="today-summary"]');
      const cards = document.getElementById('home-can-do');
      return !!s && !!cards && (s.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(above).toBe(true);
    await shot(officer.page, '18-home-officer-phone-bm');
    await officer.ctx.close();

    for (const [name, opts] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const supervisor = await open({ ...opts, bypassCSP: true }, 'penyelia@demo.gov.my');
      const waiting = supervisor.page.getByTestId('today-waiting');
      await expect.poll(() => waiting.textContent()).toMatch(/\d+ permohonan menunggu kelulusan anda/);
      await shot(supervisor.page, `18-home-supervisor-${name}-bm`);
      expect(await axeViolations(supervisor.page)).toEqual([]);
      await supervisor.page.getByRole('button', { name: 'EN', exact: true }).click();
      await expect.poll(() => waiting.textContent()).toMatch(/\d+ requests? waits? for your approval/);
      await shot(supervisor.page, `18-home-supervisor-${name}-en`);
      await supervisor.page.getByRole('button', { name: 'BM', exact: true }).click();
      await supervisor.ctx.close();
    }
  });
});
