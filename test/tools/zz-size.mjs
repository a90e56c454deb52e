import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const r = await build({ entryPoints: [f], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', external: ['zod', 'zod/*', 'decimal.js'] });
  console.log(f, (gzipSync(r.outputFiles[0].contents).length / 1024).toFixed(2));
}
