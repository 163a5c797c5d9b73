import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, login, PHONE, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();
const SUPERVISOR = 'Norazlina binti Mat Yusof';
const OFFICER = 'Lim Wei Jie';
const ASSIGNED = 'Sediakan laporan prestasi sistem';
const COMMENT = 'Sila kongsi hasil semakan ini dalam mesyuarat unit.';
const NOTE = 'Kerja yang baik minggu ini.';

/** The days of the week on the page (the supervisor's review or the officer's own list). */
const days = (page: Page) => page.locator('main ol > li');

describe("the supervisor reviews an officer's daily tasks", () => {
  let reviewedDate = '';

  it('assigns a task, comments on an entry and marks its day reviewed, on a phone, with no serious axe violations', async () => {
    const ctx = await env.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/team`);
    await page.getByRole('link', { name: `Tugasan harian ${OFFICER}` }).click();
    await page.getByRole('heading', { name: 'Semakan tugasan', level: 1 }).waitFor();
    await page.getByTestId('review-week').waitFor();
    expect(await page.getByLabel('Pegawai').locator('option:checked').textContent()).toMatch(new RegExp(`^${OFFICER} `));

    await page.getByRole('button', { name: 'Beri tugasan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tajuk').fill(ASSIGNED);
    await dialog.getByLabel('Kategori').selectOption('PROJEK');
    await dialog.getByLabel('Tempoh dirancang (minit)').fill('90');
    await screenshot(page, 'task-review-assign-phone');
    await dialog.getByRole('button', { name: 'Beri tugasan' }).click();
    await page.getByText(`Tugasan "${ASSIGNED}" diberikan kepada ${OFFICER}.`).waitFor();
    await page.getByTestId('review-week').getByText(ASSIGNED, { exact: true }).waitFor();
    expect(await page.getByTestId('review-week').getByText(`Diberi oleh ${SUPERVISOR}`).count()).toBe(1);

    // Last week always has working days with the officer's entries (the demo's history).
    await page.getByRole('button', { name: 'Minggu sebelumnya' }).click();
    await page.getByRole('button', { name: 'Minggu ini' }).waitFor();
    const day = days(page)
      .filter({ has: page.locator('ul > li') })
      .first();
    await day.waitFor();
    reviewedDate = (await day.getAttribute('data-date')) ?? '';
    const entry = day.locator('ul > li').first();
    await entry.getByRole('button', { name: /^Komen: / }).click();
    await entry.getByLabel('Komen anda').fill(COMMENT);
    await entry.getByRole('button', { name: 'Hantar komen' }).click();
    await entry.getByText(COMMENT).waitFor();
    await expect.poll(() => entry.textContent()).toContain(SUPERVISOR);

    await day.getByRole('button', { name: /^Tandakan disemak: / }).click();
    await dialog.getByLabel('Catatan (pilihan)').fill(NOTE);
    await dialog.getByRole('button', { name: 'Tandakan disemak' }).click();
    await page.getByText(/^Tugasan .* ditanda disemak\.$/).waitFor();
    await day.getByText(new RegExp(`Disemak oleh ${SUPERVISOR} · `)).waitFor();
    await day.getByText(`Catatan: ${NOTE}`).waitFor();
    await day.getByRole('button', { name: /^Batal semakan: / }).waitFor();
    await screenshot(page, 'task-review-phone');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Task review', level: 1 }).waitFor();
    await day.getByText(new RegExp(`Reviewed by ${SUPERVISOR} · `)).waitFor();
    await screenshot(page, 'task-review-phone-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await page.getByRole('heading', { name: 'Semakan tugasan', level: 1 }).waitFor();
    await ctx.close();
  });

  it('the officer sees the assigned task, the comment and the reviewed mark, and answers', async () => {
    expect(reviewedDate).not.toBe('');
    const ctx = await env.browser.newContext(PHONE);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'lim.weijie@demo.gov.my');
    await page.goto(`${env.server.url}/tasks`);
    const assigned = page.locator('main ol > li > ul > li', { hasText: ASSIGNED });
    await assigned.waitFor();
    expect(await assigned.textContent()).toContain(`Diberi oleh ${SUPERVISOR}`);
    expect(await assigned.getByRole('button', { name: 'Padam' }).count()).toBe(0);
    await screenshot(page, 'tasks-assigned-officer-phone');
    // The supervisor's title, date, category and details are locked; the officer moves the progress on.
    await assigned.getByRole('button', { name: 'Kemaskini' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Tugasan ini diberikan oleh penyelia anda/).waitFor();
    expect(await dialog.getByLabel('Tajuk').isDisabled()).toBe(true);
    await dialog.getByLabel('Kemajuan').selectOption('DALAM_TINDAKAN');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(`Tugasan "${ASSIGNED}" telah disimpan.`).waitFor();
    await expect.poll(() => assigned.textContent()).toContain('Dalam tindakan');

    await page.getByRole('button', { name: 'Minggu sebelumnya' }).click();
    const day = page.locator(`main li[data-date="${reviewedDate}"]`);
    await day.getByText(new RegExp(`Disemak oleh ${SUPERVISOR} · `)).waitFor();
    await day.getByText(`Catatan: ${NOTE}`).waitFor();
    const entry = day.locator('ul > li', { hasText: COMMENT });
    await entry.getByRole('button', { name: /^Balas: / }).click();
    await entry.getByLabel('Komen anda').fill('Baik, puan. Akan dibentangkan pada hari Isnin.');
    await entry.getByRole('button', { name: 'Hantar komen' }).click();
    await entry.getByText('Baik, puan. Akan dibentangkan pada hari Isnin.').waitFor();
    await screenshot(page, 'tasks-reviewed-officer-phone');
    await ctx.close();
  });

  it('reads well on a desktop, in both languages', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/task-review`);
    await page.getByTestId('review-week').waitFor();
    const officerId = await page.getByLabel('Pegawai').locator('option', { hasText: OFFICER }).getAttribute('value');
    await page.getByLabel('Pegawai').selectOption(officerId ?? '');
    await page.getByRole('button', { name: 'Minggu sebelumnya' }).click();
    await page.getByText(COMMENT).waitFor();
    await page.getByText('Baik, puan. Akan dibentangkan pada hari Isnin.').waitFor();
    await screenshot(page, 'task-review-desktop');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Task review', level: 1 }).waitFor();
    await screenshot(page, 'task-review-desktop-en');
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await ctx.close();
  });
});
