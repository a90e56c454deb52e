// Runs mutation testing part by part: `npm run test:mutation` (every part) or
// `npm run test:mutation -- tianjin core` (the parts named). A part is one folder of src/;
// its incremental file and report go to .stryker/parts/<part>.*, then the summary of every
// part measured so far is printed. Stryker options after `--` are passed on.
import { spawnSync } from 'node:child_process';

const PARTS = {
  core: 'src/core',
  calendar: 'src/calendar',
  national: 'src/policies/national',
  tianjin: 'src/policies/tianjin',
  pingdingshan: 'src/policies/pingdingshan',
  taiyuan: 'src/policies/taiyuan',
};
// The calendar is measured by its own tests: every policy test counts days too, and
// running them all for each calendar mutant would take hours on 2 cores. The core is not
// narrowed so: most of it is tested through the policies and the laws (measured by
// test/core alone it scores 38 %), so its part runs the whole suite and takes hours.
const TESTS = { calendar: 'test/calendar/**/*.test.ts' };

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const named = dash < 0 ? args : args.slice(0, dash);
const passOn = dash < 0 ? [] : args.slice(dash + 1);
const unknown = named.filter((p) => !Object.hasOwn(PARTS, p));
if (unknown.length > 0) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}
for (const part of named.length > 0 ? named : Object.keys(PARTS)) {
  console.log(`\n# ${part} (${PARTS[part]})`);
  const run = spawnSync('npx', ['stryker', 'run', ...passOn], {
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATION_PART: part,
      MUTATION_FOLDER: PARTS[part],
      ...(TESTS[part] ? { MUTATION_TESTS: TESTS[part] } : {}),
    },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
spawnSync('node', ['test/tools/mutation-summary.mjs'], { stdio: 'inherit' });
