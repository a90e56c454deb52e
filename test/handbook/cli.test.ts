// `chuangye handbook coverage`, spawned from the built package as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'chuangye-handbook-'));

describe('chuangye handbook coverage', () => {
  it('a self-check exits 0 with basic functions missing; --fail-on basic makes it 1', () => {
    const r = run('handbook', 'coverage', 'examples/handbook/county-agency.json', '--format', 'text');
    expect(r.code).toBe(0);
    expect(run('handbook', 'coverage', 'examples/handbook/county-agency.json', '--fail-on', 'basic').code).toBe(1);
    expect(run('handbook', 'coverage', 'examples/handbook/basic-services.json', '--fail-on', 'basic').code).toBe(0);
    expect(r.stdout).toContain('某县公共就业和人才服务中心（示例）');
    expect(r.stdout).toContain('创业孵化 1.2 项目入驻对接 (incubation/1.2)');
    expect(r.stdout).toContain('不具约束力');
    expect(r.stdout).toContain('服务方式：已采用');
  });
  it('exit 0 when every basic function is offered; JSON by default when piped', () => {
    const r = run('handbook', 'coverage', 'examples/handbook/basic-services.json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).basicComplete).toBe(true);
  });
  it('Markdown and English', () => {
    const r = run('handbook', 'coverage', 'examples/handbook/county-agency.json', '--format', 'md', '--lang', 'en');
    expect(r.stdout).toContain('| Information release | 2/2 | 0/2 | 0/1 | 2/5 |');
  });
  it('an unknown entry fails the check even when the basic functions are all there', () => {
    const f = join(dir, 'typo.json');
    writeFileSync(
      f,
      JSON.stringify([
        ...Array.from({ length: 7 }, (_, i) => [
          `${['information', 'consulting', 'training', 'guidance', 'incubation', 'financing', 'activities'][i]}/1.1`,
          `${['information', 'consulting', 'training', 'guidance', 'incubation', 'financing', 'activities'][i]}/1.2`,
        ]).flat(),
        '创业咨询',
      ]),
    );
    const r = run('handbook', 'coverage', f, '--format', 'json', '--fail-on', 'basic');
    expect(r.code).toBe(1);
    expect(run('handbook', 'coverage', f, '--format', 'json').code).toBe(0);
    expect(JSON.parse(r.stdout).problems[0].code).toBe('unknown_function');
  });
  it('exit 2 with one line for a usage error or an unreadable file', () => {
    for (const args of [
      ['handbook'],
      ['handbook', 'list'],
      ['handbook', 'coverage'],
      ['handbook', 'coverage', 'examples/handbook/county-agency.json', '--format', 'html'],
      ['handbook', 'coverage', join(dir, 'missing.json')],
      ['handbook', 'coverage', 'examples/handbook/county-agency.json', '--fail-on', 'extended'],
      ['handbook', 'coverage', 'examples/handbook/county-agency.json', '--max-bytes', '0x10'],
      ['handbook', 'coverage', 'examples/handbook/county-agency.json', '--max-bytes', '1e3'],
      ['handbook', 'coverage', 'examples/handbook/county-agency.json', '--max-bytes', '0'],
    ]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000); // nine commands spawned: room on a shared machine
  it('--encoding utf8 is accepted as check accepts it; a hostile agency name is shown, not obeyed', () => {
    expect(run('handbook', 'coverage', 'examples/handbook/basic-services.json', '--encoding', 'utf8').code).toBe(0);
    const f = join(dir, 'hostile.json');
    writeFileSync(f, JSON.stringify({ agency: 'X\u001b[31m\rY\u202e', offered: ['Z\u001b]0;t\u0007'] }));
    for (const format of ['text', 'md']) {
      const r = run('handbook', 'coverage', f, '--format', format);
      expect(r.code).toBe(0);
      for (const c of ['\u001b', '\r', '\u0007', '\u202e']) expect(r.stdout).not.toContain(c);
    }
  });
  it('--help explains the file', () => {
    expect(run('handbook', '--help').stdout).toContain('chuangye handbook coverage <file>');
  });
});

describe('chuangye rules handbook', () => {
  it('Markdown by default, with the flows as Mermaid charts; JSON on request', () => {
    const md = run('rules', 'handbook');
    expect(md.code).toBe(0);
    expect(md.stdout.split('```mermaid').length - 1).toBe(7);
    const json = run('rules', 'handbook', '--format', 'json');
    expect(JSON.parse(json.stdout).modules).toHaveLength(7);
    expect(run('rules', 'handbook', '--format', 'html').code).toBe(2);
  });
});
