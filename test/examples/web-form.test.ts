// examples/web-form: one static page, no build step, that imports the ESM build, builds a
// form from the guideline's JSON Schema and shows the report as the user types — in
// Chromium, served as a portal would serve it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

describe.skipIf(!available)('the web form example in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  beforeAll(async () => {
    // Files under the repository only (the page needs dist/ and node_modules/zod).
    server = createServer((req, res) => {
      const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!path.startsWith(ROOT) || !existsSync(path) || !statSync(path).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('builds the form from the schema and reports as the user types', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/examples/web-form/index.html`);
    await page.locator('#verdict').filter({ hasNotText: '…' }).waitFor();
    expect(await page.locator('#verdict').textContent()).toMatch(/^incomplete ·/);
    // Every top-level field of the schema has its control.
    for (const name of ['name', 'region', 'carrier.kind', 'venue.fixed'])
      expect(await page.locator(`[name="${name}"]`).count()).toBe(1);

    await page.locator('[name="region"]').fill('北京市海淀区');
    await page.locator('[name="name"]').fill('北京市海淀区张明工作室');
    await page.getByRole('button', { name: /添加/ }).first().click();
    await page.locator('[name="leads[0].name"]').fill('张明');
    const results = await page.locator('#results li').allTextContents();
    expect(results.some((r) => r.includes('一（四）') && r.includes('北京市海淀区张明创业指导师工作室'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
