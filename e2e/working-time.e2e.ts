import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, login, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** The first of this month in Malaysia: the roster opens on this month. */
const monthStart = `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date()).slice(0, 7)}-01`;

async function asOrgAdmin(browser: Browser, phone: boolean): Promise<Page> {
  const ctx = await browser.newContext({ ...(phone ? PHONE : DESKTOP), bypassCSP: true }); // bypassCSP only so axe can be injected
  const page = await ctx.newPage();
  await login(page, env.server.url, 'pentadbir@demo.gov.my');
  await page.goto(`${env.server.url}/working-time`);
  // The language chosen last is the account's: start every test in BM.
  await page.getByRole('heading', { name: /^(Waktu kerja|Working time)$/, level: 1 }).waitFor();
  if (await page.getByRole('heading', { name: 'Working time', level: 1 }).count()) {
    await page.getByRole('button', { name: 'BM', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Waktu kerja', level: 1 }).waitFor();
  }
  return page;
}

async function openRoster(page: Page, tab: string, unit: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('combobox', { name: 'Unit', exact: true }).selectOption({ label: unit });
  await page.getByTestId('roster-cell').first().waitFor();
}

/** What a phone shows first (the full page of a month's list is too tall to look at). */
async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS_DIR || 'test-results', `${name}.png`) });
}

