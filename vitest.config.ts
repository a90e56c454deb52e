import { defineConfig } from 'vitest/config';

// Date results must not depend on the machine's time zone, so every test that touches a
// date runs again under each of these zones (Pacific/Apia skipped 2011-12-30 entirely).
const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'America/Sao_Paulo', 'Pacific/Apia'];
const DATE_TESTS = ['test/calendar/**/*.test.ts', 'test/policies/**/*.test.ts', 'test/core/**/*.test.ts'];

// The examples import the package by name, as users do; in tests that is the source.
const alias = {
  'chuangye-rules/calendar': new URL('./src/calendar/index.ts', import.meta.url).pathname,
  'chuangye-rules/national': new URL('./src/policies/national/index.ts', import.meta.url).pathname,
  'chuangye-rules/tianjin': new URL('./src/policies/tianjin/index.ts', import.meta.url).pathname,
  'chuangye-rules/taiyuan': new URL('./src/policies/taiyuan/index.ts', import.meta.url).pathname,
  'chuangye-rules/pingdingshan': new URL('./src/policies/pingdingshan/index.ts', import.meta.url).pathname,
  'chuangye-rules/handbook': new URL('./src/handbook/index.ts', import.meta.url).pathname,
  'chuangye-rules/define': new URL('./src/define/index.ts', import.meta.url).pathname,
  'chuangye-rules/testing': new URL('./src/testing/index.ts', import.meta.url).pathname,
  'chuangye-rules': new URL('./src/index.ts', import.meta.url).pathname,
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Every property without a seed of its own runs seeded: a boundary hit once is hit every run.
    setupFiles: ['test/helpers/fast-check-seed.ts'],
    projects: [
      { extends: true, test: { name: 'all', include: ['test/**/*.test.ts'] } },
      ...ZONES.map((tz) => ({
        extends: true as const,
        test: { name: `TZ=${tz}`, include: DATE_TESTS, env: { TZ: tz } },
      })),
    ],
  },
});
