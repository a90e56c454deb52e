// The README's evaluation commands, run as a user runs them, with and without a period
// (issue 25.1): without one the text's own latest ended year is graded, or the command
// says why not and names --from/--to.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const BIN = join(ROOT, 'dist/cli.js');
const RECORD = 'examples/tianjin/year-record.json';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const text = (...args: string[]) => run(...args, '--format', 'text');
const json = (...args: string[]) => {
  const r = run(...args, '--format', 'json');
  return { code: r.code, report: JSON.parse(r.stdout) };
};

/** The newest modification time of a file under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    t = Math.max(t, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return t;
}

// The folder runs again under each time zone: the command is run once, in 'all'. It is
// built (npm run build --silent) only when dist/ is missing or older than src/: a build
// empties dist/ while the other command tests may be reading it.
let built = false;
function once(ctx: TestContext) {
  if (ctx.task.file.projectName !== 'all') ctx.skip();
  if (!built && (!existsSync(BIN) || statSync(BIN).mtimeMs < newest(join(ROOT, 'src'))))
    execSync('npm run build --silent', { cwd: ROOT, stdio: 'ignore' });
  built = true;
}

describe('chuangye evaluate, as the README shows it', { timeout: 120_000 }, () => {
  it('with the period: the record’s year, 优秀, exit 0', (ctx) => {
    once(ctx);
    const r = text('evaluate', RECORD, '--policy', 'tianjin', '--from', '2025-06-20', '--to', '2026-06-19');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2025-06-20 – 2026-06-19');
    expect(r.stdout).toContain('等次: 优秀 · 非官方：本库默认标准');
  });
  it('without a period on 2026-12-06: the studio’s own latest ended year (from recognition), 优秀, exit 0', (ctx) => {
    once(ctx);
    const { code, report } = json('evaluate', RECORD, '--policy', 'tianjin', '--as-of', '2026-12-06');
    expect(code).toBe(0);
    expect(report).toMatchObject({ period: { from: '2025-06-20', to: '2026-06-19' }, grade: 'excellent' });
    expect(report.consequence).toBeUndefined();
    const shown = text('evaluate', RECORD, '--policy', 'tianjin', '--as-of', '2026-12-06');
    expect(shown.stdout).toContain('等次: 优秀 · 非官方：本库默认标准');
  });
  it('without a period, a record without its recognition date: no grade, the reason naming --from/--to', (ctx) => {
    once(ctx);
    const dir = mkdtempSync(join(tmpdir(), 'chuangye-tianjin-'));
    const record = JSON.parse(readFileSync(join(ROOT, RECORD), 'utf8'));
    delete record.recognizedOn;
    const file = join(dir, 'no-recognition.json');
    writeFileSync(file, JSON.stringify(record));
    const { report } = json('evaluate', file, '--policy', 'tianjin', '--as-of', '2026-12-06');
    expect(report).toMatchObject({ grade: null, period: null, notGraded: { code: 'period_unknown' } });
    expect(report.notGraded.reason.zh).toContain('--from/--to');
    expect(report.notGraded.reason.en).toContain('--from/--to');
    expect(text('evaluate', file, '--policy', 'tianjin', '--as-of', '2026-12-06').stdout).not.toContain('等次: 不合格');
  });
  it('without a period, a year the record does not cover: no grade, never 不合格', (ctx) => {
    once(ctx);
    const { report } = json('evaluate', RECORD, '--policy', 'tianjin', '--as-of', '2027-07-01');
    expect(report.period).toEqual({ from: '2026-06-20', to: '2027-06-19' });
    expect(report.grade).toBeNull();
    expect(report.consequence).toBeUndefined();
    const shown = text('evaluate', RECORD, '--policy', 'tianjin', '--as-of', '2027-07-01');
    expect(shown.stdout).toContain('等次: 暂无法确定');
    expect(shown.stdout).not.toContain('等次: 不合格');
  });
});