async function cleanAxe(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('working time: schedules, a pattern, an assignment and a painted roster', () => {
  it('the admin builds a night-shift roster for a unit and sees each cell and where it comes from', async () => {
    const page = await asOrgAdmin(env.browser, false);
    const dialog = page.getByRole('dialog');

    // A SHIFT schedule across midnight; a bad grace is named next to its field first.
    await page.getByRole('button', { name: 'Tambah jadual' }).click();
    await dialog.getByLabel('Nama').fill('Syif malam');
    await dialog.getByRole('combobox', { name: 'Jenis' }).selectOption('SHIFT');
    await dialog.getByLabel('Mula', { exact: true }).fill('22:00');
    await dialog.getByLabel('Tamat', { exact: true }).fill('06:00');
    await dialog.getByText('Jadual ini tamat keesokan hari (06:00 selepas tengah malam).').waitFor();
    const grace = dialog.getByLabel('Tempoh ihsan (minit)');
    await grace.fill('999');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => grace.getAttribute('aria-invalid')).toBe('true');
    await grace.fill('0');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Syif malam telah disimpan.').waitFor();
    await page.getByText('Syif · 22:00–06:00 (tamat keesokan hari)').waitFor();

    // A day schedule with a rest break, to rest too little after a night.
    await page.getByRole('button', { name: 'Tambah jadual' }).click();
    await dialog.getByLabel('Nama').fill('Pagi');
    await dialog.getByLabel('Mula', { exact: true }).fill('07:00');
    await dialog.getByLabel('Tamat', { exact: true }).fill('15:00');
    await dialog.getByRole('button', { name: 'Tambah waktu rehat' }).click();
    await dialog.getByLabel('Rehat mula').fill('12:00');
    await dialog.getByLabel('Rehat tamat').fill('13:00');
    expect(await dialog.getByText('tamat keesokan hari').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pagi telah disimpan.').waitFor();
    await page.getByText('Tetap · 07:00–15:00').waitFor();

    // A 4-on-4-off pattern of night shifts.
    await page.getByRole('tab', { name: 'Corak', exact: true }).click();
    await page.getByRole('button', { name: 'Tambah corak' }).click();
    await dialog.getByLabel('Nama').fill('Giliran 4-4');
    await dialog.getByLabel('Tarikh hari pertama kitaran').fill(monthStart);
    await dialog.getByRole('combobox', { name: 'Panjang kitaran' }).selectOption('custom');
    await dialog.getByLabel('Bilangan hari').fill('8');
    await dialog.getByRole('combobox', { name: 'Jadual untuk hari kerja' }).selectOption({ label: 'Syif malam' });
    await dialog.getByRole('button', { name: 'Isi', exact: true }).click();
    const dayValue = (n: number) => dialog.getByRole('combobox', { name: `Hari ${n}`, exact: true }).inputValue();
    expect(await dayValue(4)).not.toBe('');
    expect(await dayValue(5)).toBe('');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Giliran 4-4 telah disimpan.').waitFor();
    await page.getByText(`Kitaran 8 hari dari ${monthStart}`).waitFor();
    await screenshot(page, 'working-time-patterns-desktop-ms');

    // The schedule is in use now: deleting it says so and offers deactivation instead.
    await page.getByRole('tab', { name: 'Jadual', exact: true }).click();
    await page.getByRole('button', { name: 'Padam: Syif malam', exact: true }).click();
    await dialog.getByRole('button', { name: 'Padam' }).click();
    await dialog.getByText('Syif malam sedang digunakan dan tidak boleh dipadam. Nyahaktifkan sebagai ganti?').waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // The pattern for the unit from the first of the month; the same again clashes, and the message names the clash.
    await page.getByRole('tab', { name: 'Penugasan', exact: true }).click();
    for (const attempt of [1, 2]) {
      await page.getByRole('button', { name: 'Tambah penugasan' }).click();
      await dialog.getByRole('combobox', { name: 'Unit', exact: true }).selectOption({ label: '— Unit Infrastruktur' });
      await dialog.getByRole('combobox', { name: 'Jadual atau corak' }).selectOption('pattern');
      await dialog.getByRole('combobox', { name: 'Corak', exact: true }).selectOption({ label: 'Giliran 4-4' });
      await dialog.getByLabel('Dari').fill(monthStart);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      if (attempt === 1) await page.getByTestId('assignment').filter({ hasText: 'Unit Infrastruktur' }).waitFor();
    }
    await dialog.getByText(`Bertindih dengan penugasan Corak Giliran 4-4 dari ${monthStart} hingga seterusnya.`).waitFor();
    await screenshot(page, 'working-time-overlap');
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // The roster: every cell comes from the unit's pattern until painted.
    await openRoster(page, 'Jadual giliran', '— Unit Infrastruktur');
    const firstRow = page.locator('tbody tr').first().getByTestId('roster-cell');
    expect(await firstRow.first().getAttribute('data-source')).toBe('UNIT');
    const officers = await page.getByTestId('roster-officer').count();
    expect(officers).toBeGreaterThan(0);

    // Paint the first week with the night shift for all the unit's officers.
    await page.getByRole('checkbox', { name: 'Pilih semua pegawai' }).check();
    await page.getByRole('button', { name: 'Isi julat' }).click();
    await dialog.getByText(`${officers} pegawai dipilih.`).waitFor();
    await dialog.getByRole('combobox', { name: 'Isi dengan' }).selectOption({ label: 'Jadual: Syif malam' });
    await dialog.getByRole('button', { name: 'Isi', exact: true }).click();
    await page.getByText(`${officers * 7} sel telah disimpan.`).waitFor();
    await expect.poll(() => firstRow.nth(6).getAttribute('data-source')).toBe('ROSTER');
    for (let i = 0; i < 7; i++) {
      expect(await firstRow.nth(i).getAttribute('data-source')).toBe('ROSTER');
      expect(await firstRow.nth(i).textContent()).toContain('SM');
    }
    expect(await firstRow.nth(7).getAttribute('data-source')).toBe('UNIT');
    expect(await firstRow.first().textContent()).toMatch(/Syif malam 22:00–06:00 \(Jadual giliran\)$/);
    await cleanAxe(page);
    await screenshot(page, 'working-time-roster-desktop-ms');

    // One cell off, then cleared back to the unit's pattern.
    await firstRow.first().click();
    await dialog.getByRole('combobox', { name: 'Jadual hari ini' }).selectOption({ label: 'Rehat' });
    await dialog.getByRole('button', { name: 'Tetapkan' }).click();
    await expect.poll(() => firstRow.first().textContent()).toContain('Rehat');
    await firstRow.first().click();
    await dialog.getByRole('button', { name: 'Kosongkan (ikut penugasan)' }).click();
    await expect.poll(() => firstRow.first().getAttribute('data-source')).toBe('UNIT');

    // A day shift at 07:00 after the night that ended at 06:00: too little rest, ringed and said.
    await firstRow.nth(7).click();
    await dialog.getByRole('combobox', { name: 'Jadual hari ini' }).selectOption({ label: 'Pagi (07:00–15:00)' });
    await dialog.getByRole('button', { name: 'Tetapkan' }).click();
    await expect.poll(() => firstRow.nth(7).getAttribute('data-conflict')).toBe('SHORT_REST');
    expect(await firstRow.nth(7).textContent()).toContain('Konflik: Rehat kurang daripada 8 jam');
    await cleanAxe(page);
    await screenshot(page, 'working-time-roster-conflict-ms');

    // In English: the same grid and its legend.
    await page.getByRole('banner').getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Working time', level: 1 }).waitFor();
    await page.getByText('Legend').waitFor();
    expect(await firstRow.nth(1).textContent()).toMatch(/Syif malam 22:00–06:00 \(Roster\)$/);
    await cleanAxe(page);
    await screenshot(page, 'working-time-roster-desktop-en');
    await page.getByRole('tab', { name: 'Schedules', exact: true }).click();
    await page.getByText('Shift · 22:00–06:00 (ends the next day)').waitFor();
    await cleanAxe(page);
    await screenshot(page, 'working-time-schedules-desktop-en');
    await page.context().close();
  });

  it('shows the roster on a phone as a list per day, in both languages', async () => {
    const page = await asOrgAdmin(env.browser, true);
    await cleanAxe(page);
    await screenshot(page, 'working-time-schedules-phone-ms');
    await openRoster(page, 'Jadual giliran', '— Unit Infrastruktur');
    expect(await page.locator('table').count()).toBe(0);
    await page.getByRole('list', { name: 'Mengikut hari' }).waitFor();
    const firstDay = page.getByRole('list', { name: 'Mengikut hari' }).locator(':scope > li').first();
    expect(await firstDay.getByTestId('roster-cell').nth(1).getAttribute('data-source')).toBe('ROSTER');
    expect(await firstDay.getByTestId('roster-cell').nth(1).textContent()).toContain('Syif malam 22:00–06:00');
    await cleanAxe(page);
    await screenshot(page, 'working-time-roster-phone-ms');
    await page.getByRole('list', { name: 'Mengikut hari' }).scrollIntoViewIfNeeded();
    await viewShot(page, 'working-time-roster-phone-ms-view');
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Working time', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'By day' }).waitFor();
    await cleanAxe(page);
    await screenshot(page, 'working-time-roster-phone-en');
    await page.evaluate(() => window.scrollTo(0, 0));
    await viewShot(page, 'working-time-roster-phone-en-view');
    await page.context().close();
  });
});
