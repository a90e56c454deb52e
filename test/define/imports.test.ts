// Issue 31 item 2: the bundled policies are written with the public authoring API. Every
// name a file of src/policies/ imports from core is one `chuangye-rules/define` exports
// (types and values alike, read by the TypeScript checker), so a third party can write
// what the four texts are written with. The policies import core's unguarded originals
// (no per-call guard); define exports the same functions guarded against hostile arguments.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const DEFINE = join(root, 'src/define/index.ts');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each import from core (or define) in a file: [module, name]. */
function importsOf(file: string): [string, string][] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: [string, string][] = [];
  for (const s of source.statements) {
    if (!ts.isImportDeclaration(s) && !ts.isExportDeclaration(s)) continue;
    const spec = s.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !/^(\.\.\/)+(core|define)\//u.test(spec.text)) continue;
    const bindings = ts.isImportDeclaration(s) ? s.importClause?.namedBindings : s.exportClause;
    if (!bindings) {
      out.push([spec.text, '*']);
      continue;
    }
    if (ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) out.push([spec.text, '*']);
    else for (const e of bindings.elements) out.push([spec.text, (e.propertyName ?? e.name).text]);
  }
  return out;
}

/** The names `chuangye-rules/define` exports, types included, as the checker sees them. */
function defineExports(): Set<string> {
  const program = ts.createProgram([DEFINE], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(DEFINE);
  if (!file) throw new Error('define/index.ts not found');
  const symbol = checker.getSymbolAtLocation(file);
  if (!symbol) throw new Error('define/index.ts has no module symbol');
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

// The policy folders: the registry beside them (index.ts, many.ts) is the library's own.
const files = readdirSync(join(root, 'src/policies'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => filesUnder(join(root, 'src/policies', e.name)));
const exported = defineExports();

describe('the bundled policies use exactly the public authoring API', () => {
  it('finds the policy folders and their imports from core', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap(importsOf).length).toBeGreaterThan(100);
  });

  it('every name a policy imports from core is exported by chuangye-rules/define', () => {
    const missing = files.flatMap((f) =>
      importsOf(f)
        .filter(([, name]) => !exported.has(name))
        .map(([from, name]) => `${f.slice(root.length)}: ${name} from ${from}`),
    );
    expect(missing).toEqual([]);
  });

  it('the bundled policies are made by definePolicy', () => {
    for (const p of ['national', 'tianjin', 'pingdingshan', 'taiyuan'])
      expect(readFileSync(join(root, `src/policies/${p}/index.ts`), 'utf8')).toMatch(
        /definePolicy\(\w+Policy, \{ allowBundledId: true \}\)/u,
      );
  });

  it('nothing private is exported: the library keeps its view of policies and its compiled guards', () => {
    for (const name of ['policyBehind', 'publicPolicy', 'isPolicyView', 'checkUnder', 'guardOf', 'contextOptions'])
      expect(exported.has(name), name).toBe(false);
  });

  it('the test reads an import it must refuse', () => {
    // A deliberately private import, as a file would write it: the check above would list it.
    const probe = join(root, 'test/define/fixtures/private-import.ts.txt');
    const source = ts.createSourceFile(
      probe,
      "import { policyBehind } from '../../core/public.js';",
      ts.ScriptTarget.Latest,
    );
    const names = source.statements.flatMap((s) =>
      ts.isImportDeclaration(s) && s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings)
        ? s.importClause.namedBindings.elements.map((e) => e.name.text)
        : [],
    );
    expect(names.filter((n) => !exported.has(n))).toEqual(['policyBehind']);
  });
});
