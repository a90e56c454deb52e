// The package as a user installs it: packed, unpacked into a scratch project, compiled by
// a strict consumer that checks library declarations (skipLibCheck: false) under each
// module resolution a TypeScript project uses, then run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSC = join(ROOT, 'node_modules/.bin/tsc');

const CONSUMER = `import { check, evaluate, renderReport, type Report } from 'chuangye-rules';
import { addWorkdays, type Calendar, createCalendar } from 'chuangye-rules/calendar';
import { modules } from 'chuangye-rules/handbook';
import { nationalStudioName } from 'chuangye-rules/national';
import { pingdingshanStudioName } from 'chuangye-rules/pingdingshan';
import { matchExperts } from 'chuangye-rules/taiyuan';
import { changeFiling, type TianjinStudioApplication } from 'chuangye-rules/tianjin';

const application: TianjinStudioApplication = { name: '天津市王海创业指导师工作室科技创业', staff: [] };
const report: Report = check('tianjin', 'studio', application, { asOf: '2026-11-22' });
const calendar: Calendar = createCalendar();
const year = evaluate('tianjin', {}, { from: '2025-07-01', to: '2026-06-30' });
console.log(
  JSON.stringify([
    report.verdict,
    addWorkdays('2026-09-30', 1),
    calendar.isWorkday('2026-10-10'),
    changeFiling('2026-02-10', '2026-03-04').status,
    nationalStudioName({ region: '北京市海淀区', leadName: '张明' }),
    typeof pingdingshanStudioName,
    typeof matchExperts,
    modules.length,
    year.grade,
    renderReport(report, { format: 'md' }).length > 0,
  ]),
);
`;
const EXPECTED = JSON.stringify([
  'ineligible',
  '2026-10-08',
  true,
  'late',
  '北京市海淀区张明创业指导师工作室',
  'function',
  'function',
  7,
  null,
  true,
]);

let project = '';
beforeAll(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'chuangye-consumer-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz')) as string;
  project = join(scratch, 'project');
  const installed = join(project, 'node_modules/chuangye-rules');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', join(scratch, tarball), '-C', installed, '--strip-components=1']);
  // Its dependencies, as npm would install them (offline: this repository's copies).
  for (const dep of ['zod', 'decimal.js', '@types'])
    symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep));
}, 120_000);

function compileAndRun(
  name: string,
  setup: { type: 'module' | 'commonjs'; module: string; resolution: string; run: boolean },
) {
  const dir = join(project, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: setup.type }));
  writeFileSync(join(dir, 'index.ts'), CONSUMER);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        module: setup.module,
        moduleResolution: setup.resolution,
        target: 'es2022',
        types: ['node'],
        outDir: 'out',
        ...(setup.run ? {} : { noEmit: true }),
      },
      files: ['index.ts'],
    }),
  );
  const tsc = execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8', stdio: 'pipe' }).toString();
  expect(tsc).toBe('');
  if (setup.run) {
    const out = execFileSync(process.execPath, [join(dir, 'out/index.js')], { encoding: 'utf8' });
    expect(out.trim()).toBe(EXPECTED);
  }
}

describe('a TypeScript consumer, skipLibCheck false, strict', { timeout: 120_000 }, () => {
  it('nodenext, ESM', () =>
    compileAndRun('esm', { type: 'module', module: 'nodenext', resolution: 'nodenext', run: true }));
  it('nodenext, CommonJS', () =>
    compileAndRun('cjs', { type: 'commonjs', module: 'nodenext', resolution: 'nodenext', run: true }));
  it('bundler', () =>
    compileAndRun('bundler', { type: 'module', module: 'esnext', resolution: 'bundler', run: false }));
});
