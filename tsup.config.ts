import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    calendar: 'src/calendar/index.ts',
    national: 'src/policies/national/index.ts',
    tianjin: 'src/policies/tianjin/index.ts',
  },
  format: ['esm', 'cjs'],
  // TypeScript 6 deprecates baseUrl, which tsup's declaration build still sets.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
});
