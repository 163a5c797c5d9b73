import { describe, expect, it } from 'vitest';
import { axeViolations, login, logout, newContext, screenshot, useServerAndBrowser } from './harness';

const env = useServerAndBrowser();

const ROLES = [
  { email: 'pegawai@demo.gov.my', role: 'Pegawai', sees: [] as string[], hidden: ['Pengguna', 'Agensi', 'Waktu kerja'] },
  { email: 'penyelia@demo.gov.my', role: 'Penyelia', sees: [], hidden: ['Pengguna', 'Agensi', 'Waktu kerja'] },
  { email: 'eksekutif@demo.gov.my', role: 'Eksekutif', sees: [], hidden: ['Pengguna', 'Agensi', 'Waktu kerja'] },
  {
    email: 'pentadbir@demo.gov.my',
    role: 'Pentadbir Organisasi',
    sees: ['Pengurusan pengguna', 'Struktur organisasi', 'Log audit', 'Waktu kerja'],
    hidden: ['Agensi'],
  },
  { email: 'sistem@demo.gov.my', role: 'Pentadbir Sistem', sees: ['Agensi'], hidden: ['Pengurusan pengguna', 'Waktu kerja'] },
];

describe('every demo role logs in and sees its own home page', () => {
  for (const r of ROLES) {
    it(r.email, async () => {
      const ctx = await newContext(env.browser);
      const page = await ctx.newPage();
      await login(page, env.server.url, r.email);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Selamat datang, /);
      await expect.poll(() => page.getByText(r.role, { exact: true }).count()).toBeGreaterThan(0);
      for (const s of r.sees) expect(await page.getByRole('link', { name: new RegExp(s) }).count()).toBeGreaterThan(0);
      for (const h of r.hidden) expect(await page.getByRole('link', { name: new RegExp(`^${h}`) }).count()).toBe(0);
      await screenshot(page, `home-${r.email.split('@')[0]}`);
      await ctx.close();
    });
  }

  it('refuses a wrong password with a clear message', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'pegawai@demo.gov.my', 'salah-kata-laluan');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ID pengguna atau kata laluan tidak betul');
    await ctx.close();
  });
});

describe('language', () => {
  it('switches BM ↔ EN and remembers the choice for the user after logout and login', async () => {
    const ctx = await newContext(env.browser);
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    await logout(page);
    await ctx.clearCookies();
    await page.evaluate(() => localStorage.clear());
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    expect(await page.getByRole('button', { name: 'Log out' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await ctx.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('has no serious or critical violations on the login and home pages', async () => {
    const ctx = await env.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } }); // only so axe can be injected
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}/login`);
    await page.getByRole('heading', { name: 'Log masuk' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await login(page, env.server.url, 'pentadbir@demo.gov.my');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});
