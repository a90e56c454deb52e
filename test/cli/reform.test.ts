// `chuangye reform`, spawned from the built package as an analyst runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'reform', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'chuangye-reform-'));
const app = JSON.parse(readFileSync(join(ROOT, 'examples/tianjin/studio-application.json'), 'utf8'));
writeFileSync(
  join(dir, 'a-95.json'),
  JSON.stringify({ ...app, name: '天津市\u202e王海创业指导师工作室', venue: { ...app.venue, areaSqm: 95 } }),
);
writeFileSync(join(dir, 'b-ok.json'), JSON.stringify(app));
const AREA = ['--policy', 'tianjin', '--set', 'venue.areaSqm=90', '--as-of', '2026-11-22'];

describe('chuangye reform', () => {
  it('text: the change and its clause first, then each application that moved, then the summary', () => {
    const r = run(dir, ...AREA, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('按调整后的参数计算，非政策原文结论');
    expect(r.stdout).toContain('venue.areaSqm = "90" (原为 "100"; 二（一）2 “面积不小于100m2”)');
    expect(r.stdout).toMatch(/a-95\.json .*不符合条件 → 符合条件 {2}tianjin\.venue\.area fail→pass/u);
    // The unchanged application is not listed; an input-derived control is shown, not obeyed.
    expect(r.stdout).not.toContain('b-ok.json');
    expect(r.stdout).toContain('\\u202e');
    expect(r.stdout).toContain('已检查 2 · 结论改变 1 · 变为符合条件 1 · 不再符合条件 0');
  });
  it('json and ndjson: every entry, the parameters and the summary', () => {
    const json = JSON.parse(run(dir, ...AREA, '--format', 'json').stdout);
    expect(json.entries).toHaveLength(2);
    expect(json.summary).toMatchObject({
      total: 2,
      toEligible: 1,
      byRule: [{ ruleId: 'tianjin.venue.area', toPass: 1 }],
    });
    const lines = run(dir, ...AREA, '--format', 'ndjson')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].parameters[0]).toMatchObject({ id: 'venue.areaSqm', value: '90', replaced: '100' });
    expect(lines[3].summary.changed).toBe(1);
  });
  it('md and html escape what the input says', () => {
    expect(run(dir, ...AREA, '--format', 'md', '--lang', 'en').stdout).toContain(
      "Computed with changed parameters — not the text's verdict",
    );
    const html = run(dir, ...AREA, '--format', 'html').stdout;
    expect(html).toContain('<bdi>');
    expect(html).not.toContain('\u202e');
  });
  it('a reading, and a parameter refused: exit 2 with the library’s words, nothing checked', () => {
    expect(
      run(dir, '--policy', 'tianjin', '--reading', 'venue.useRightReading=term', '--as-of', '2026-11-22').code,
    ).toBe(0);
    const bad = run(dir, '--policy', 'tianjin', '--set', 'venue.areaSqm=big', '--format', 'json');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('options.parameters.venue.areaSqm');
    const unknown = run(dir, '--policy', 'tianjin', '--set', 'nope=1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('tianjin没有参数“nope”');
  });
  it('usage errors: no change, no file, a malformed pair', () => {
    expect(run(dir, '--policy', 'tianjin').stderr).toContain('--set');
    expect(run('--policy', 'tianjin', '--set', 'venue.areaSqm=90').code).toBe(2);
    expect(run(dir, '--policy', 'tianjin', '--set', 'venue.areaSqm').stderr).toContain('<parameter id>=<value>');
  });
});
