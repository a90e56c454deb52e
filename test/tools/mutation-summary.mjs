// Prints the mutation scores of every part measured by `npm run test:mutation`
// (.stryker/parts/*.report.json, or the reports named): per file and folder, and over
// comparison and arithmetic mutants alone.
// Usage: node test/tools/mutation-summary.mjs [--survivors <path prefix>] [report.json…]
// --survivors lists the mutants no test detected under a path, with their lines: the
// list to work from when adding tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PARTS = '.stryker/parts';
const args = process.argv.slice(2);
const at = args.indexOf('--survivors');
const survivorsUnder = at < 0 ? undefined : (args.splice(at, 2)[1] ?? '');
const paths =
  args.length > 0
    ? args
    : existsSync(PARTS)
      ? readdirSync(PARTS)
          .filter((f) => f.endsWith('.report.json'))
          .map((f) => `${PARTS}/${f}`)
      : [];
if (paths.length === 0) {
  console.error('No mutation report yet: run `npm run test:mutation` first.');
  process.exit(1);
}
const files = {};
for (const path of paths) Object.assign(files, JSON.parse(readFileSync(path, 'utf8')).files);
const report = { files };

if (survivorsUnder !== undefined) {
  for (const [file, { source, mutants }] of Object.entries(files)) {
    if (!file.startsWith(survivorsUnder)) continue;
    const lines = source.split('\n');
    const open = mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort(
        (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      );
    for (const m of open) {
      const { line, column } = m.location.start;
      const code = lines[line - 1]?.trim() ?? '';
      console.log(`${file}:${line}:${column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test runs it)' : ''}`);
      console.log(`    ${code.length > 140 ? `${code.slice(0, 140)}…` : code}`);
      console.log(`    → ${m.replacement?.replace(/\s+/g, ' ').slice(0, 140) ?? ''}`);
    }
  }
  process.exit(0);
}
const COMPARISON_ARITHMETIC = new Set(['EqualityOperator', 'ArithmeticOperator', 'UpdateOperator']);
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

const tally = new Map();
const add = (key, m) => {
  if (!COUNTED.has(m.status)) return; // Ignored, CompileError, RuntimeError
  const t = tally.get(key) ?? { detected: 0, total: 0 };
  t.total++;
  if (DETECTED.has(m.status)) t.detected++;
  tally.set(key, t);
};
for (const [file, { mutants }] of Object.entries(report.files)) {
  const parts = file.split('/');
  const keys = ['all', file, ...parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('/')}/`)];
  for (const m of mutants) {
    for (const k of keys) add(k, m);
    if (COMPARISON_ARITHMETIC.has(m.mutatorName)) for (const k of keys) add(`${k} (comparison+arithmetic)`, m);
  }
}
const rows = [...tally].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
for (const [key, { detected, total }] of rows)
  console.log(
    `${((100 * detected) / total).toFixed(2).padStart(6)} %  ${String(detected).padStart(4)}/${String(total).padEnd(4)} ${key}`,
  );
