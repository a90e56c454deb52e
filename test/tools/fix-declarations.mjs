// After tsup: the declaration bundler writes a namespace re-export (`export * as calendar`)
// of a type that lives in another chunk as `declare const ns_T: typeof T`, which fails to
// compile in a consumer that checks library declarations (skipLibCheck: false, TS2693).
// Each such line whose target the other chunk exports as a type becomes `type ns_T = T`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
const files = readdirSync(dist).filter((f) => f.endsWith('.d.ts') || f.endsWith('.d.cts'));

/** The names a chunk exports as types: `export { type Calendar as e, … }`. */
function typeExports(file) {
  const text = readFileSync(join(dist, file), 'utf8');
  const names = new Set();
  for (const statement of text.match(/^export \{[^}]*\};?$/gmu) ?? [])
    for (const m of statement.matchAll(/type (\w+)(?: as (\w+))?/gu)) names.add(m[2] ?? m[1]);
  return names;
}

let fixed = 0;
for (const file of files) {
  let text = readFileSync(join(dist, file), 'utf8');
  // Local name → whether it is a type, from each import of another chunk.
  const isType = new Map();
  for (const m of text.matchAll(/^import \{([^}]*)\} from '\.\/([\w.-]+)\.(c?)js';$/gmu)) {
    const chunk = `${m[2]}.d.${m[3] ? 'cts' : 'ts'}`;
    if (!files.includes(chunk)) continue;
    const types = typeExports(chunk);
    for (const spec of m[1].split(',')) {
      const [exported, local] = spec
        .trim()
        .replace(/^type /u, '')
        .split(/\s+as\s+/u);
      if (exported) isType.set(local ?? exported, types.has(exported));
    }
  }
  const next = text.replace(/^declare const (\w+): typeof (\w+);$/gmu, (line, alias, target) => {
    if (isType.get(target) !== true) return line;
    fixed++;
    return `type ${alias} = ${target};`;
  });
  if (next !== text) writeFileSync(join(dist, file), next);
  text = next;
}
// `--silent`: `npm start` prints the reports only.
if (!process.argv.includes('--silent')) console.log(`fix-declarations: ${fixed} namespace type re-exports rewritten`);
