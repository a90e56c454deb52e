import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (npm run test:mutation) use one project under TZ=UTC, over the tests that
// exercise the core, the calendar and the policies. The five time-zone projects test the
// same code again and would only multiply the run time by six.
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/calendar/**/*.test.ts',
      'test/policies/**/*.test.ts',
      'test/laws/**/*.test.ts',
    ],
    env: { TZ: 'UTC' },
    setupFiles: ['test/helpers/fast-check-seed.ts'],
  },
});
