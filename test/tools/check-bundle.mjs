// What a browser user pays: bundles each public entry of dist/ as an app would
// (esbuild, minified, tree-shaken), prints min+gzip sizes, and fails when the calendar
// pulls in zod, decimal.js or a policy, or an entry grows past its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = [
  // [entry, budget in KiB min+gz, what it must not contain]
  ['calendar', 12, [/node_modules\/zod\//, /node_modules\/decimal\.js\//, /policies\//]],
  // A web form that checks only the guideline (issue 17: at most 35).
  ['national', 35, []],
  // With decimal.js, for exact scores; issue 11 added its procedures' branches and readings (63 → 67 KiB).
  ['tianjin', 68, []],
  // Both count terms or publicity on the official calendar, so each carries its 8 KiB of holiday data.
  ['taiyuan', 64, []],
  ['pingdingshan', 64, []],
  // The handbook is its text: some 8,000 Chinese characters (the catalogue verbatim, flows, links, messages) are most of its 20 KiB.
  ['handbook', 24, [/node_modules\/zod\//, /node_modules\/decimal\.js\//, /policies\//]],
  // Everything: four policies, the handbook, the calendar, every renderer.
  ['index', 149, []],
];

let failed = false;
for (const [name, budget, forbidden] of entries) {
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
}
// The chunks tsup shares between entries must not mix the calendar with policy code.
process.exit(failed ? 1 : 0);
