import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newContext, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();

async function asOrgAdmin(path: string): Promise<Page> {
  const ctx = await newContext(env.browser);
  const page = await ctx.newPage();
  await login(page, env.server.url, 'pentadbir@demo.gov.my');
  await page.goto(env.server.url + path);
  return page;
}

describe('units', () => {
  it('adds, renames, moves and deletes a unit, and says clearly when a unit is not empty', async () => {
    const page = await asOrgAdmin('/units');
    await page.getByRole('heading', { name: 'Struktur organisasi', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama unit').fill('Unit Ujian');
    await dialog.getByLabel('Kod').fill('BT-UJ');
    await dialog.getByRole('combobox', { name: 'Di bawah' }).selectOption({ label: 'Bahagian Teknologi' });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Unit Ujian telah disimpan.', { exact: true }).waitFor();
    expect(await page.getByText('Unit Unit').count()).toBe(0);
    // Indented under its parent: listed right after the parent's other children, deeper.
    const names = () => page.getByTestId('unit-name').allTextContents();
    await expect
      .poll(names)
      .toEqual([
        'Bahagian Pengurusan',
        'Unit Keselamatan',
        'Unit Khidmat Pelanggan',
        'Bahagian Teknologi',
        'Unit Aplikasi',
        'Unit Infrastruktur',
        'Unit Ujian',
      ]);

    await page.getByRole('button', { name: 'Kemaskini: Unit Ujian' }).click();
    await dialog.getByLabel('Nama unit').fill('Seksyen Ujian');
    // A unit cannot move under itself: it is not offered as its own parent.
    expect(await dialog.getByRole('combobox', { name: 'Di bawah' }).locator('option', { hasText: 'Seksyen Ujian' }).count()).toBe(0);
    await dialog.getByRole('combobox', { name: 'Di bawah' }).selectOption({ label: '— Peringkat teratas —' });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(names)
      .toEqual([
        'Bahagian Pengurusan',
        'Unit Keselamatan',
        'Unit Khidmat Pelanggan',
        'Bahagian Teknologi',
        'Unit Aplikasi',
        'Unit Infrastruktur',
        'Seksyen Ujian',
      ]);

    await page.getByRole('button', { name: 'Padam: Bahagian Teknologi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Padam' }).click();
    await page.getByText('Bahagian Teknologi tidak boleh dipadam', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Padam: Seksyen Ujian' }).click();
    await page.getByRole('dialog').getByText('Padam Seksyen Ujian?').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Padam' }).click();
    await page.getByText('Seksyen Ujian telah dipadam.').waitFor();
    await expect.poll(names).not.toContain('Seksyen Ujian');
    await screenshot(page, 'units');
    await page.context().close();
  });
});

describe('organisation settings', () => {
  it('saves a change, keeps it after reload, and shows a bad value next to its field', async () => {
    const page = await asOrgAdmin('/organisation');
    await page.getByRole('heading', { name: 'Tetapan organisasi', level: 1 }).waitFor();
    await page.getByLabel('Tempoh ihsan (minit)').fill('10');
    await page.getByRole('combobox', { name: 'Tahap semakan justifikasi' }).selectOption('2');
    await page.getByRole('checkbox', { name: 'Kursus' }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tetapan telah disimpan.').waitFor();
    await page.reload();
    await page.getByLabel('Tempoh ihsan (minit)').waitFor();
    expect(await page.getByLabel('Tempoh ihsan (minit)').inputValue()).toBe('10');
    expect(await page.getByRole('combobox', { name: 'Tahap semakan justifikasi' }).inputValue()).toBe('2');
    expect(await page.getByRole('checkbox', { name: 'Kursus' }).isChecked()).toBe(true);

    await page.getByLabel('Tempoh ihsan (minit)').fill('99');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const field = page.getByLabel('Tempoh ihsan (minit)');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect((await page.locator(`[id="${describedBy}"]`).textContent())?.length).toBeGreaterThan(0);
    await screenshot(page, 'organisation-error');
    await page.context().close();
  });
});

describe('users: deactivate and activate', () => {
  it("asks first, then ends the user's session: their next action lands on the login page", async () => {
    const victimCtx = await newContext(env.browser);
    const victim = await victimCtx.newPage();
    await login(victim, env.server.url, 'hafiz.abdullah@demo.gov.my');
    await victim.getByRole('heading', { name: /^Selamat datang/ }).waitFor();

    const page = await asOrgAdmin('/users');
    await page.getByLabel('Cari').fill('hafiz');
    await page.getByRole('button', { name: 'Tindakan: Muhammad Hafiz bin Abdullah' }).click();
    await page.getByRole('menuitem', { name: 'Nyahaktif' }).click();
    await page.getByRole('dialog').getByText('Semua sesi log masuk pengguna ini akan ditamatkan', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Nyahaktif' }).click();
    await page.getByText('Muhammad Hafiz bin Abdullah telah dinyahaktifkan.').waitFor();
    await page.getByRole('cell', { name: 'Tidak aktif' }).waitFor();

    await victim.getByRole('button', { name: 'EN', exact: true }).click();
    await victim.waitForURL(/\/login$/);
    await victim.getByText('Your session has ended. Please log in again.').waitFor();

    await page.getByRole('button', { name: 'Tindakan: Muhammad Hafiz bin Abdullah' }).click();
    await page.getByRole('menuitem', { name: 'Aktifkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aktifkan' }).click();
    await page.getByText('Muhammad Hafiz bin Abdullah telah diaktifkan semula.').waitFor();
    await login(victim, env.server.url, 'hafiz.abdullah@demo.gov.my');
    await victim.getByRole('heading', { name: /^(Selamat datang|Welcome)/ }).waitFor();
    await victimCtx.close();
    await page.context().close();
  });
});

describe('audit log', () => {
  it('lists what happened, newest first, with readable action names and a filter', async () => {
    const page = await asOrgAdmin('/audit');
    await page.getByRole('heading', { name: 'Log audit', level: 1 }).waitFor();
    await page
      .getByRole('cell', { name: /Tetapan organisasi dikemaskini/ })
      .first()
      .waitFor();
    await page.getByRole('combobox', { name: 'Jenis tindakan' }).selectOption({ label: 'Pengguna dinyahaktifkan' });
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await page.getByRole('cell', { name: /Pengguna dinyahaktifkan/ }).waitFor();
    await page
      .getByText(/^Perubahan \(\d+\)$/)
      .filter({ visible: true })
      .first()
      .click();
    await page.getByText('ACTIVE → INACTIVE').filter({ visible: true }).waitFor();
    // The target by name, never a raw id or code.
    await page.getByRole('cell', { name: /Pengguna: Muhammad Hafiz bin Abdullah/ }).waitFor();
    const described = await page.getByTestId('audit-table').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(described.filter((d) => /user [0-9a-f]{8}|[a-z_]+\.[a-z_]+/.test(d))).toEqual([]);

    // Every action type that exists can be chosen, and a person and dates narrow the log.
    const options = await page.getByRole('combobox', { name: 'Jenis tindakan' }).locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Status kehadiran dimohon', 'Justifikasi diterima', 'Daftar masuk/keluar direkod', 'Log masuk gagal']));
    expect(options.filter((o) => /[a-z_]+\.[a-z_]+/.test(o))).toEqual([]);
    await page.getByRole('combobox', { name: 'Jenis tindakan' }).selectOption('');
    await page.getByLabel('Cari orang').fill('Hafiz');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: /^Orang/ })
          .locator('option')
          .count(),
      )
      .toBe(2);
    expect(
      await page
        .getByRole('combobox', { name: /^Orang/ })
        .locator('option')
        .nth(1)
        .textContent(),
    ).toMatch(/^Muhammad Hafiz bin Abdullah/);
    await page.getByRole('combobox', { name: /^Orang/ }).selectOption({ index: 1 });
    // Once the filter applies, every row has him as its actor or its target (other browser tests on the same
    // demo server may have acted as him). Polling on the rows, not their count: the unfiltered list already has ≥ 2.
    const rowsAboutHim = async () => {
      const rows = await page.getByTestId('audit-table').locator('tbody tr').allTextContents();
      return rows.length >= 2 && rows.every((r) => /Muhammad Hafiz bin Abdullah/.test(r));
    };
    await expect.poll(rowsAboutHim).toBe(true);
    await page.getByLabel('Dari tarikh').fill('2020-01-01');
    await page.getByLabel('Hingga tarikh').fill('2020-01-31');
    await page.getByText('Tiada rekod audit.').waitFor();
    await page.getByRole('button', { name: 'Kosongkan tapisan' }).click();
    await page.getByTestId('audit-table').waitFor();
    await screenshot(page, 'audit');
    await page.context().close();
  });
});
