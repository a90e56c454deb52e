// Mutation testing (StrykerJS): `npm run test:mutation [-- part…]`, where a part is a folder
// of src/ (core, calendar, national, tianjin, pingdingshan, taiyuan, …; test/tools/mutation.mjs
// runs each in turn). Each part keeps its own incremental file and report under
// .stryker/parts/, so a later run re-tests only the mutants whose code or covering tests
// changed, and `node test/tools/mutation-summary.mjs` adds the parts up. Not part of
// `npm test`: a first run of a policy folder takes tens of minutes on 2 cores.
const part = process.env.MUTATION_PART;
const folder = process.env.MUTATION_FOLDER;
const file = (kind) => `.stryker/parts/${part ?? 'adhoc'}.${kind}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [`${folder ?? 'src'}/**/*.ts`, '!src/calendar/data/**', '!src/**/*.generated.ts'],
  // Module-level constants (citations, quotes, frozen tables) are checked by the clause
  // tests; mutating them one by one only repeats those tests.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: file('incremental.json'),
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: file('report.html') },
  jsonReporter: { fileName: file('report.json') },
  thresholds: { high: 90, low: 80, break: null },
};
