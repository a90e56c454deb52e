// The README's examples state their results; this holds them to what the code returns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withinWorkdays } from '../src/calendar/index.js';
import { check } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('the quick start prints what the README says', () => {
  const report = check(
    'national',
    'studio',
    {
      name: '北京市海淀区张明创业指导师工作室',
      region: '北京市海淀区',
      leads: [{ name: '张明', role: 'mentor', mentoringSince: '2016-09-01' }],
      staff: [{ experienceSince: '2019-03-01' }, { experienceYears: 3 }, { experienceYears: 2 }],
    },
    { asOf: '2026-11-22' },
  );
  expect(readme).toContain(`report.verdict;   // '${report.verdict}'`);
  const missing = report.results.filter((r) => r.status === 'unknown').map((r) => r.missing);
  const shown = missing
    .slice(0, 4)
    .map((m) => `['${m?.[0]}']`)
    .join(', ');
  expect(readme).toContain(`// [${shown}, …]`);
});

it('the calendar example prints what the README says', () => {
  expect(readme).toContain(`// '${withinWorkdays('2026-09-30', 7).explanation.en}'`);
});

// Every TypeScript block of the README compiles and runs as written, and each line of the
// form `expression; // 'value'` (a string, number, boolean or null) returns that value.
describe('every TypeScript block of the README', () => {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => m[1] as string);
  const dir = mkdtempSync(join(tmpdir(), 'chuangye-readme-'));
  const ROOT = new URL('../', import.meta.url).pathname;
  let checked = 0;
  const CLAIM = /^(\S.*?);\s*\/\/\s*('[^']*'|-?\d+(?:\.\d+)?|true|false|null)(?=[\s:,(]|$)/u;

  it('has blocks to check', () => expect(blocks.length).toBeGreaterThanOrEqual(5));

  it('compiles (strict, the package as users import it)', () => {
    const paths = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')).compilerOptions.paths as Record<
      string,
      string[]
    >;
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    blocks.forEach((code, i) => {
      writeFileSync(join(dir, `block-${i}.ts`), `${code}\nexport {};\n`);
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.json'),
        compilerOptions: {
          baseUrl: ROOT,
          ignoreDeprecations: '6.0',
          paths: Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, v.map((p) => join(ROOT, p))])),
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        include: [join(dir, '*.ts')],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
  }, 120_000);

  blocks.forEach((code, i) => {
    it(`block ${i} runs, and its claims hold`, async () => {
      const claims: { line: number; got: unknown; want: unknown }[] = [];
      const body = code
        .split('\n')
        .map((line, n) => {
          const m = CLAIM.exec(line);
          return m ? `__claims.push({ line: ${n + 1}, got: (${m[1]}), want: ${m[2]} });` : line;
        })
        .join('\n');
      const file = join(dir, `run-${i}.ts`);
      writeFileSync(file, `const __claims = (globalThis as any).__readmeClaims;\n${body}\nexport {};\n`);
      (globalThis as { __readmeClaims?: unknown }).__readmeClaims = claims;
      const log = console.log;
      console.log = () => {};
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        console.log = log;
      }
      for (const c of claims) expect(c.got, `README block ${i}, line ${c.line}`).toEqual(c.want);
      checked += claims.length;
    });
  });

  it('checked the claims it found', () => expect(checked).toBeGreaterThanOrEqual(5));
});
