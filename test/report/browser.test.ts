// The HTML report in a real browser: Debian's Chromium, driven by playwright-core.
// CI installs Chromium (.ci/run); elsewhere the test is skipped when it is absent.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, evaluate, renderReport, renderReports } from '../../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (see .ci/run)`);
// Said once for the file, not once per test.
if (!available)
  console.warn(
    `HTML report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or CHROMIUM_PATH)`,
  );

const dir = new URL('../../examples/national/', import.meta.url);
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    file: f,
    report: check('national', 'studio', JSON.parse(readFileSync(new URL(f, dir), 'utf8')), { asOf: '2026-11-22' }),
  }));

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  it.each(reports)(
    '$file: the verdict and every rule row are visible',
    async ({ report }) => {
      const page = await browser.newPage();
      await page.setContent(renderReport(report, { format: 'html' }));
      await expect(page.locator('#verdict').isVisible()).resolves.toBe(true);
      expect(await page.locator('#verdict').textContent()).toContain(
        {
          eligible: '符合条件',
          incomplete: '待补充',
          ineligible: '不符合条件',
          invalid: '输入有误',
          not_applicable: '不适用',
        }[report.verdict],
      );
      // Every rule is spoken for by a visible row (a missing fact several wait on: one row for them all).
      const rows = page.locator('tbody tr[data-rule]');
      const ids: string[] = [];
      for (let i = 0; i < (await rows.count()); i++) {
        expect(await rows.nth(i).isVisible()).toBe(true);
        ids.push(...((await rows.nth(i).getAttribute('data-rule')) ?? '').split(' '));
      }
      expect(new Set(ids)).toEqual(new Set(report.results.map((r) => r.ruleId)));
      await page.close();
    },
    60_000,
  );

  const pages = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page[^s]/g)].length;
  const tianjin = JSON.parse(
    readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
  );

  it('one typical Tianjin application prints on one A4 page, in either language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await browser.newPage();
      const report = check('tianjin', 'studio', tianjin, { asOf: '2026-11-22' });
      await page.setContent(renderReport(report, { format: 'html', lang, signature: true }));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (lang === 'zh') {
        mkdirSync(new URL('../../test-results/', import.meta.url), { recursive: true });
        await page.screenshot({
          path: new URL('../../test-results/tianjin.png', import.meta.url).pathname,
          fullPage: true,
        });
        writeFileSync(new URL('../../test-results/tianjin.pdf', import.meta.url), pdf);
      }
      expect(pages(pdf), lang).toBe(1);
      await page.close();
    }
  }, 60_000);

  /** Text-showing operators in the PDF's page content (Flate streams inflated): what a page prints. */
  const textOps = (pdf: Buffer) => {
    let n = 0;
    const raw = pdf.toString('latin1');
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = (m.index as number) + m[0].length;
      const end = raw.indexOf('endstream', start);
      try {
        const body = inflateSync(pdf.subarray(start, end)).toString('latin1');
        n += (body.match(/\bT[jJ]\b/g) ?? []).length;
      } catch {
        // Not a Flate stream (an image, a font): nothing to count.
      }
    }
    return n;
  };

  it('a report longer than a page: every page carries the running header and its number', async () => {
    // An application with every fact to supply and forty misspelt fields: more than one page.
    const typos = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`staf${i}`, i]));
    const report = check('national', 'studio', typos, { asOf: '2026-11-22' });
    const html = renderReport(report, { format: 'html', lang: 'zh', signature: true });
    expect(html).toContain('@top-left { content: "政策条件核验报告"');
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // The same page without its margin boxes prints less on each page: the boxes are drawn.
    await page.setContent(html.replace(/@page \{ @top-left[^\n]*\n?/u, ''));
    const bare = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const n = pages(pdf);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(pages(bare)).toBe(n);
    // Two boxes (header, page number) on each page, each one text run at least.
    expect(textOps(pdf) - textOps(bare)).toBeGreaterThanOrEqual(2 * n);
    writeFileSync(new URL('../../test-results/long-report.pdf', import.meta.url), pdf);
  }, 60_000);

  it('the page names itself: the kind of report is a visible heading, the file path is not shown', async () => {
    const tianjinReport = check('tianjin', 'studio', tianjin, { asOf: '2026-11-22' });
    const page = await browser.newPage();
    await page.setContent(
      renderReports([{ report: tianjinReport, file: '/srv/uploads/2026/tj-001.json' }], { format: 'html', lang: 'zh' }),
    );
    const h1 = page.locator('h1').first();
    expect(await h1.isVisible()).toBe(true);
    expect(await h1.locator('.kind').textContent()).toBe('政策条件核验报告');
    // biome-ignore lint/performance/useDomNodeTextContent: what the page shows, not the style sheet's text
    const body = (await page.locator('body').innerText()) ?? '';
    expect(body).not.toContain('/srv/uploads');
    expect(body).toContain('申报单位: 天津市滨海新区创业孵化基地');
    expect(body).toContain('发文机关: 天津市人力资源和社会保障局');
    await page.close();
  }, 60_000);

  it("an evaluation's standing is printed beside its grade at the grade's size", async () => {
    const record = JSON.parse(
      readFileSync(new URL('../../examples/tianjin/year-record.json', import.meta.url), 'utf8'),
    );
    const report = evaluate('tianjin', record, { from: '2025-06-20', to: '2026-06-19' });
    const page = await browser.newPage();
    await page.setContent(renderReport(report, { format: 'html', lang: 'zh' }));
    const grade = page.locator('#verdict');
    const standing = grade.locator('.standing');
    expect(await standing.textContent()).toBe('非官方：本库默认标准');
    const size = (l: typeof grade) =>
      l.evaluate(
        (el) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el)
            .fontSize,
      );
    expect(await size(standing)).toBe(await size(grade));
    const [g, s] = [await grade.boundingBox(), await standing.boundingBox()];
    // On the grade's line, not under it.
    expect(Math.abs((g?.y ?? 0) + (g?.height ?? 0) / 2 - ((s?.y ?? 0) + (s?.height ?? 0) / 2))).toBeLessThan(4);
    await page.close();
  }, 60_000);

  it('a batch prints its summary table first, then each application from a new page', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const html = renderReports(
      reports.map(({ file, report }) => ({ file, report })),
      { format: 'html', list: true },
    );
    await page.setContent(html);
    const first = page.locator('section').first();
    expect(await first.getAttribute('class')).toBe('batch');
    expect(await page.locator('section.batch tbody tr').count()).toBe(reports.length);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pages(pdf)).toBeGreaterThanOrEqual(reports.length + 1);
    await page.screenshot({ path: new URL('../../test-results/batch.png', import.meta.url).pathname });
    await page.close();
  }, 60_000);

  it('prints to A4 pages, and a screenshot is kept to look at', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const ineligible = reports.find((r) => r.report.verdict === 'ineligible');
    if (!ineligible) throw new Error('the examples lack an ineligible studio');
    await page.setContent(renderReport(ineligible.report, { format: 'html' }));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points (Chromium rounds to 595.92 × 842.88).
    for (const [w, h] of boxes) {
      expect(Math.abs((w as number) - 595.5)).toBeLessThan(1.5);
      expect(Math.abs((h as number) - 842)).toBeLessThan(1.5);
    }
    mkdirSync(new URL('../../test-results/', import.meta.url), { recursive: true });
    writeFileSync(new URL('../../test-results/report.pdf', import.meta.url), pdf);
    await page.screenshot({ path: new URL('../../test-results/report.png', import.meta.url).pathname, fullPage: true });
    await page.close();
  }, 60_000);
});
