// The `chuangye` command, spawned from the built package as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'chuangye-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const bad = {
  invalid: file('invalid.json', '{"leads": [}'),
  empty: file('empty.json', ''),
  binary: file('binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10])),
  missing: join(dir, 'missing.json'),
};
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('chuangye check', () => {
  it('exit 0 when every report is eligible', () => {
    const r = run('check', 'examples/national/eligible-studio.json', '--policy', 'national', '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('符合条件');
    expect(r.stdout).toContain('共核验 1 份：符合条件 1，待补充 0，不符合条件 0，输入有误 0\n');
  });
  it('the batch summary is in the report language: no English or codes in zh, the English words under --lang en', () => {
    const args = ['check', 'examples/national', 'no-such.json', '--policy', 'national', '--as-of', '2026-11-22'];
    const zh = run(...args, '--format', 'text');
    const last = zh.stdout.trimEnd().split('\n').at(-1);
    expect(last).toBe('共核验 3 份：符合条件 1，待补充 1，不符合条件 1，输入有误 0；1 份无法读取');
    expect(last).not.toMatch(/[A-Za-z_]/u);
    // Not text: the same line on stderr, in the same language.
    expect(run(...args, '--format', 'ndjson').stderr).toContain(`${last}\n`);
    const en = run(...args, '--format', 'text', '--lang', 'en');
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 checked: 1 eligible, 1 incomplete, 1 ineligible, 0 invalid; 1 could not be read',
    );
  });
  it('exit 1 when one is not; --fail-on ineligible lets incomplete pass', () => {
    expect(run('check', 'examples/national/incomplete-studio.json', '--policy', 'national').code).toBe(1);
    expect(
      run('check', 'examples/national/incomplete-studio.json', '--policy', 'national', '--fail-on', 'ineligible').code,
    ).toBe(0);
    expect(
      run('check', 'examples/national/ineligible-studio.json', '--policy', 'national', '--fail-on', 'ineligible').code,
    ).toBe(1);
  });
  it('--format json is the Report, parseable; several files give an array with file names', () => {
    const one = run(
      'check',
      'examples/national/eligible-studio.json',
      '--policy',
      'national',
      '--format',
      'json',
      '--as-of',
      '2026-11-22',
    );
    const report = JSON.parse(one.stdout);
    expect(report).toMatchObject({ policy: 'national', subject: 'studio', asOf: '2026-11-22', verdict: 'eligible' });
    expect(Array.isArray(report.results) && Array.isArray(report.problems)).toBe(true);
    for (const r of report.results)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['ruleId', 'status', 'clauses', 'provenance', 'message']));
    const many = JSON.parse(run('check', 'examples/national', '--policy', 'national', '--format', 'json').stdout);
    expect(many.map((r: { file: string }) => r.file)).toEqual([
      'examples/national/eligible-studio.json',
      'examples/national/incomplete-studio.json',
      'examples/national/ineligible-studio.json',
    ]);
  });
  it.each(Object.entries(bad))('a %s file: exit 2, one line on stderr naming it, no stack trace', (_, path) => {
    const r = run('check', path, '--policy', 'national', '--format', 'json');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(/^chuangye: /);
    noStackTrace(r.stderr);
  });
  it('a mix of good and bad files still reports the good ones', () => {
    const r = run(
      'check',
      'examples/national/eligible-studio.json',
      bad.invalid,
      bad.missing,
      '--policy',
      'national',
      '--format',
      'json',
    );
    expect(r.code).toBe(2);
    // The files that cannot be read are failed entries of the output too, not only lines on stderr.
    const unreadable = { verdict: 'invalid', results: [], problems: [{ code: 'unreadable_file', severity: 'error' }] };
    expect(JSON.parse(r.stdout)).toMatchObject([
      { file: 'examples/national/eligible-studio.json', verdict: 'eligible' },
      { file: bad.invalid, ...unreadable },
      { file: bad.missing, ...unreadable },
    ]);
    expect(r.stderr).toContain('invalid.json');
    expect(r.stderr).toContain('missing.json');
  });
  it('a directory without JSON is an error naming it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'chuangye-empty-'));
    const r = run('check', empty, '--policy', 'national');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(empty);
  });
  it('usage errors: exit 2 and one line', () => {
    for (const args of [
      ['check', 'examples/national', '--policy', 'nope'],
      ['check', 'examples/national'],
      ['check', 'examples/national', '--policy', 'national', '--format', 'pdf'],
      ['check', 'examples/national', '--policy', 'national', '--as-of', '2026-02-30'],
      ['check', 'examples/national', '--policy', 'national', '--bogus'],
      ['frobnicate'],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      noStackTrace(r.stderr);
    }
  });
  it('junit: one test case per rule, failures for failing clauses', () => {
    const r = run('check', 'examples/national/ineligible-studio.json', '--policy', 'national', '--format', 'junit');
    expect(r.stdout).toMatch(/^<\?xml/);
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(18); // 18 rules: the appointment system (三（四）1) is its own advice rule
    expect(r.stdout).toContain('<failure type="fail"');
  });
  it('the CI example folder passes, as examples/ci documents', () => {
    expect(run('check', 'examples/ci/applications', '--policy', 'national', '--format', 'junit').code).toBe(0);
  });
  it('--format ndjson: one report per line, with its file', () => {
    const r = run('check', 'examples/national', '--policy', 'national', '--format', 'ndjson', '--as-of', '2026-11-22');
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.verdict)).toEqual(['eligible', 'incomplete', 'ineligible']);
    expect(lines[0].file).toBe('examples/national/eligible-studio.json');
    expect(lines[0].cited.length).toBeGreaterThan(3);
    expect(r.stderr).toContain('共核验 3 份');
  });
  it('--format html of a batch opens with its summary table; --signature adds the reviewer lines', () => {
    const out = run('check', 'examples/national', '--policy', 'national', '--format', 'html', '--signature').stdout;
    expect(out.indexOf('<section class="batch">')).toBeLessThan(out.indexOf('<section class="report"'));
    expect(out.split('<section class="report"')).toHaveLength(4);
    expect(out).toContain('class="signature"');
  });
  it('schema --lang en: titles, descriptions and enum labels', () => {
    const schema = JSON.parse(run('schema', 'tianjin', 'studio', '--lang', 'en').stdout);
    expect(schema.properties.venue.properties.consultingAreaSeparated.title).toBe(
      'whether the consulting area is separated',
    );
    expect(schema.properties.leads.items.properties.role.oneOf).toContainEqual({
      const: 'mentor',
      title: 'entrepreneurship mentor',
    });
  });
  it('md and html render', () => {
    expect(
      run('check', 'examples/national/eligible-studio.json', '--policy', 'national', '--format', 'md').stdout,
    ).toContain('- **通过**');
    expect(
      run('check', 'examples/national/eligible-studio.json', '--policy', 'national', '--format', 'html', '--lang', 'en')
        .stdout,
    ).toContain('<!doctype html>');
  });
});

