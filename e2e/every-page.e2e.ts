import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../domain/audit/actions';
import { msMY } from '../app/i18n/ms-MY';
import { axeViolations, login, screenshot, useServerAndBrowser } from './harness';

/**
 * The sweep a new user's walk would make: for every role of the demo, every page its
 * navigation reaches, on a phone and a desktop, renders (no uncaught error, no blank
 * page, no endless spinner), shows no raw i18n key, code or ISO date, does not scroll
 * sideways and has no serious axe violation; and the desktop navigation fits one line
 * from 1024 px. English is walked on the desktop too (render and raw text only).
 */
const env = useServerAndBrowser();

const ROLES = [
  { key: 'officer', email: 'pegawai@demo.gov.my' },
  { key: 'supervisor', email: 'penyelia@demo.gov.my' },
  { key: 'executive', email: 'eksekutif@demo.gov.my' },
  { key: 'org-admin', email: 'pentadbir@demo.gov.my' },
  { key: 'platform-admin', email: 'sistem@demo.gov.my' },
] as const;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const SHOTS = Boolean(process.env.E2E_SHOTS_DIR);

const NAMESPACES = new Set(Object.keys(msMY));
const ACTIONS = new Set<string>(AUDIT_ACTIONS);

/** What a reader should never see: an i18n key, an audit or rule code, an ISO or numeric date, a 12-hour PG/PTG time. */
function rawTextProblems(text: string): string[] {
  const problems: string[] = [];
  const cleaned = text.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  for (const raw of cleaned.split(/\s+/)) {
    const token = raw.replace(/^[("'«“]+|[)"'»”.,:;!?]+$/g, '');
    if (!token) continue;
    const ns = token.split('.')[0] ?? '';
    if (token.includes('.') && NAMESPACES.has(ns) && /^[a-zA-Z]+(\.[A-Za-z0-9_]+)+$/.test(token)) problems.push(`i18n key ${token}`);
    if (ACTIONS.has(token)) problems.push(`audit code ${token}`);
    if (/^[A-Z]{2,}(_[A-Z]{2,})+$/.test(token)) problems.push(`code ${token}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(token)) problems.push(`ISO date ${token}`);
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(token)) problems.push(`numeric date ${token}`);
  }
  if (/\d{1,2}:\d{2}\s?(PG|PTG)\b/.test(text)) problems.push('12-hour time');
  if (/Peraturan R\d+/.test(text)) problems.push('rule code instead of its name');
  return problems;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(
      () =>
        page
          .getByRole('status')
          .filter({ hasText: /^(Memuatkan…|Loading…)$/ })
          .count(),
      { timeout: 15_000 },
    )
    .toBe(0);
}

/** The pages a role's navigation leads to, read from the screen: the phone's menu or the desktop bar and its dropdowns. */
async function navTargets(page: Page, phone: boolean): Promise<string[]> {
  const hrefs = new Set<string>();
  if (phone) {
    await page.getByRole('button', { name: /^Menu$/ }).click();
    for (const a of await page.locator('#mobile-nav a').all()) hrefs.add((await a.getAttribute('href')) ?? '');
    await page.getByRole('button', { name: /^Menu$/ }).click();
  } else {
    const nav = page.getByTestId('desktop-nav');
    for (const a of await nav.locator(':scope > a').all()) hrefs.add((await a.getAttribute('href')) ?? '');
    for (const group of await nav.locator(':scope > button').all()) {
      await group.click();
      const menu = page.getByRole('menu');
      await menu.waitFor();
      for (const a of await menu.getByRole('menuitem').all()) hrefs.add((await a.getAttribute('href')) ?? '');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
    }
  }
  if (await page.getByRole('link', { name: /^(Pemberitahuan|Notifications)/ }).count()) hrefs.add('/notifications');
  return [...hrefs].filter(Boolean);
}

/** The desktop bar on one line: its entries share a row and nothing overflows it. */
async function navOnOneLine(page: Page): Promise<{ rows: number; overflow: number }> {
  return page.getByTestId('desktop-nav').evaluate((nav) => {
    const tops = new Set([...nav.children].map((c) => Math.round(c.getBoundingClientRect().top)));
    return { rows: tops.size, overflow: nav.scrollWidth - nav.clientWidth };
  });
}

async function walk(browser: Browser, role: (typeof ROLES)[number], phone: boolean, lang: 'ms' | 'en'): Promise<string[]> {
  const ctx = await browser.newContext({ ...(phone ? PHONE : DESKTOP), bypassCSP: true }); // bypassCSP only so axe can be injected
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // An error an error boundary caught is no longer uncaught: React still says so on the console.
  page.on('console', (m) => {
    if (m.type() === 'error' && /The above error occurred/.test(m.text())) errors.push(m.text().slice(0, 300));
  });
  await login(page, env.server.url, role.email);
  await page.locator('main h1').first().waitFor();
  if (lang === 'en') {
    await page.getByRole('banner').getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  }
  const targets = await navTargets(page, phone);
  expect(targets.length, 'pages in the navigation').toBeGreaterThan(1);
  const problems: string[] = [];
  for (const target of targets) {
    await page.goto(env.server.url + target);
    await page.locator('main h1').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const where = `${role.key} ${phone ? 'phone' : 'desktop'} ${lang} ${target}`;
    const text = await page.locator('body').innerText();
    const main = (await page.locator('main').innerText()).trim();
    if (main.length < 20) problems.push(`${where}: blank page`);
    if ((await page.getByRole('banner').count()) === 0 && (await page.locator('header').count()) === 0) problems.push(`${where}: no header`);
    for (const p of rawTextProblems(text)) problems.push(`${where}: ${p}`);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (sideways > 0) problems.push(`${where}: scrolls sideways by ${sideways}px`);
    if (lang === 'ms') for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v}`);
    if (!phone) {
      const line = await navOnOneLine(page);
      if (line.rows !== 1 || line.overflow > 0) problems.push(`${where}: navigation on ${line.rows} rows, ${line.overflow}px over`);
    }
    if (SHOTS) await screenshot(page, `${role.key}-${phone ? 'phone' : 'desktop'}-${lang}${target.replaceAll('/', '_') || '_home'}`);
  }
  if (lang === 'en') {
    // Back to BM: the choice is kept on the user's record.
    await page.goto(`${env.server.url}/`);
    await page.getByRole('banner').getByRole('button', { name: 'BM', exact: true }).click();
    await page.getByRole('heading', { name: /^Selamat datang, / }).waitFor();
  }
  for (const e of errors) problems.push(`${role.key} ${phone ? 'phone' : 'desktop'} ${lang}: uncaught ${e}`);
  if (!phone) {
    // From 1024 px up the bar is on one line for this role.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`${env.server.url}/`);
    await page.locator('main h1').first().waitFor();
    const line = await navOnOneLine(page);
    if (line.rows !== 1 || line.overflow > 0) problems.push(`${role.key} 1024 ${lang}: navigation on ${line.rows} rows, ${line.overflow}px over`);
    if (SHOTS) await screenshot(page, `${role.key}-1024-${lang}_home`);
  }
  await ctx.close();
  return problems;
}

describe('raw text detector', () => {
  it('finds keys, codes and other date formats, and leaves names, e-mail addresses and file names alone', () => {
    expect(rawTextProblems('Lihat nav.home dan teamCards.title, day_status.created TIADA_DAFTAR_KELUAR 2026-11-30 30/11/2026 7:21 PTG Peraturan R21')).toEqual([
      'i18n key nav.home',
      'i18n key teamCards.title',
      'audit code day_status.created',
      'code TIADA_DAFTAR_KELUAR',
      'ISO date 2026-11-30',
      'numeric date 30/11/2026',
      '12-hour time',
      'rule code instead of its name',
    ]);
    expect(rawTextProblems('1 Dis 2026, 19:21 · pegawai@demo.gov.my · laporan bengkel.pdf · berakhir dengan .gov.my · SPOT-Me · PP Bil. 5/2019')).toEqual([]);
  });
});

describe('every page of every role renders, reads as words and passes axe', () => {
  for (const role of ROLES) {
    for (const phone of [true, false]) {
      it(`${role.key} on a ${phone ? 'phone (390 × 844)' : 'desktop (1366 × 900, and the bar at 1024)'}`, async () => {
        expect(await walk(env.browser, role, phone, 'ms')).toEqual([]);
      }, 240_000);
    }
    it(`${role.key} on a desktop in English`, async () => {
      expect(await walk(env.browser, role, false, 'en')).toEqual([]);
    }, 240_000);
  }
});
