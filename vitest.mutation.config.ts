import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (npm run test:mutation) use one project under TZ=UTC, over the tests that
// exercise the core, the calendar, the policies and the reports. The five time-zone
// projects test the same code again and would only multiply the run time by six.
export default defineConfig({
  resolve: base.resolve,
  test: {
    // A part may name its own tests (test/tools/mutation.mjs): the calendar's are its own.
    include: process.env.MUTATION_TESTS?.split(',') ?? [
      'test/core/**/*.test.ts',
      'test/calendar/**/*.test.ts',
      'test/policies/**/*.test.ts',
      'test/laws/**/*.test.ts',
      // The report's words (core/labels.ts, core/messages.ts) are asserted where reports are.
      'test/report/**/*.test.ts',
    ],
    // A real browser per mutant would take hours.
    exclude: ['**/node_modules/**', 'test/report/browser.test.ts'],
    env: { TZ: 'UTC' },
    setupFiles: ['test/helpers/fast-check-seed.ts'],
  },
});