describe('chuangye evaluate', () => {
  it('grades the Tianjin example year', () => {
    const r = run(
      'evaluate',
      'examples/tianjin/year-record.json',
      '--policy',
      'tianjin',
      '--from',
      '2025-06-20',
      '--to',
      '2026-06-19',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ grade: 'excellent', score: '90.25' });
  });
  it('--year sets a calendar-year period; a policy without evaluation is a usage error', () => {
    expect(
      JSON.parse(
        run(
          'evaluate',
          'examples/tianjin/year-record.json',
          '--policy',
          'tianjin',
          '--year',
          '2026',
          '--format',
          'json',
        ).stdout,
      ).period,
    ).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(run('evaluate', 'examples/tianjin/year-record.json', '--policy', 'national').code).toBe(2);
  });
});

describe('chuangye deadline', () => {
  it('prints the due date and its explanation', () => {
    const r = run('deadline', '--from', '2026-09-30', '--workdays', '7', '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2026-10-15');
    expect(r.stdout).toContain('国庆节');
    expect(r.stdout).toContain('  · 行政许可法第八十二条：期限以工作日计算，不含法定节假日\n');
  });
  it.each([
    ['--workdays', '7'],
    ['--workdays', '5', '--kind', 'publicity'],
    ['--days', '30'],
    ['--years', '5', '--kind', 'term'],
  ])('text in zh has no English, its basis in Chinese words; --lang en gives the English basis (%s %s)', (...a) => {
    const zh = run('deadline', '--from', '2026-09-30', ...a, '--format', 'text');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/\n {2}· /u);
    expect(zh.stdout).not.toMatch(/[A-Za-z]/u);
    const en = run('deadline', '--from', '2026-09-30', ...a, '--format', 'text', '--lang', 'en');
    expect(en.stdout).toMatch(/\n {2}· (Civil Code|Administrative Licensing Law|interpretation)/u);
  });
  it('days, publicity, term and years', () => {
    const last = (...a: string[]) => JSON.parse(run('deadline', ...a, '--format', 'json').stdout).last;
    expect(last('--from', '2026-09-01', '--days', '30')).toBe('2026-10-08');
    expect(last('--from', '2026-10-01', '--workdays', '5', '--kind', 'publicity')).toBe('2026-10-13');
    expect(last('--from', '2026-02-01', '--years', '5', '--kind', 'term')).toBe('2031-01-31');
    expect(last('--from', '2024-02-29', '--years', '1')).toBe('2025-02-28');
  });
  it('a date past the calendar is exit 2 naming the covered range', () => {
    const r = run('deadline', '--from', '2026-12-28', '--workdays', '10');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2007-01-01 … 2026-12-31');
    noStackTrace(r.stderr);
  });
});

