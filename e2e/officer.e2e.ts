import fs from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../domain/format/dates';
import { axeViolations, login, PHONE, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();
const HQ = { latitude: 2.9265, longitude: 101.6965, accuracy: 12 };
const SHAH_ALAM = { latitude: 3.0738, longitude: 101.5183, accuracy: 15 };

async function phone(opts: BrowserContextOptions = {}) {
  const ctx = await env.browser.newContext({ ...PHONE, ...opts });
  return { ctx, page: await ctx.newPage() };
}

async function openClock(page: Page, email: string) {
  await login(page, env.server.url, email);
  await page.goto(`${env.server.url}/clock`);
  await page.getByTestId('punch-button').waitFor();
}

describe('the officer clocks in on a phone', () => {
  it('inside a site: the page names the site, records the punch and then offers the check-out', async () => {
    const { ctx, page } = await phone({ geolocation: HQ, permissions: ['geolocation'] });
    await openClock(page, 'pegawai@demo.gov.my');
    await page.getByText('Dalam kawasan: Ibu Pejabat JDD').waitFor();
    await expect.poll(() => page.getByTestId('punch-button').textContent()).toBe('Daftar Masuk');
    await screenshot(page, 'clock-before-phone');
    await page.getByTestId('punch-button').click();
    await page.getByText(/Daftar Masuk direkod pada \d\d:\d\d · Ibu Pejabat JDD\./).waitFor();
    await expect.poll(() => page.getByTestId('punch-button').textContent()).toBe('Daftar Keluar');
    await expect.poll(() => page.getByTestId('punch-list').locator('li').count()).toBe(1);
    expect(await page.getByTestId('today-status').textContent()).toMatch(/Boleh pulang \d\d:\d\d|Hari ini/);
    await screenshot(page, 'clock-after-phone');
    await ctx.close();
  });

  it('outside every site: the punch is kept and flagged "Luar kawasan", in English too', async () => {
    const { ctx, page } = await phone({ geolocation: SHAH_ALAM, permissions: ['geolocation'] });
    await openClock(page, 'hafiz.abdullah@demo.gov.my');
    await page.getByText(/Di luar semua tapak anda/).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByText(/Outside all your sites/).waitFor();
    await page.getByTestId('punch-button').click();
    await page.getByText(/Clock In recorded at \d\d:\d\d · Outside area\./).waitFor();
    await expect.poll(() => page.getByTestId('punch-list').textContent()).toContain('Outside area');
    await screenshot(page, 'clock-outside-phone-en');
    await ctx.close();
  });

  it('with location permission refused: says so plainly and can still punch, flagged without a location', async () => {
    const { ctx, page } = await phone({ permissions: [] });
    await openClock(page, 'tan.meiling@demo.gov.my');
    await page.getByText(/Akses lokasi ditolak/).waitFor();
    await page.getByTestId('punch-button').click();
    await page.getByText(/direkod pada \d\d:\d\d · Tiada lokasi\./).waitFor();
    await screenshot(page, 'clock-denied-phone');
    await ctx.close();
  });
});

describe("the officer's month", () => {
  it("shows the calendar with issues marked, a day's detail with the rule behind its issue, and the card", async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'pegawai@demo.gov.my');
    await page.goto(`${env.server.url}/attendance`);
    await page.getByTestId('month-calendar').waitFor();
    await page.getByTestId('card-colour').waitFor();
    const issueDay = page.getByTestId('month-calendar').getByRole('button', { name: /Lewat|Balik awal|Tiada daftar keluar|Luar kawasan/ });
    if ((await issueDay.count()) === 0) {
      await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
      await issueDay.first().waitFor();
    }
    await issueDay.first().click();
    // The rule in words with its circular; its code only in the tooltip.
    await expect.poll(() => page.getByTestId('day-detail').textContent()).toMatch(/ — .*· (PP Bil\. 5\/2019|SPA Bil\. 1\/2004|organisasi)/);
    expect(await page.getByTestId('day-detail').textContent()).not.toMatch(/Peraturan R\d+/);
    expect(await page.getByTestId('day-detail').locator('[data-rule]').first().getAttribute('title')).toMatch(/^Peraturan R\d+[a-f]?$/);
    await screenshot(page, 'attendance-month-phone');
    await ctx.close();
  });

  it('downloads the report as a PDF in the chosen language', async () => {
    const { ctx, page } = await phone({ acceptDownloads: true });
    await login(page, env.server.url, 'pegawai@demo.gov.my');
    await page.goto(`${env.server.url}/attendance`);
    // The language is saved for the user (the report follows it): wait for that before downloading.
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.ok()),
      page.getByRole('button', { name: 'EN', exact: true }).click(),
    ]);
    await page.getByRole('heading', { name: 'My attendance', level: 1 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^attendance-JDD\d{4}-\d{4}-\d\d-01-\d{4}-\d\d-\d\d\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await ctx.close();
  });
});

