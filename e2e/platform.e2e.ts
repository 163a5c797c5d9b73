import { describe, expect, it } from 'vitest';
import { login, logout, newContext, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();

describe('platform admin onboards an agency', () => {
  it('creates the agency and its first admin, who must change the temporary password (on a phone), then deactivates it', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'sistem@demo.gov.my');
    await page.getByRole('link', { name: 'Agensi', exact: true }).click();
    await page.getByRole('heading', { name: 'Agensi', level: 1 }).waitFor();
    await page.getByText('Jabatan Demo Digital').waitFor();

    await page.getByRole('button', { name: 'Daftar agensi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama agensi').fill('Jabatan Ujian Negeri');
    await dialog.getByLabel('Kod agensi').fill('jun');
    await dialog.getByRole('combobox', { name: 'Negeri ibu pejabat' }).selectOption({ label: 'Johor' });
    await dialog.getByLabel('Nama penuh').fill('Rosnah binti Ali');
    await dialog.getByLabel('E-mel').fill('rosnah.ali@jun.gov.my');
    await dialog.getByLabel('No. MyKad').fill('870615015432');
    await dialog.getByLabel('No. pekerja').fill('JUN0001');
    await dialog.getByLabel('Jantina').selectOption('P');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const temp = page.getByTestId('temporary-password');
    await temp.waitFor();
    const password = (await temp.textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: 'test-results/agency-temp-password.png' });
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).last().click();
    await page.getByText('Jabatan Ujian Negeri').waitFor();
    await page.getByText('(JUN)').waitFor();
    await logout(page);

    const phone = await newContext(env.browser, true);
    const admin = await phone.newPage();
    await login(admin, env.server.url, 'rosnah.ali@jun.gov.my', password);
    await admin.waitForURL(/\/password$/);
    // Nowhere else to go until the password is changed: home sends back here.
    await admin.goto(`${env.server.url}/users`);
    await admin.waitForURL(/\/password$/);
    // On a phone, with no menu to open, logging out is still at hand.
    expect(await admin.getByRole('button', { name: 'Log keluar' }).isVisible()).toBe(true);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(admin, 'phone-forced-password');
    await admin.getByLabel('Kata laluan semasa', { exact: true }).fill(password);
    await admin.getByLabel('Kata laluan baharu', { exact: true }).fill('Iskandar-Puteri-2026');
    await admin.getByLabel('Sahkan kata laluan baharu').fill('Iskandar-Puteri-2026');
    await admin.getByRole('button', { name: 'Tukar kata laluan' }).click();
    await admin.getByRole('heading', { name: 'Selamat datang, Rosnah binti Ali' }).waitFor();
    await admin.getByText('Jabatan Ujian Negeri · Johor').waitFor();
    await phone.close();

    await login(page, env.server.url, 'sistem@demo.gov.my');
    await page.goto(`${env.server.url}/agencies`);
    await page.getByLabel('Cari').fill('JUN');
    await page.getByRole('button', { name: 'Nyahaktif: Jabatan Ujian Negeri' }).click();
    await page.getByRole('dialog').getByText('Semua pengguna agensi ini akan dilog keluar', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Nyahaktif' }).click();
    await page.getByText('Jabatan Ujian Negeri telah dinyahaktifkan.').waitFor();
    await page.getByRole('button', { name: 'Aktifkan: Jabatan Ujian Negeri' }).waitFor();
    await screenshot(page, 'agencies');
    await ctx.close();
  });

  it('names the field at fault when the agency code is taken', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'sistem@demo.gov.my');
    await page.goto(`${env.server.url}/agencies`);
    await page.getByRole('button', { name: 'Daftar agensi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama agensi').fill('Jabatan Pendua');
    await dialog.getByLabel('Kod agensi').fill('JDD');
    await dialog.getByLabel('Nama penuh').fill('Ali bin Abu');
    await dialog.getByLabel('E-mel').fill('ali.abu@pendua.gov.my');
    await dialog.getByLabel('No. MyKad').fill('870615015433');
    await dialog.getByLabel('No. pekerja').fill('PD0001');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByLabel('Kod agensi').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Kod ini sudah digunakan.').waitFor();
    await ctx.close();
  });
});
