import { createRequire } from 'node:module';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const DEMO_PASSWORD = 'SpotMe#2026';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type RunningServer = { url: string; stop(): Promise<void> };
export type ServerOptions = { prepare?: (dataDir: string) => Promise<void> };

/**
 * The real server (`npm start`'s entry) on a fresh embedded database with the demo agency.
 * `prepare` may fill the data directory first (the server then finds it not empty and does not seed).
 */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spotme-e2e-'));
  await opts.prepare?.(dataDir);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  let stopping = false;
  // A server that dies under a test says why, instead of leaving only "connection refused".
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\nE2E server on ${url} exited (code ${code}, signal ${signal}). Its output:\n${output.slice(-8000)}\n`);
  });
  return {
    url,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      // The server's warnings and errors, kept to read after a failed run (LOG_LEVEL warn: no request lines).
      const dir = process.env.E2E_SHOTS_DIR || 'test-results';
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `server-${port}.log`), output);
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export async function login(page: Page, url: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel(/E-mel atau No\. MyKad|Email or MyKad/).fill(email);
  await page.getByLabel(/^(Kata laluan|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Log masuk|Log in)$/ }).click();
  // Settled: either the app moved on (session cookie set) or the form shows an error.
  await Promise.race([page.waitForURL((u) => !u.pathname.endsWith('/login')), page.getByRole('alert').first().waitFor()]);
}

export async function logout(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /^Menu$/ });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('button', { name: /^(Log keluar|Log out)$/ })
    .first()
    .click();
  await page.waitForURL(/\/login$/);
}

/** A full-page screenshot in test-results/ (or in E2E_SHOTS_DIR, to look at them outside the tree). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR || 'test-results';
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export async function newContext(browser: Browser, phone = false): Promise<BrowserContext> {
  return browser.newContext(phone ? PHONE : { viewport: { width: 1280, height: 800 } });
}

/** One server and one browser for a test file, started before and stopped after its tests. */
export function useServerAndBrowser(opts: ServerOptions = {}): { readonly server: RunningServer; readonly browser: Browser } {
  const state = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    state.server = await startServer(opts);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return state;
}

/** Serious and critical axe-core violations on the page (the context needs bypassCSP so axe can be injected). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
    };
    return w.axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/** Opens a page through a group of the desktop navigation (a dropdown menu): `group` is its label, `item` the page's. */
export async function openFromNav(page: Page, group: string, item: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /^Menu$/ })
    .getByRole('button', { name: group, exact: true })
    .click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