describe('statuses and movements', () => {
  it('sets a BDR day that waits for approval, and refuses a movement past the daily cap with the figures', async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'aisyah.fauzi@demo.gov.my');
    await page.goto(`${env.server.url}/status`);
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.getByText(/Status Bekerja dari rumah \(BDR\) untuk .* disimpan: Menunggu kelulusan\./).waitFor();
    await expect.poll(() => page.getByTestId('status-list').locator('li').count()).toBe(1);
    await screenshot(page, 'day-status-phone');
    // Tugasan Luar asks for the duty's start and whether it is out of station (R30).
    await page.getByLabel('Tarikh').fill(new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Status', { exact: true }).selectOption('TUGASAN_LUAR');
    await page.getByLabel('Masa mula tugasan').fill('07:00');
    await page.getByLabel(/Tugasan di luar stesen/).check();
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await expect.poll(() => page.getByTestId('status-list').locator('li').count()).toBe(2);
    await page
      .getByTestId('status-list')
      .getByText(/Tugasan luar · .* · mula 07:00 · luar stesen/)
      .waitFor();
    await screenshot(page, 'day-status-outside-duty-phone');

    await page.goto(`${env.server.url}/movements`);
    const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Tarikh').fill(next);
    await page.getByLabel('Masa keluar').fill('09:00');
    await page.getByLabel('Jangka masa kembali').fill('13:00');
    await page.getByLabel('Destinasi').fill('Jabatan Akauntan Negara');
    await page.getByLabel('Tujuan').fill('Serahan baucar');
    await page.getByRole('button', { name: 'Hantar pergerakan' }).click();
    await page.getByText('Pergerakan direkod dan menunggu kelulusan penyelia.').waitFor();
    await page.getByLabel('Masa keluar').fill('14:00');
    await page.getByLabel('Jangka masa kembali').fill('15:00');
    await page.getByLabel('Destinasi').fill('Bank');
    await page.getByLabel('Tujuan').fill('Urusan rasmi');
    await page.getByRole('button', { name: 'Hantar pergerakan' }).click();
    await page.getByText(/Had harian 240 minit; sudah direkod 240 minit; baki 0 minit\./).waitFor();
    await screenshot(page, 'movements-cap-phone');
    await ctx.close();
  });
});

describe('daily tasks', () => {
  it('adds a task for today and sees it in the week', async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'tan.meiling@demo.gov.my');
    await page.goto(`${env.server.url}/tasks`);
    await page.getByRole('button', { name: 'Tambah tugasan', exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tajuk').fill('Semakan skrip migrasi pangkalan data');
    await dialog.getByLabel('Kategori').selectOption('PROJEK');
    await dialog.getByLabel('Kemajuan').selectOption('DALAM_TINDAKAN');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tugasan "Semakan skrip migrasi pangkalan data" telah disimpan.').waitFor();
    await page.getByText('Semakan skrip migrasi pangkalan data', { exact: true }).waitFor();
    await screenshot(page, 'tasks-phone');
    await ctx.close();
  });
});

