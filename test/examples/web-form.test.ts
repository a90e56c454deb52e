// examples/web-form: one static page, no build step, that imports the ESM build, builds a
// form from the guideline's labelled JSON Schema and shows the report as the applicant
// types — in Chromium, served as a portal would serve it. The assertions are about what
// the applicant reads: words, never keys or codes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { labelStudioJsonSchema, studioSchema } from '../../src/policies/national/index.js';

const studioJsonSchema = (lang: 'zh' | 'en') =>
  labelStudioJsonSchema(toJSONSchema(studioSchema, { target: 'draft-2020-12', unrepresentable: 'any' }), lang);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (see .ci/run)`);
// Said once for the file, not once per test.
if (!available)
  console.warn(
    `web-form browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or CHROMIUM_PATH)`,
  );

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Every property key and enum code of the schema: none may appear on the page. */
function keysAndCodes(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) keysAndCodes(n, out);
    return out;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.const === 'string') out.add(o.const);
  if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
  for (const v of Object.values(o)) keysAndCodes(v, out);
  return out;
}

describe('the labelled schema the form is built from', () => {
  it('titles every field and labels every option, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const walk = (node: Record<string, unknown>, path: string) => {
        for (const [k, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
          expect(child.title, `${lang} ${path}${k}`).toEqual(expect.any(String));
          expect(child.enum, `${lang} ${path}${k}`).toBeUndefined();
          const items = child.items as Record<string, unknown> | undefined;
          // English words may equal a code ('university'); Chinese never does.
          for (const o of (child.oneOf ?? items?.oneOf ?? []) as { const: string; title: string }[])
            if (lang === 'zh') expect(o.title, `${path}${k} ${o.const}`).not.toBe(o.const);
            else expect(o.title).toEqual(expect.any(String));
          walk(child, `${path}${k}.`);
          if (items) walk(items, `${path}${k}[].`);
        }
      };
      walk(studioJsonSchema(lang), '');
    }
    expect((studioJsonSchema('zh').properties as Record<string, { title: string }>).leads?.title).toBe('领办人');
    expect((studioJsonSchema('en').properties as Record<string, { title: string }>).leads?.title).toBe('lead persons');
  });
});

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
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/examples/web-form/index.html`);
    await page.locator('#verdict').filter({ hasNotText: '…' }).waitFor();
    return { page, errors };
  }

  /** What the applicant reads: the page's text and every option of every select. */
  // (Expressions as strings: the test compiles without the DOM's types.)
  const readable = (page: Page): Promise<string> =>
    page.evaluate(
      "[document.body.innerText, ...[...document.querySelectorAll('option')].map((o) => o.textContent)].join('\\n')",
    );

  it('speaks to the applicant in words: labels, options, messages and verdict in Chinese', async () => {
    const { page, errors } = await open();
    expect(await page.locator('#verdict').textContent()).toBe('材料不全，待补充');
    // The controls keep the application's paths as names (for the JSON), not as words.
    for (const name of ['name', 'region', 'carrier.kind', 'venue.fixed'])
      expect(await page.locator(`[name="${name}"]`).count()).toBe(1);
    await page.locator('[name="region"]').fill('北京市海淀区');
    await page.locator('[name="name"]').fill('北京市海淀区张明工作室');
    await page.getByRole('button', { name: '+ 添加领办人' }).click();
    await page.locator('[name="leads[0].name"]').fill('张明');
    await page.locator('[name="leads[0].role"]').selectOption('other');
    // The README's picture: `WRITE_SCREENSHOT=1 npx vitest run --project all test/examples/web-form.test.ts`.
    if (process.env.WRITE_SCREENSHOT) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(ROOT, 'examples/screenshots/web-form.png') });
    }
    await page.getByRole('button', { name: '+ 添加工作人员' }).click();

    const text = await readable(page);
    expect(text).toContain('领办人 1');
    expect(text).toContain('其他身份已获认定部门认可');
    expect(text).toContain('公共就业服务机构');
    // A missing fact named in words, with the person's name from the input.
    expect(text).toContain('请补充 领办人 张明（第1名） · 从事创业指导服务起始日期');
    expect(text).toContain('北京市海淀区张明创业指导师工作室');
    for (const raw of keysAndCodes(studioJsonSchema('en'))) expect(text, raw).not.toContain(raw);
    expect(text).not.toContain('[0]');
    expect(text).not.toContain('.0.');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('switches to English and back, keeping the answers', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: '+ 添加领办人' }).click();
    await page.locator('[name="leads[0].name"]').fill('Zhang Ming');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('#verdict').textContent()).toBe('Incomplete: data to supply');
    const text = await readable(page);
    expect(text).toContain('lead person 1');
    expect(text).toContain('public employment service');
    expect(text).toContain('supply lead person Zhang Ming (no. 1) · mentoring since');
    // No Chinese left but the policy's own title, the names given and the switch back.
    expect(text).not.toContain('请补充');
    expect(text).not.toContain('领办人');
    // English words may contain a key ('name'); codes and camel-case keys never appear.
    for (const raw of keysAndCodes(studioJsonSchema('en')))
      if (raw.includes('_') || raw !== raw.toLowerCase()) expect(text, raw).not.toContain(raw);
    expect(await page.locator('[name="leads[0].name"]').inputValue()).toBe('Zhang Ming');
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.locator('#verdict').textContent()).toBe('材料不全，待补充');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the report in view beside a form of 2,000 px and more', async () => {
    const { page } = await open();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '+ 添加工作人员' }).click();
    await page.getByRole('button', { name: '+ 添加领办人' }).click();
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    expect(height).toBeGreaterThan(2000);
    const form = await page.locator('#form').boundingBox();
    const report = await page.locator('#report').boundingBox();
    // Beside, not below.
    expect(report?.x).toBeGreaterThan((form?.x ?? 0) + (form?.width ?? 0) - 1);
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const verdict = await page.locator('#verdict').boundingBox();
    expect(verdict?.y).toBeGreaterThanOrEqual(0);
    expect((verdict?.y ?? 0) + (verdict?.height ?? 0)).toBeLessThanOrEqual(800);
    await page.close();
  }, 60_000);
});
