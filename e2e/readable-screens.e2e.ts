import { and, desc, eq, gte } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../domain/format/dates';
/* eslint-disable no-restricted-imports -- the browser test shapes one officer's day before the server starts (a check-in at 19:22, which no screen can make for a past day) */
import { openDatabase } from '../server/db/client';
import { punches, users } from '../server/db/schema';
import { seedDemo } from '../server/seed/demo';
/* eslint-enable no-restricted-imports */
import { login, openFromNav, screenshot, useServerAndBrowser } from './harness';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const TZ = 'Asia/Kuala_Lumpur';
const RAJESH = 'rajesh.subramaniam@demo.gov.my';
let lateDate = '';

/** The demo agency, with Rajesh's last worked day before today reduced to one check-in at 19:22: 622 minutes late, no check-out. */
async function prepare(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.migrate();
    await seedDemo(database.db);
    const [rajesh] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, RAJESH));
    const from = new Date(Temporal.Now.plainDateISO(TZ).subtract({ days: 30 }).toZonedDateTime({ timeZone: TZ }).epochMilliseconds);
    const [last] = await database.db
      .select()
      .from(punches)
      .where(and(eq(punches.userId, rajesh!.id), gte(punches.at, from)))
      .orderBy(desc(punches.at))
      .limit(1);
    lateDate = Temporal.Instant.fromEpochMilliseconds(last!.at.getTime()).toZonedDateTimeISO(TZ).toPlainDate().toString();
    const dayStart = new Date(Temporal.PlainDate.from(lateDate).toZonedDateTime({ timeZone: TZ }).epochMilliseconds);
    await database.db.delete(punches).where(and(eq(punches.userId, rajesh!.id), gte(punches.at, dayStart)));
    const at = new Date(Temporal.PlainDateTime.from(`${lateDate}T19:22`).toZonedDateTime(TZ).epochMilliseconds);
    await database.db.insert(punches).values({ ...last!, id: undefined, kind: 'IN', at, deviceTime: at, idempotencyKey: null });
  } finally {
    await database.close();
  }
}

const env = useServerAndBrowser({ prepare });

async function as(email: string, opts: object = PHONE): Promise<Page> {
  const ctx = await env.browser.newContext(opts);
  const page = await ctx.newPage();
  await login(page, env.server.url, email);
  await page.locator('main h1').first().waitFor();
  return page;
}

describe('minutes, rules and dates read as words', () => {
  it('a 622-minute lateness reads "10 jam 22 minit" in the calendar, the day, the issues and the bell; each issue names its own rule', async () => {
    const page = await as(RAJESH);
    await page.goto(`${env.server.url}/attendance`);
    const calendar = page.getByTestId('month-calendar');
    await calendar.waitFor();
    const label = `${formatDate(lateDate, 'ms-MY')}: Hadir, Lewat 10 jam 22 minit, Tiada daftar keluar`;
    if ((await calendar.getByRole('button', { name: label }).count()) === 0) await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    const cell = calendar.getByRole('button', { name: label });
    await cell.click();
    expect(await cell.getAttribute('class')).toContain('bg-bg-danger-50');
    const detail = page.getByTestId('day-detail');
    await expect.poll(() => detail.textContent()).toContain('Lewat 10 jam 22 minit');
    expect(await detail.textContent()).toContain('Lewat — daftar masuk selepas 09:00 · PP Bil. 5/2019');
    expect(await detail.textContent()).toContain('Tiada daftar keluar — daftar masuk tanpa daftar keluar · SPA Bil. 1/2004');
    expect(await detail.locator('[data-rule]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-rule'), e.getAttribute('title')]))).toEqual([
      ['R11', 'Peraturan R11'],
      ['R21c', 'Peraturan R21c'],
    ]);
    // Every cell with an issue, today's included while the day is open, takes the issue colour.
    const cells = await calendar
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', cls: e.getAttribute('class') ?? '' })));
    const withIssue = cells.filter((c) => /Lewat|Balik awal|Tiada daftar|Luar kawasan|: Tidak hadir, Tidak hadir/.test(c.label));
    expect(withIssue.length).toBeGreaterThan(1);
    expect(withIssue.filter((c) => !c.cls.includes('bg-bg-danger-50')).map((c) => c.label)).toEqual([]);
    await screenshot(page, 'readable-day-detail-phone');

    await page.goto(`${env.server.url}/issues`);
    await page
      .getByTestId('issue-list')
      .getByText(`${formatDate(lateDate, 'ms-MY')} · Lewat 10 jam 22 minit`)
      .waitFor();
    await page.goto(`${env.server.url}/notifications`);
    await page
      .getByTestId('notification-list')
      .getByText(`Lewat 10 jam 22 minit, Tiada daftar keluar pada ${formatDate(lateDate, 'ms-MY')}. Sila beri justifikasi.`)
      .waitFor();

    // In English too (the server renders the list in the language kept on the user's record, saved by the switch).
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.ok());
    await page.getByRole('banner').getByRole('button', { name: 'EN', exact: true }).click();
    await saved;
    await page.reload();
    await page
      .getByTestId('notification-list')
      .getByText(`Late 10 hours 22 minutes, No check-out on ${formatDate(lateDate, 'en-GB')}. Please give a justification.`)
      .waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'BM', exact: true }).click();
    await page.context().close();
  });

  it("the card badge opens to say what its colour means and what moves it; the team's cards say it for every colour", async () => {
    const page = await as('pegawai@demo.gov.my');
    await page.goto(`${env.server.url}/attendance`);
    const badge = page.getByTestId('card-colour');
    await badge.locator('summary').click();
    await expect.poll(() => badge.textContent()).toMatch(/Apa maksud warna kad ini\?.*hari kesalahan atau lebih dalam sebulan/);
    expect(await badge.textContent()).toMatch(/^Kad kehadiran: (Hijau \(amaran pertama\)|Kuning \(kad biasa\)|Merah \(tahap tertinggi\))/);
    await screenshot(page, 'readable-card-meaning-phone');
    await page.context().close();

    const exec = await as('eksekutif@demo.gov.my', DESKTOP);
    await openFromNav(exec, 'Laporan', 'Kad kehadiran');
    const meanings = exec.getByTestId('card-meanings');
    await meanings.waitFor();
    expect(await meanings.textContent()).toContain(
      'Hijau · amaran pertama3 hari kesalahan atau lebih dalam sebulan. Sebulan tanpa kesalahan mengembalikan kad kepada Kuning',
    );
    await exec.context().close();
  });
});