describe('the supervisor', () => {
  it("approves an officer's BDR day from the queue, on a phone", async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/approvals`);
    await page.getByTestId('approval-list').waitFor();
    await page.getByRole('button', { name: /^Luluskan: Mohd Faizal bin Abdul Karim, Bekerja dari rumah \(BDR\)/ }).click();
    await page.getByText(/^Diluluskan: Bekerja dari rumah \(BDR\) .* — Mohd Faizal bin Abdul Karim\.$/).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Luluskan: Mohd Faizal bin Abdul Karim, Bekerja dari rumah/ }).count()).toBe(0);
    await screenshot(page, 'approvals-phone');
    await ctx.close();
  });
});

describe("a supervisor's own request", () => {
  it('goes to her own supervisor, the executive, who finds it in his Kelulusan and approves it', async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'eksekutif@demo.gov.my');
    await page.goto(`${env.server.url}/approvals`);
    await page.getByTestId('approval-list').waitFor();
    const button = page.getByRole('button', { name: /^Luluskan: Norazlina binti Mat Yusof, Bekerja dari rumah \(BDR\)/ });
    await button.click();
    await page.getByText(/^Diluluskan: Bekerja dari rumah \(BDR\) .* — Norazlina binti Mat Yusof\.$/).waitFor();
    await expect.poll(() => button.count()).toBe(0);
    await screenshot(page, 'approvals-executive-phone');
    await ctx.close();
  });
});

describe("the supervisor's team board", () => {
  it('shows the officer who clocked in as in the office, filters by state, and has no serious axe violations', async () => {
    const ctx = await env.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/team`);
    const card = page.getByTestId('team-board').locator('li', { hasText: 'Mohd Faizal bin Abdul Karim' });
    await expect.poll(() => card.textContent()).toMatch(/Di pejabat.*Masuk \d\d:\d\d · Ibu Pejabat JDD/);
    await page.getByRole('button', { name: /^Di pejabat \(\d+\)$/ }).click();
    await expect.poll(async () => (await page.getByTestId('team-board').locator('li').allTextContents()).every((x) => x.includes('Di pejabat'))).toBe(true);
    await screenshot(page, 'team-board-phone');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Kalendar bulanan Mohd Faizal bin Abdul Karim' }).click();
    await page.getByRole('heading', { name: 'Mohd Faizal bin Abdul Karim', level: 1 }).waitFor();
    await page.getByTestId('month-calendar').waitFor();
    await page.getByTestId('card-colour').waitFor();
    expect(await page.getByTestId('report-download').count()).toBe(0);
    await page.goto(`${env.server.url}/approvals`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});

describe('an attendance issue answered and decided', () => {
  it("the officer justifies a closed day's issue with a clinic letter, the supervisor accepts it, the officer sees it accepted and is notified", async () => {
    const officer = await phone({ bypassCSP: true }); // only so axe can be injected
    await login(officer.page, env.server.url, 'pegawai@demo.gov.my');
    // The server closes the demo's past days at start; the list fills once it has.
    await expect
      .poll(
        async () => {
          await officer.page.goto(`${env.server.url}/issues`);
          await officer.page.locator('main h1').waitFor();
          return officer.page.getByTestId('issue-list').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const item = officer.page.getByTestId('issue-list').locator('li').filter({ hasText: 'Lewat' }).first();
    const date = (await item.textContent())?.split(' · ')[0] ?? '';
    expect(date).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await item.getByRole('button', { name: 'Beri justifikasi' }).click();
    await item.getByLabel('Kategori').selectOption('KENDERAAN_ROSAK');
    await item.getByLabel('Justifikasi').fill('Kereta rosak di Lebuhraya Maju');
    await item
      .getByLabel('Lampiran (pilihan)')
      .setInputFiles({ name: 'laporan bengkel.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await item.getByRole('button', { name: 'Hantar' }).click();
    await officer.page.getByText('Justifikasi dihantar kepada penyelia anda.').waitFor();
    await officer.page.getByText(/^Lampiran: laporan bengkel\.pdf/).waitFor();
    await officer.page
      .getByTestId('issue-list')
      .getByRole('link', { name: /^Lihat lampiran/ })
      .waitFor();
    await screenshot(officer.page, 'issues-officer-phone');
    const unreadBefore = Number((await officer.page.getByTestId('unread-count').textContent()) ?? '0');

    const supervisor = await phone();
    await login(supervisor.page, env.server.url, 'penyelia@demo.gov.my');
    await supervisor.page.goto(`${env.server.url}/approvals`);
    const waiting = supervisor.page.getByTestId('approval-list').locator('li').filter({ hasText: 'Kereta rosak di Lebuhraya Maju' });
    const view = waiting.getByRole('link', { name: /^Lihat lampiran/ });
    expect(await view.getAttribute('target')).toBe('_blank');
    const letter = await view.getAttribute('href');
    const shown = await supervisor.page.request.get(`${env.server.url}${letter}`);
    expect(shown.headers()['content-disposition']).toBe("inline; filename*=UTF-8''laporan%20bengkel.pdf");
    expect(shown.headers()['content-security-policy']).toBe('sandbox');
    // Shown in the browser's own PDF viewer in a new tab, not downloaded.
    const [tab] = await Promise.all([supervisor.ctx.waitForEvent('page'), view.click()]);
    let downloaded = false;
    tab.on('download', () => (downloaded = true));
    await tab.waitForLoadState('load');
    await expect.poll(() => tab.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
    expect(downloaded).toBe(false);
    await tab.close();
    const kept = await waiting.getByRole('link', { name: 'Muat turun' }).getAttribute('href');
    expect((await supervisor.page.request.get(`${env.server.url}${kept}`)).headers()['content-disposition']).toMatch(/^attachment; .*laporan%20bengkel\.pdf/);
    await supervisor.page.getByRole('button', { name: new RegExp(`^Terima: Mohd Faizal bin Abdul Karim, Lewat [0-9a-z ]+ ${date}$`) }).click();
    await supervisor.page.getByText(/^Justifikasi diterima: Lewat/).waitFor();
    await screenshot(supervisor.page, 'issues-supervisor-phone');
    await supervisor.ctx.close();

    await officer.page.reload();
    await expect
      .poll(() => officer.page.getByTestId('issue-list').locator('li').filter({ hasText: date }).filter({ hasText: 'Lewat' }).first().textContent())
      .toContain('Diterima');
    // The bell counts the decision; the list says it in the officer's language and opens the issues page.
    await expect.poll(async () => Number((await officer.page.getByTestId('unread-count').textContent()) ?? '0')).toBe(unreadBefore + 1);
    await officer.page.getByRole('link', { name: /^Pemberitahuan: \d+ belum dibaca$/ }).click();
    const first = officer.page.getByTestId('notification-list').locator('li').first();
    await expect.poll(() => first.textContent()).toContain('Justifikasi diterima');
    expect(await first.textContent()).toContain(`Justifikasi anda bagi Lewat pada ${date}: diterima.`);
    await screenshot(officer.page, 'notifications-officer-phone');
    expect(await axeViolations(officer.page)).toEqual([]);
    await first.getByRole('button', { name: 'Buka' }).click();
    await officer.page.waitForURL(/\/issues$/);
    await expect.poll(async () => Number((await officer.page.getByTestId('unread-count').textContent()) ?? '0')).toBe(unreadBefore);
    await officer.ctx.close();
  });

  it('the supervisor rejects two chosen justifications at once', async () => {
    const officer = await phone();
    await login(officer.page, env.server.url, 'pegawai@demo.gov.my');
    await officer.page.goto(`${env.server.url}/issues`);
    for (let n = 0; n < 2; n++) {
      const item = officer.page.getByTestId('issue-list').locator('li').filter({ hasText: 'Belum dijawab' }).first();
      await item.getByRole('button', { name: 'Beri justifikasi' }).click();
      await item.getByLabel('Justifikasi').fill(`Alasan nombor ${n + 1}`);
      await item.getByRole('button', { name: 'Hantar' }).click();
      await officer.page.getByText('Justifikasi dihantar kepada penyelia anda.').waitFor();
    }
    await officer.ctx.close();
    const supervisor = await phone();
    await login(supervisor.page, env.server.url, 'penyelia@demo.gov.my');
    await supervisor.page.goto(`${env.server.url}/approvals`);
    const boxes = supervisor.page.getByRole('checkbox', { name: 'Pilih' });
    await expect.poll(() => boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await supervisor.page.getByRole('button', { name: 'Tolak yang dipilih' }).click();
    await supervisor.page.getByText('2 justifikasi: Ditolak.').waitFor();
    await expect.poll(() => boxes.count()).toBe(0);
    await supervisor.ctx.close();
  });
});

describe('the organisation admin', () => {
  it('adds a missing punch with a reason and sees the day evaluated again', async () => {
    const { ctx, page } = await phone();
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await page.goto(`${env.server.url}/users`);
    await page.getByLabel('Cari').fill('Rajesh');
    await page.getByRole('button', { name: 'Tindakan: Rajesh a/l Subramaniam' }).click();
    await page.getByRole('menuitem', { name: 'Tambah daftar tertinggal' }).click();
    const dialog = page.getByRole('dialog');
    const yesterday = new Date(Date.now() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Tarikh dan masa').fill(`${yesterday}T17:45`);
    await dialog.getByLabel('Jenis').selectOption('OUT');
    await dialog.getByLabel('Sebab').fill('Telefon kehabisan bateri');
    await dialog.getByRole('button', { name: 'Tambah daftar' }).click();
    await dialog.getByText(new RegExp(`Daftar ditambah\\. ${formatDate(yesterday, 'ms-MY')} kini: `)).waitFor();
    await screenshot(page, 'admin-missing-punch-phone');
    await dialog.getByRole('button', { name: 'Tutup' }).last().click();

    await page.getByRole('button', { name: 'Tindakan: Rajesh a/l Subramaniam' }).click();
    await page.getByRole('menuitem', { name: 'Tapak dibenarkan' }).click();
    const sites = page.getByRole('dialog');
    await sites.getByText('Tiada dipilih: semua tapak aktif dibenarkan.').waitFor();
    await sites.getByLabel('Pusat Data JDD').check();
    await sites.getByText('1 tapak dipilih.').waitFor();
    await sites.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tapak dibenarkan untuk Rajesh a/l Subramaniam disimpan.').waitFor();
    await ctx.close();
  });
});

describe("accessibility of the officer's pages (axe-core)", () => {
  it('has no serious or critical violations on the clock, attendance, status, movements and tasks pages', async () => {
    const ctx = await env.browser.newContext({ ...PHONE, bypassCSP: true, geolocation: HQ, permissions: ['geolocation'] });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'rajesh.subramaniam@demo.gov.my');
    for (const path of ['/clock', '/attendance', '/status', '/movements', '/tasks', '/profile']) {
      await page.goto(`${env.server.url}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await ctx.close();
  });
});
