import { and, asc, eq, inArray } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
/* eslint-disable no-restricted-imports -- the browser test fills the server's database before the server starts (the one thing it cannot do over HTTP: a justification sent ten days ago) */
import { openDatabase } from '../server/db/client';
import { attendanceCards, attendanceIssues, justifications, users } from '../server/db/schema';
import { assignReviewers } from '../server/features/requests';
import { recordCardRun } from '../server/features/cards/service';
import { closeDay, dueCloses } from '../server/jobs/day-close';
import { seedDemo } from '../server/seed/demo';
/* eslint-enable no-restricted-imports */
import { axeViolations, login, openFromNav, PHONE, screenshot, useServerAndBrowser } from './harness';

const month = (back: number) => Temporal.Now.plainDateISO('Asia/Kuala_Lumpur').toPlainYearMonth().subtract({ months: back }).toString();

/**
 * The demo agency, its past days closed, with cards stored for the last two months
 * (Hafiz red, Rajesh green; counted, so the server does not count them again) and one
 * justification of the demo officer sent ten days ago and never reviewed (R23).
 */
async function prepare(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.migrate();
    const { orgId } = await seedDemo(database.db);
    for (const { org, date } of await dueCloses(database.db)) await closeDay(database, org, date);
    const people = await database.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.orgId, orgId));
    const id = (email: string) => people.find((p) => p.email === email)!.id;
    const [last, before] = [month(1), month(2)];
    const hafiz = id('hafiz.abdullah@demo.gov.my');
    await database.db.insert(attendanceCards).values([
      {
        orgId,
        userId: hafiz,
        month: before,
        fromCard: 'KUNING',
        card: 'HIJAU',
        offenceDays: 3,
        offenceDates: [`${before}-03`, `${before}-10`, `${before}-17`],
      },
      {
        orgId,
        userId: hafiz,
        month: last,
        fromCard: 'HIJAU',
        card: 'MERAH',
        offenceDays: 4,
        offenceDates: [`${last}-04`, `${last}-05`, `${last}-11`, `${last}-12`],
      },
      {
        orgId,
        userId: id('rajesh.subramaniam@demo.gov.my'),
        month: last,
        fromCard: 'KUNING',
        card: 'HIJAU',
        offenceDays: 3,
        offenceDates: [`${last}-06`, `${last}-13`, `${last}-20`],
      },
    ]);
    await recordCardRun(database.db, orgId, last, people.length);
    const officer = id('pegawai@demo.gov.my');
    const [issue] = await database.db
      .select()
      .from(attendanceIssues)
      .where(
        and(
          eq(attendanceIssues.orgId, orgId),
          eq(attendanceIssues.userId, officer),
          eq(attendanceIssues.state, 'TERBUKA'),
          inArray(attendanceIssues.code, ['LEWAT', 'BALIK_AWAL', 'TIADA_DAFTAR_KELUAR']),
        ),
      )
      .orderBy(asc(attendanceIssues.date))
      .limit(1);
    if (!issue) throw new Error('the demo officer has no issue to justify');
    const sent = new Date(Date.now() - 10 * 86_400_000 - 3_600_000);
    const [justification] = await database.db
      .insert(justifications)
      .values({
        orgId,
        issueId: issue.id,
        userId: officer,
        category: 'KENDERAAN_ROSAK',
        text: 'Kereta rosak di Lebuhraya Maju',
        state: 'MENUNGGU',
        createdAt: sent,
        updatedAt: sent,
      })
      .returning();
    // Its reviewer, as the app stores it when a justification is sent.
    await assignReviewers(database.db, orgId, { kind: 'JUSTIFICATION', ids: [justification!.id] });
  } finally {
    await database.close();
  }
}

const env = useServerAndBrowser({ prepare });
const DESKTOP = { viewport: { width: 1280, height: 800 } };

