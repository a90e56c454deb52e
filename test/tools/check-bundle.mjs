// What a browser user pays: bundles each public entry of dist/ as an app would
// (esbuild, minified, tree-shaken), prints min+gzip sizes, and fails when the calendar
// pulls in zod, decimal.js or a policy, or an entry grows past its budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Budgets raised in the session of issues 24–29 (readings resolved per check, public policy
// views, argument checks, the handbook's tracks and the statutory-holiday table): about
// 6–8 KiB a policy; and for issues 29–31 (every bundled policy made by definePolicy, whose
// validation is about 3 KiB; Taiyuan's labels for every field; the reports' words); then about
// 1.5 KiB more a policy for its checked `naming`, `profile` and `labels`, and reports whose results
// are built on first read (the session of 2026-12-06); then about 0.5 KiB a policy for issue
// 30's speed: the guard's shapes that the reader follows as it copies, the rule helpers'
// kept words and the calendar's digit arithmetic (the next session that day); then about
// 0.5 KiB for the calendar's years past 9999-12-31 (termLastDay, a rolling window cut at
// the end), the per-check memo, the prepared-check slot and a reform's shared read (the
// session after).
const entries = [
  // [entry, budget in KiB min+gz, what it must not contain, what the README's table says of it]
  // 14: the statutory holidays of the 放假办法 and their lunar table for 2007–2035 (≈1.3 KiB) came with the provisional year.
  ['calendar', 15, [/node_modules\/zod\//, /node_modules\/decimal\.js\//, /policies\//], 'no zod, no policy'],
  // A web form that checks only the guideline (issue 17 asked at most 35; definePolicy's validation took it past).
  ['national', 40, [/node_modules\/decimal\.js\//], 'its own `check`; no decimal.js'],
  // With decimal.js, for exact scores; procedures carry the 8 KiB of holiday data.
  ['tianjin', 89, [], 'with decimal.js for scores and the holiday data for procedures'],
  // Both count terms or publicity on the official calendar, so each carries its holiday data.
  ['taiyuan', 83, [], 'terms and windows on the calendar'],
  ['pingdingshan', 85, [], 'mentors, studios, effects and procedures'],
  // The handbook is its text: some 8,000 Chinese characters (the catalogue verbatim, flows, links, messages) are most of its 20 KiB.
  ['handbook', 29, [/node_modules\/zod\//, /node_modules\/decimal\.js\//, /policies\//], 'mostly its verbatim text'],
  // Everything: four policies, the handbook, the calendar, the comparison, every renderer, the field-label tables.
  // An author's toolbox: definePolicy's validation, the rule helpers, the calendar's periods.
  ['define', 62, [/policies\//], 'the authoring API; no bundled policy'],
  // The kit: the checks of a policy against its text, with its own hostile values (no fast-check).
  ['testing', 45, [/policies\//, /fast-check/], 'the test kit; no bundled policy, no fast-check'],
  // 202: defined policies in checkEverywhere / nextQuestions (profile mappings, asks in a policy's own words; issue 31).
  ['index', 205, [], 'everything: policies, handbook, comparison, renderers'],
];

// The README's size table is this script's output: `--write-readme` rewrites it, and a
// plain run fails when a row is more than 1 KiB away from what it measures.
const README = new URL('../../README.md', import.meta.url);
const START = '<!-- bundle-sizes: written by test/tools/check-bundle.mjs --write-readme -->';
const END = '<!-- /bundle-sizes -->';
const rows = [];

let failed = false;
for (const [name, budget, forbidden, note] of entries) {
  const result = await build({
    stdin: { contents: `export * from './dist/${name}.js';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const kib = gzipSync(code).length / 1024;
  const inputs = Object.keys(result.metafile.inputs);
  const leaks = inputs.filter((i) => forbidden.some((f) => f.test(i)));
  const over = kib > budget;
  console.log(
    `chuangye-rules/${name === 'index' ? '' : name}`.padEnd(26),
    `${kib.toFixed(1)} KiB min+gz (budget ${budget})`,
    leaks.length ? `✘ pulls in ${leaks.join(', ')}` : '',
  );
  failed ||= over || leaks.length > 0;
  rows.push({ name, kib, budget, note });
}

const table = [
  '| import | KiB min+gz | budget | |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| \`chuangye-rules${r.name === 'index' ? '' : `/${r.name}`}\` | ${r.kib.toFixed(1)} | ${r.budget} | ${r.note} |`,
  ),
].join('\n');
const readme = readFileSync(README, 'utf8');
const at = readme.indexOf(START);
const end = readme.indexOf(END);
if (at < 0 || end < at) {
  console.log(`✘ README.md has no size table between ${START} and ${END}`);
  failed = true;
} else if (process.argv.includes('--write-readme')) {
  writeFileSync(README, `${readme.slice(0, at + START.length)}\n${table}\n${readme.slice(end)}`);
  console.log('README.md: size table written');
} else {
  const shown = new Map(
    [...readme.slice(at, end).matchAll(/\| `chuangye-rules\/?([a-z]*)` \| ([\d.]+) \|/gu)].map((m) => [
      m[1] || 'index',
      Number(m[2]),
    ]),
  );
  for (const r of rows) {
    const said = shown.get(r.name);
    if (said === undefined || Math.abs(said - r.kib) > 1) {
      console.log(
        `✘ README.md says ${said ?? 'nothing'} KiB for ${r.name}, measured ${r.kib.toFixed(1)}: run node test/tools/check-bundle.mjs --write-readme`,
      );
      failed = true;
    }
  }
}
// The chunks tsup shares between entries must not mix the calendar with policy code.
process.exit(failed ? 1 : 0);