describe('notification preferences by ability, in the words of gov.my', () => {
  it('an officer who supervises no one is not offered the supervisors\' preferences; a supervisor is; push is "Pemberitahuan telefon"', async () => {
    const officer = await as(RAJESH);
    await officer.goto(`${env.server.url}/profile`);
    const prefs = officer
      .locator('form')
      .filter({ hasText: 'Pemberitahuan' })
      .filter({ has: officer.getByRole('columnheader', { name: 'Peristiwa' }) });
    await prefs.waitFor();
    const events = await prefs.getByRole('rowheader').allTextContents();
    expect(events).toEqual([
      'Isu kehadiran baharu',
      'Keputusan permohonan saya',
      'Perubahan warna kad',
      'Tugasan diberi dan ulasan',
      'Peringatan daftar masuk/keluar',
    ]);
    expect(await prefs.getByRole('columnheader', { name: 'Pemberitahuan telefon' }).count()).toBe(1);
    await officer.getByRole('heading', { name: 'Pemberitahuan telefon pada peranti ini' }).waitFor();
    expect(await officer.locator('body').innerText()).not.toMatch(/pemberitahuan tolak/i);
    await officer.context().close();

    const supervisor = await as('penyelia@demo.gov.my');
    await supervisor.goto(`${env.server.url}/profile`);
    await supervisor.getByRole('rowheader', { name: 'Ringkasan harian penyelia' }).waitFor();
    expect(await supervisor.getByRole('rowheader', { name: 'Menunggu semakan saya' }).count()).toBe(1);
    await supervisor.context().close();
  });
});

describe("the admin's users table", () => {
  for (const width of [1366, 1024]) {
    it(`keeps every column readable at ${width} px: no cell's content runs into another's`, async () => {
      const page = await as('pentadbir@demo.gov.my', { viewport: { width, height: 900 } });
      await page.goto(`${env.server.url}/users`);
      const table = page.getByTestId('user-table');
      await table.waitFor();
      const clashes = await table.evaluate((t) => {
        const out: string[] = [];
        const rows = [...t.querySelectorAll('tr')];
        for (const row of rows) {
          const cells = [...row.children] as HTMLElement[];
          const boxes = cells.map((c) => {
            const range = document.createRange();
            range.selectNodeContents(c);
            return { cell: c.getBoundingClientRect(), content: range.getBoundingClientRect() };
          });
          boxes.forEach((b, i) => {
            if (b.content.width > 0 && (b.content.left < b.cell.left - 0.5 || b.content.right > b.cell.right + 0.5))
              out.push(`row ${rows.indexOf(row)} cell ${i} overflows its column`);
            boxes.forEach((o, j) => {
              if (j <= i || b.content.width === 0 || o.content.width === 0) return;
              const apart =
                b.content.right <= o.content.left + 0.5 ||
                o.content.right <= b.content.left + 0.5 ||
                b.content.bottom <= o.content.top + 0.5 ||
                o.content.bottom <= b.content.top + 0.5;
              if (!apart) out.push(`row ${rows.indexOf(row)}: cells ${i} and ${j} overlap`);
            });
          });
        }
        return out;
      });
      expect(clashes).toEqual([]);
      // The roles and status are there in full, beside the row's one actions menu (found by search: the list is paged).
      await page.getByRole('searchbox').fill('Siti Khadijah');
      const row = table.locator('tbody tr').filter({ hasText: 'Siti Khadijah binti Mohd Noor' });
      await row.getByText('Pentadbir Organisasi, Pegawai').waitFor();
      await row.getByText('Aktif', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'Tindakan: Siti Khadijah binti Mohd Noor' }).click();
      expect(await page.getByRole('menuitem').allTextContents()).toEqual([
        'Kemaskini',
        'Tambah daftar tertinggal',
        'Tapak dibenarkan',
        'Set semula kata laluan',
        'Nyahaktif',
      ]);
      await screenshot(page, `readable-users-${width}`);
      await page.keyboard.press('Escape');
      await page.context().close();
    });
  }
});

