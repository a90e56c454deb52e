// `chuangye evaluate --signature` prints the reviewer's lines under an evaluation, as
// `check --signature` does under a check (issue 29, item 6).
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    version: 'test',
  });
  return { code, stdout, stderr };
}

describe('chuangye evaluate --signature', () => {
  const args = ['evaluate', 'examples/tianjin/year-record.json', '--policy', 'tianjin', '--as-of', '2026-11-22'];
  it('is accepted, and the HTML carries the reviewer and date lines', () => {
    const r = run(...args, '--format', 'html', '--signature');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<div class="signature"><span>审核人（签字）</span><span>审核日期</span></div>');
  });
  it('without it, no signature lines', () => {
    expect(run(...args, '--format', 'html').stdout).not.toContain('class="signature"');
  });
});
