// Mutation testing (StrykerJS): `npm run test:mutation -- --mutate src/core/rules.ts`.
// Incremental: the result of each run is kept in .stryker/incremental.json, so a later run
// re-tests only the mutants whose code or covering tests changed. Not part of `npm test`:
// a run over one file takes minutes; run it on the files you change.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts', '!src/calendar/data/**', '!src/**/*.generated.ts'],
  // Module-level constants (citations, quotes, frozen tables) are checked by the clause
  // tests; mutating them one by one only repeats those tests.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.stryker/report.html' },
  jsonReporter: { fileName: '.stryker/report.json' },
  thresholds: { high: 90, low: 80, break: null },
};
