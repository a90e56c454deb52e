// The command on files and streams an attacker or a careless user gives it: each gets
// one line, a documented exit code, and the other files of the batch are still reported.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each test starts the command as a process, several times: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const GOOD = 'examples/national/eligible-studio.json';

function run(args: string[], options: { input?: string | Buffer; shell?: string } = {}) {
  const r = options.shell
    ? spawnSync('/bin/sh', ['-c', options.shell], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 })
    : spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 20_000,
        ...(options.input === undefined ? {} : { input: options.input }),
      });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

const dir = mkdtempSync(join(tmpdir(), 'chuangye-hostile-'));
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
const lineAbout = (stderr: string, path: string) => stderr.split('\n').filter((l) => l.includes(path));

describe('chuangye check refuses what is not a regular file, and goes on', () => {
  it('a FIFO is refused at once, never read', () => {
    const fifo = join(dir, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    const r = run(['check', fifo, GOOD, '--policy', 'national', '--format', 'json', '--as-of', '2026-11-22']);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(lineAbout(r.stderr, fifo)).toEqual([`chuangye: ${fifo}: is a FIFO (named pipe), not a regular file`]);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { file: fifo, verdict: 'invalid' },
      { file: GOOD, verdict: 'eligible' },
    ]);
    noStackTrace(r.stderr);
  });

  it('a device is refused, named directly or through a symbolic link', () => {
    const link = join(dir, 'zero.json');
    spawnSync('ln', ['-s', '/dev/zero', link]);
    for (const path of ['/dev/zero', link]) {
      const r = run(['check', path, GOOD, '--policy', 'national', '--format', 'json', '--as-of', '2026-11-22']);
      expect(r.code).toBe(2);
      expect(lineAbout(r.stderr, path)).toEqual([`chuangye: ${path}: is a device, not a regular file`]);
      expect(JSON.parse(r.stdout)).toMatchObject([
        { file: path, verdict: 'invalid' },
        { file: GOOD, verdict: 'eligible' },
      ]);
    }
  });

  it('a file over --max-bytes is refused with the limit named; raising it reads the file', () => {
    const size = readFileSync(join(ROOT, GOOD)).length;
    const low = run(['check', GOOD, '--policy', 'national', '--max-bytes', String(size - 1)]);
    expect(low.code).toBe(2);
    expect(low.stderr).toContain(`larger than --max-bytes ${size - 1}`);
    const exact = run(['check', GOOD, '--policy', 'national', '--max-bytes', String(size), '--as-of', '2026-11-22']);
    expect(exact.code).toBe(0);
  });

  it('standard input over the cap is refused too', () => {
    const r = run(['check', '-', '--policy', 'national', '--max-bytes', '100'], { input: 'x'.repeat(1000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('larger than --max-bytes 100');
  });
});

describe('chuangye check: encodings', () => {
  const gbk = join(dir, 'gbk.json');
  // "北京" in GB18030, inside a JSON string.
  writeFileSync(
    gbk,
    Buffer.from([0x7b, 0x22, 0x72, 0x65, 0x67, 0x69, 0x6f, 0x6e, 0x22, 0x3a, 0x22, 0xb1, 0xb1, 0xbe, 0xa9, 0x22, 0x7d]),
  );

  it('a GBK file is refused with the likely encoding and the fix', () => {
    const r = run(['check', gbk, '--policy', 'national']);
    expect(r.code).toBe(2);
    expect(lineAbout(r.stderr, gbk)).toEqual([
      `chuangye: ${gbk}: not valid UTF-8; it looks like GB18030/GBK (as office tools often save): save it as UTF-8, or pass --encoding gb18030`,
    ]);
  });

  it('--encoding gb18030 reads it', () => {
    const r = run(['check', gbk, '--policy', 'national', '--encoding', 'gb18030', '--format', 'json']);
    expect(JSON.parse(r.stdout).problems).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('a UTF-8 byte-order mark is accepted', () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(ROOT, GOOD))]));
    expect(run(['check', bom, '--policy', 'national', '--as-of', '2026-11-22']).code).toBe(0);
  });
});

describe('chuangye output', () => {
  it('a closed pipe (EPIPE) ends quietly', () => {
    const r = run([], {
      shell: `node ${BIN} check examples/national examples/tianjin --policy national --format text | head -1; echo "status=$?"`,
    });
    expect(r.stdout).toMatch(/status=0/);
    expect(r.stderr).toBe('');
  });

  it.runIf(existsSync('/dev/full'))('a full disk is one line and exit 2', () => {
    const r = run([], { shell: `node ${BIN} check ${GOOD} --policy national --format json > /dev/full` });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('chuangye: cannot write the output: no space left on device');
  });

  it('names of Object.prototype are no commands, help topics or options', () => {
    for (const args of [['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty', '--help']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      noStackTrace(r.stderr);
    }
    const help = run(['help', 'constructor']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: chuangye <command>');
    const option = run(['check', GOOD, '--policy', 'national', '--format', 'constructor']);
    expect(option.code).toBe(2);
    noStackTrace(option.stderr);
  });

  it('control characters in a file name are shown, not obeyed', () => {
    const r = run(['check', 'missing\u001b[31m\r.json', '--policy', 'national']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing\\e[31m\\r.json: no such file or directory');
    expect(r.stderr).not.toContain('\u001b');
  });
});