describe('chuangye rules, schema, compare, help', () => {
  it('rules lists every clause with the rules encoding it', () => {
    const r = run('rules', 'tianjin', '--format', 'json');
    const out = JSON.parse(r.stdout);
    expect(
      out.clauses.find((c: { id: string }) => c.id === '二（一）2').rules.map((x: { id: string }) => x.id),
    ).toContain('tianjin.venue.area');
    expect(run('rules', 'national').stdout).toContain('## 一（三）1 · rule');
  });
  it('schema prints draft 2020-12 that validates the example and rejects a wrong type', () => {
    const r = run('schema', 'tianjin', 'studio');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    expect(validate({})).toBe(true);
    const app = JSON.parse(readFileSync(join(ROOT, 'examples/tianjin/studio-application.json'), 'utf8'));
    expect(validate(app)).toBe(true);
    expect(validate({ ...app, venue: { ...app.venue, areaSqm: true } })).toBe(false);
    expect(validate({ ...app, leads: 'Wang' })).toBe(false);
  });
  it('check --policy all checks a studio profile under every studio policy', () => {
    const r = run(
      'check',
      'examples/compare/studio-profile.json',
      '--policy',
      'all',
      '--as-of',
      '2026-11-22',
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    const outcomes = JSON.parse(r.stdout).outcomes as { policy: string; verdict: string }[];
    expect(outcomes.map((o) => [o.policy, o.verdict])).toEqual([
      ['national', 'eligible'],
      ['tianjin', 'ineligible'],
      ['pingdingshan', 'ineligible'],
    ]);
  });
  it('compare puts the policies side by side', () => {
    const r = run('compare', 'national', 'tianjin', '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 场所面积 |');
    expect(r.stdout).toContain('至少100平方米');
  });
  it('--help and --version', () => {
    expect(run('--help').stdout).toContain('Commands:');
    for (const c of ['check', 'evaluate', 'deadline', 'rules', 'schema', 'compare']) {
      const r = run(c, '--help');
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(/^Usage: chuangye /);
    }
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
