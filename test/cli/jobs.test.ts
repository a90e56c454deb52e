// `chuangye check --jobs N` (issue 30): a batch spread over worker threads writes what one
// thread writes — the same bytes in the same order, the same stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const base = JSON.parse(readFileSync(join(ROOT, 'examples/tianjin/studio-application.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'chuangye-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// 600 files (10 chunks, past the 256 below which one thread checks): every verdict, an
// unknown key, a wrong type, a file that is not JSON and one that is a directory's name.
for (let i = 0; i < 600; i++) {
  const app = structuredClone(base);
  app.venue.areaSqm = String(95 + (i % 11));
  app.staff = app.staff.slice(0, 2 + (i % 3));
  if (i % 7 === 0) delete app.venue.consultingAreaSeparated;
  if (i % 97 === 0) app.staf = 3;
  if (i % 101 === 0) app.leads = 'many';
  const name = join(dir, `${String(i).padStart(4, '0')}.json`);
  writeFileSync(name, i === 333 ? '{ not json' : JSON.stringify(app));
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--policy', 'tianjin', '--as-of', '2026-11-22', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts several processes over 600 files: slow on a shared machine.
describe('check --jobs', { timeout: 180_000 }, () => {
  it.each(['ndjson', 'json', 'text', 'md'])('--format %s: --jobs 2 and 3 write what --jobs 1 writes', (format) => {
    const one = run('--format', format, '--jobs', '1');
    expect(one.code).toBe(2); // the file that is not JSON
    expect(one.stderr).toContain('0333.json');
    expect(one.stderr + one.stdout).toMatch(
      /共核验 599 份：符合条件 \d+，待补充 \d+，不符合条件 \d+，输入有误 [1-9]\d*；1 份无法读取\n/u,
    );
    for (const jobs of ['2', '3']) expect(run('--format', format, '--jobs', jobs)).toEqual(one);
    if (format === 'ndjson') expect(one.stdout.trim().split('\n')).toHaveLength(600);
    if (format === 'json') expect(JSON.parse(one.stdout)).toHaveLength(600);
  });

  it('the default uses the cores, with the same output', () => {
    expect(run('--format', 'ndjson')).toEqual(run('--format', 'ndjson', '--jobs', '1'));
  });

  it.each(['0', '65', 'two', '1.5', ''])('--jobs %j is a usage error', (jobs) => {
    const r = run('--format', 'ndjson', '--jobs', jobs);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--jobs must be a whole number from 1 to 64/u);
  });

  it('--lang en: the English summary, the same on workers', () => {
    const one = run('--format', 'ndjson', '--jobs', '1', '--lang', 'en');
    expect(one.stderr).toMatch(
      /599 checked: \d+ eligible, \d+ incomplete, \d+ ineligible, [1-9]\d* invalid; 1 could not be read\n/u,
    );
    expect(run('--format', 'ndjson', '--jobs', '2', '--lang', 'en')).toEqual(one);
  });

  it('a file that reads as another subject gets the same note on workers', () => {
    // 300 Pingdingshan mentors checked as the default subject (studio): past the 256 below which one thread checks.
    const mentors = mkdtempSync(join(tmpdir(), 'chuangye-jobs-mentors-'));
    try {
      const mentor = readFileSync(join(ROOT, 'examples/pingdingshan/mentor.json'), 'utf8');
      for (let i = 0; i < 300; i++) writeFileSync(join(mentors, `${String(i).padStart(3, '0')}.json`), mentor);
      const runOn = (jobs: string) =>
        spawnSync(
          process.execPath,
          [
            BIN,
            'check',
            mentors,
            '--policy',
            'pingdingshan',
            '--as-of',
            '2026-11-22',
            '--format',
            'ndjson',
            '--jobs',
            jobs,
          ],
          { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
        );
      const one = runOn('1');
      expect(one.stderr).toContain('--subject mentor');
      expect(one.stderr).toMatch(/另有 295 个文件更符合其他申报对象/u);
      const two = runOn('2');
      expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr]);
    } finally {
      rmSync(mentors, { recursive: true, force: true });
    }
  });

  it('--fail-on ineligible counts the same on workers', () => {
    const one = run('--format', 'ndjson', '--jobs', '1', '--fail-on', 'ineligible');
    expect(run('--format', 'ndjson', '--jobs', '2', '--fail-on', 'ineligible')).toEqual(one);
  });
});