describe('the navigation', () => {
  it('gives the executive "Kad kehadiran" in the bar, on one line, and the same in the phone menu; in both languages', async () => {
    const page = await as('eksekutif@demo.gov.my', DESKTOP);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Laporan', exact: true }).click();
    await page.getByRole('menu').waitFor();
    await screenshot(page, 'readable-nav-menu-desktop');
    await page.keyboard.press('Escape');
    await openFromNav(page, 'Laporan', 'Kad kehadiran');
    await page.waitForURL(/\/team\/cards$/);
    await page.getByRole('banner').getByRole('button', { name: 'EN', exact: true }).click();
    await openFromNav(page, 'Reports', 'Overdue reviews');
    await page.waitForURL(/\/reports\/overdue-reviews$/);
    await page.getByRole('banner').getByRole('button', { name: 'BM', exact: true }).click();
    await page.context().close();

    const phone = await as('eksekutif@demo.gov.my');
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.locator('#mobile-nav').getByRole('group', { name: 'Laporan' }).getByRole('link', { name: 'Kad kehadiran' }).click();
    await phone.waitForURL(/\/team\/cards$/);
    await phone.context().close();
  });
});

describe('BDR homes and attachments', () => {
  it('the supervisor sees how far a waiting BDR home is from the office, and opens an image attachment in the browser', async () => {
    const supervisor = await as('penyelia@demo.gov.my', DESKTOP);
    await supervisor.goto(`${env.server.url}/approvals`);
    const home = supervisor.getByTestId('approval-list').locator('li').filter({ hasText: 'Lokasi rumah (BDR)' }).first();
    await expect
      .poll(() => home.getByTestId('home-distance').textContent())
      .toMatch(/^\d+(\.\d)? (km|m) dari (Ibu Pejabat JDD|Pusat Data JDD) \(tapak pejabat terdekat pegawai\)$/);
    await supervisor.context().close();

    // Rajesh answers his late day with a photo; the viewer shows it in a new tab, sandboxed, and the download stays.
    const officer = await as(RAJESH, DESKTOP);
    await officer.goto(`${env.server.url}/issues`);
    const item = officer.getByTestId('issue-list').locator('li').filter({ hasText: 'Lewat 10 jam 22 minit' });
    await item.getByRole('button', { name: 'Beri justifikasi' }).click();
    await item.getByLabel('Kategori').selectOption('KENDERAAN_ROSAK');
    await item.getByLabel('Justifikasi').fill('Kereta rosak, sampai lewat petang');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
    await item.getByLabel('Lampiran (pilihan)').setInputFiles({ name: 'resit.png', mimeType: 'image/png', buffer: png });
    await item.getByRole('button', { name: 'Hantar' }).click();
    const view = officer.getByTestId('issue-list').locator('li').filter({ hasText: 'resit.png' }).getByTestId('attachment-view');
    await view.waitFor();
    const answered = officer.context().waitForEvent('response', (r) => r.url().includes('/attachment?inline=1'));
    const [tab] = await Promise.all([officer.context().waitForEvent('page'), view.click()]);
    const shown = await answered;
    await tab.waitForLoadState('load');
    expect(tab.url()).toMatch(/\/api\/justifications\/[0-9a-f-]+\/attachment\?inline=1$/);
    expect(shown.headers()['content-security-policy']).toBe('sandbox');
    expect(shown.headers()['content-disposition']).toBe("inline; filename*=UTF-8''resit.png");
    expect(await tab.evaluate(() => document.images[0]?.naturalWidth ?? 0)).toBe(2);
    await officer.context().close();
  });
});
