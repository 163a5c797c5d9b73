import { describe, expect, it } from 'vitest';
import { login, logout, newContext, openFromNav, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();

describe('organisation admin creates a user who must change the temporary password', () => {
  it('creates, hands over the temporary password, and the new user is forced to change it', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await openFromNav(page, 'Pentadbiran', 'Pengguna');
    await page.getByRole('heading', { name: 'Pengguna', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama penuh').fill('Zulkifli bin Abu Bakar');
    await dialog.getByLabel('No. MyKad').fill('880412-10-5331');
    await dialog.getByLabel('No. pekerja').fill('JDD0099');
    await dialog.getByLabel('E-mel').fill('zulkifli.abubakar@demo.gov.my');
    await dialog.getByLabel('Jawatan').fill('Pegawai Teknologi Maklumat');
    await dialog.getByRole('combobox', { name: 'Unit' }).selectOption({ label: '— Unit Aplikasi' });
    await dialog.getByLabel('Cari penyelia…').fill('Norazlina');
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Penyelia' }).locator('option').count()).toBe(2);
    await dialog.getByRole('combobox', { name: 'Penyelia' }).selectOption({ label: 'Norazlina binti Mat Yusof (JDD0003)' });
    await screenshot(page, 'user-create-form');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const temp = page.getByTestId('temporary-password');
    await temp.waitFor();
    const password = (await temp.textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'user-temp-password');
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).last().click();
    await page.getByLabel('Cari').fill('Zulkifli');
    await expect.poll(() => page.getByText('zulkifli.abubakar@demo.gov.my').count()).toBeGreaterThan(0);
    await logout(page);

    await login(page, env.server.url, '880412105331', password);
    await page.waitForURL(/\/password$/);
    await page.getByText('kata laluan sementara', { exact: false }).first().waitFor();
    await page.getByLabel('Kata laluan semasa', { exact: true }).fill(password);
    await page.getByLabel('Kata laluan baharu', { exact: true }).fill('password123');
    await page.getByLabel('Sahkan kata laluan baharu').fill('password123');
    await page.getByRole('button', { name: 'Tukar kata laluan' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/terlalu biasa|10 aksara/)]));
    await page.getByLabel('Kata laluan baharu', { exact: true }).fill('Putrajaya-Presint-8');
    await page.getByLabel('Sahkan kata laluan baharu').fill('Putrajaya-Presint-8');
    await page.getByRole('button', { name: 'Tukar kata laluan' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Zulkifli bin Abu Bakar' }).waitFor();
    expect(await page.getByText('Norazlina binti Mat Yusof').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('shows the field at fault when the MyKad number is invalid, and keeps the form', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await page.goto(`${env.server.url}/users`);
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama penuh').fill('Ujian Salah');
    await dialog.getByLabel('No. MyKad').fill('123');
    await dialog.getByLabel('No. pekerja').fill('JDD0100');
    await dialog.getByLabel('E-mel').fill('ujian.salah@demo.gov.my');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByRole('alert').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('No. MyKad tidak sah')]));
    expect(await dialog.getByLabel('Nama penuh').inputValue()).toBe('Ujian Salah');
    await ctx.close();
  });
});

describe('sites (geofences)', () => {
  it('adds a circle site, refuses a bad polygon line, then saves the polygon', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await openFromNav(page, 'Pentadbiran', 'Tapak');
    await page.getByRole('heading', { name: 'Tapak dan geopagar', level: 1 }).waitFor();
    // The demo agency's two sites are listed first.
    await page.getByText('Pusat Data JDD').waitFor();
    await page.getByRole('button', { name: 'Tambah tapak' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama tapak').fill('Pejabat Cawangan Presint 4');
    await dialog.getByLabel('Latitud').fill('2.9431');
    await dialog.getByLabel('Longitud').fill('101.6994');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pejabat Cawangan Presint 4').waitFor();
    await expect.poll(() => page.getByText('Jejari 150 m').count()).toBe(2);
    await page.getByRole('button', { name: 'Tambah tapak' }).click();
    await dialog.getByLabel('Nama tapak').fill('Annex');
    await dialog.getByRole('combobox', { name: 'Bentuk' }).selectOption('polygon');
    await dialog.getByLabel('Titik poligon').fill('2.92, 101.69\nPresint 2\n2.93, 101.70');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByRole('alert').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('dua nombor')]));
    await dialog.getByLabel('Titik poligon').fill('2.92, 101.69\n2.92, 101.70\n2.93, 101.70');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('3 titik').waitFor();
    await screenshot(page, 'sites');
    await ctx.close();
  });
});

describe('phone viewport (360 × 740)', () => {
  it('logs in, shows home and the user list without horizontal scrolling', async () => {
    const ctx = await newContext(env.browser, true);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-home');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#mobile-nav').getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('heading', { name: 'Pengguna', level: 1 }).waitFor();
    await page.getByText('pegawai@demo.gov.my', { exact: true }).filter({ visible: true }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-users');
    await ctx.close();
  });
});