describe("the team's attendance cards", () => {
  it("the supervisor opens the cards from the board: red first, filter by colour, the officer's month; no axe violations", async () => {
    const ctx = await env.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/team`);
    await page.getByRole('link', { name: 'Kad kehadiran' }).click();
    await page.waitForURL(/\/team\/cards$/);
    const list = page.getByTestId('team-cards');
    await list.waitFor();
    const first = list.locator('li').first();
    await expect.poll(() => first.textContent()).toContain('Muhammad Hafiz bin Abdullah');
    expect(await first.textContent()).toMatch(/Kad Merah.*Sejak .*sebelum ini Hijau.*Hari kesalahan .*: 4/);
    expect(await list.locator('li').nth(1).textContent()).toMatch(/Rajesh a\/l Subramaniam.*Kad Hijau/);
    expect(await list.locator('li').nth(2).textContent()).toContain('Kad Kuning');
    await screenshot(page, 'team-cards-phone');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('card-filter-MERAH').click();
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await first.getByText('Sejarah 6 bulan').click();
    await first.getByRole('table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'team-cards-red-phone');
    await page.getByRole('link', { name: 'Kalendar bulanan Muhammad Hafiz bin Abdullah' }).click();
    await page.getByRole('heading', { name: 'Muhammad Hafiz bin Abdullah', level: 1 }).waitFor();
    await page.getByTestId('month-calendar').waitFor();
    await ctx.close();
  });

  it('in English on a desktop, and an executive gets the whole organisation', async () => {
    const ctx = await env.browser.newContext({ ...DESKTOP, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my');
    await page.goto(`${env.server.url}/team/cards`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Attendance cards', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('team-cards').locator('li').first().textContent()).toMatch(/Red card.*before that Green/);
    await screenshot(page, 'team-cards-desktop-en');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();

    const exec = await env.browser.newContext({ ...DESKTOP, bypassCSP: true });
    const ep = await exec.newPage();
    await login(ep, env.server.url, 'eksekutif@demo.gov.my');
    await ep
      .getByRole('link', { name: /^Kad kehadiran/ })
      .first()
      .click();
    await ep.getByTestId('team-cards').waitFor();
    // The whole organisation: officers of every unit, and no sub-tree links to months it cannot open.
    await expect.poll(() => ep.getByTestId('team-cards').locator('li').count()).toBeGreaterThan(15);
    expect(await ep.getByTestId('team-cards').textContent()).toContain('Kavitha a/p Muniandy');
    expect(await ep.getByRole('link', { name: /^Kalendar bulanan/ }).count()).toBe(0);
    await screenshot(ep, 'team-cards-org-desktop');
    await exec.close();
  });
});

describe('overdue reviews (R23)', () => {
  it('the executive finds the reviewer with an overdue justification, opens it and downloads the CSV; no axe violations', async () => {
    const ctx = await env.browser.newContext({ ...DESKTOP, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'eksekutif@demo.gov.my');
    await openFromNav(page, 'Laporan', 'Semakan lewat');
    await page.getByRole('heading', { name: 'Semakan justifikasi lewat', level: 1 }).waitFor();
    const reviewer = page.getByTestId('overdue-reviewers').locator(':scope > li').first();
    await expect.poll(() => reviewer.textContent()).toMatch(/Norazlina binti Mat Yusof.*paling lama 10 hari.*1 lewat/);
    expect(await page.getByText('Skop: seluruh organisasi.').count()).toBe(1);
    await reviewer.getByRole('button').click();
    await expect.poll(() => reviewer.getByRole('list').textContent()).toMatch(/Mohd Faizal bin Abdul Karim.*Menunggu 10 hari/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'overdue-reviews-desktop');
    const csv = await page.request.get(`${env.server.url}/api/reports/overdue-reviews?format=csv`);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Norazlina binti Mat Yusof');
    expect(await page.getByTestId('overdue-csv').getAttribute('href')).toBe('/api/reports/overdue-reviews?format=csv');
    await ctx.close();
  });

  it('on a phone, in English, the supervisor sees the one against herself; no axe violations', async () => {
    const ctx = await env.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, env.server.url, 'penyelia@demo.gov.my'); // her language is English since the test above
    await page.goto(`${env.server.url}/reports/overdue-reviews`);
    await page.getByRole('heading', { name: 'Overdue justification reviews', level: 1 }).waitFor();
    const reviewer = page.getByTestId('overdue-reviewers').locator(':scope > li').first();
    await expect.poll(() => reviewer.textContent()).toMatch(/Norazlina binti Mat Yusof.*oldest 10 days.*1 overdue/);
    expect(await page.getByText('Scope: you and the reviewers under you.').count()).toBe(1);
    await reviewer.getByRole('button').click();
    await reviewer.getByRole('list').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'overdue-reviews-phone-en');
    await page.getByRole('button', { name: 'BM', exact: true }).click();
    await page.getByRole('heading', { name: 'Semakan justifikasi lewat', level: 1 }).waitFor();
    await screenshot(page, 'overdue-reviews-phone');
    await ctx.close();
  });
});
