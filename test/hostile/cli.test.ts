// The command's main, in process, over arbitrary argument lists: it never throws, exits
// 0, 1 or 2, and an error is one line without a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

vi.setConfig({ testTimeout: 300_000 });
const fifo = join(mkdtempSync(join(tmpdir(), 'chuangye-argv-')), 'fifo.json');
spawnSync('mkfifo', [fifo]);

const token = fc.oneof(
  fc.constantFrom('check', 'evaluate', 'deadline', 'rules', 'schema', 'compare', 'help', 'constructor', '__proto__'),
  fc.constantFrom('--policy', '--subject', '--as-of', '--format', '--lang', '--fail-on', '--max-bytes', '--encoding'),
  fc.constantFrom('--from', '--to', '--year', '--workdays', '--days', '--years', '--kind', '--standard', '--help', '-'),
  fc.constantFrom('national', 'tianjin', 'all', 'studio', 'expert', 'toString', 'json', 'md', 'html', 'junit', 'fr'),
  fc.constantFrom('2026-11-22', '2026-02-30', '2026-12-28', '99999-01-01', '-1e6', '1e309', '0', '12', '999999999999'),
  fc.constantFrom('examples/national', 'examples/tianjin/year-record.json', '/dev/zero', '/dev/null', '/', fifo),
  fc.string({ maxLength: 30 }),
);

describe('chuangye main(argv)', () => {
  it('answers every argument list with an exit code and at most short, trace-free errors', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        let stderr = '';
        const code = main(argv, {
          stdout: () => {},
          stderr: (t) => {
            stderr += t;
          },
          isTTY: false,
          version: 'test',
        });
        expect([0, 1, 2]).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at |node:internal/);
      }),
      { seed: 20261129, numRuns: 10_000 },
    );
  });
});
