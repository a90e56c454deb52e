import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      calendar: 'src/calendar/index.ts',
      national: 'src/policies/national/index.ts',
      tianjin: 'src/policies/tianjin/index.ts',
      taiyuan: 'src/policies/taiyuan/index.ts',
      pingdingshan: 'src/policies/pingdingshan/index.ts',
      handbook: 'src/handbook/index.ts',
      define: 'src/define/index.ts',
      testing: 'src/testing/index.ts',
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
  },
  {
    // The command: ESM only, for Node, with its shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    dts: false,
    clean: false,
  },
]);
