// Issue 29 items 9, 10 and 12 and issue 27 items 4 and 5 in the command: a valid --from
// is never blamed for a missing year, the calendar note is one line, ICS stamps and UIDs,
// the provisional year, a 2027 file that changes 2026, and holiday names from a supplied
// file shown, never obeyed. Spawned from the built package, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each test spawns the command a few times, on a machine shared with other work.
vi.setConfig({ testTimeout: 60_000 });

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const INVENTED = 'test/fixtures/invented-2027.json';

function run(args: string[], env: Record<string, string> = {}) {
  const { CHUANGYE_CALENDAR: _, SOURCE_DATE_EPOCH: __, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'chuangye-calendar-issues-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const recognition = ['timeline', '--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-12-15'];
const field = (ics: string, name: string) =>
  ics
    .replaceAll('\r\n ', '')
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`));

describe('timeline past the data (issue 29 item 9)', () => {
  it('a valid --from is not blamed: the line names the missing year and how to supply it', () => {
    const r = run([...recognition, '--as-of', '2026-12-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('--from:');
    expect(r.stderr).toMatch(/^chuangye: No working-day data for 2027 .*--calendar FILE.*--provisional/u);
    // A fault of --from itself is still blamed on it.
    expect(
      run(['timeline', '--policy', 'tianjin', '--procedure', 'recognition', '--from', '2026-02-30']).stderr,
    ).toContain('--from');
  });
  it('the calendar note is one line: no literal \\n in text, no \\\\n in Markdown', () => {
    const args = [...recognition, '--as-of', '2026-12-20', '--provisional'];
    const text = run([...args, '--format', 'text']).stdout;
    expect(text).toContain('暂定结果：2027-01-01至');
    expect(text).not.toContain('\\n');
    const md = run([...args, '--format', 'md']).stdout;
    expect(md).toContain('暂定结果');
    expect(md).not.toContain('\\n');
    expect(md).not.toContain('\\\\n');
  });
});

describe('ICS from the command (issue 29 item 10)', () => {
  it('DTSTAMP is when the file is made, SOURCE_DATE_EPOCH when set', () => {
    const args = [...recognition, '--as-of', '2026-12-20', '--provisional', '--format', 'ics'];
    const fixed = run(args, { SOURCE_DATE_EPOCH: '1796601600' }).stdout; // 2026-12-07T00:00:00Z
    expect(new Set(field(fixed, 'DTSTAMP'))).toEqual(new Set(['DTSTAMP:20261207T000000Z']));
    const now = run(args).stdout;
    const stamp = (field(now, 'DTSTAMP')[0] as string).slice(8, 16);
    expect(stamp).toBe(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
    expect(run(args, { SOURCE_DATE_EPOCH: '1e9' }).code).toBe(2);
  });
  it('the UIDs stay when the official 2027 replaces the provisional one', () => {
    const args = [...recognition, '--as-of', '2026-12-20', '--format', 'ics'];
    const env = { SOURCE_DATE_EPOCH: '1796601600' };
    const provisional = run([...args, '--provisional'], env).stdout;
    const official = run([...args, '--calendar', INVENTED], env).stdout;
    expect(field(provisional, 'UID')).toEqual(field(official, 'UID'));
    const deadline = ['deadline', '--from', '2026-12-28', '--workdays', '10', '--format', 'ics'];
    expect(field(run([...deadline, '--provisional'], env).stdout, 'UID')).toEqual(
      field(run([...deadline, '--calendar', INVENTED], env).stdout, 'UID'),
    );
    const eleven = ['deadline', '--from', '2026-12-28', '--workdays', '11', '--format', 'ics', '--provisional'];
    expect(field(run(eleven, env).stdout, 'UID')).not.toEqual(
      field(run([...deadline, '--provisional'], env).stdout, 'UID'),
    );
  });
});

describe('a provisional year that knows the law (issue 29 item 12)', () => {
  it('--from 2026-12-28 --workdays 10 --provisional: 2027-01-12 (provisional), no year file', () => {
    const r = run(['deadline', '--from', '2026-12-28', '--workdays', '10', '--provisional', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2027-01-12（暂定）');
    expect(r.stdout).toContain('跳过2027-01-01…2027-01-01（元旦）、4个周末日');
    // The day before: 9 working days end on 2027-01-11.
    const nine = run(['deadline', '--from', '2026-12-28', '--workdays', '9', '--provisional', '--format', 'json']);
    expect(JSON.parse(nine.stdout).last).toBe('2027-01-11');
  });
  it('calendar says what --provisional counts', () => {
    expect(run(['calendar', '--provisional', '--as-of', '2026-12-06']).stdout).toContain('按周末及法定节假日推算');
    expect(run(['calendar', '--provisional', '--as-of', '2026-12-06', '--lang', 'en']).stdout).toContain(
      'weekends and statutory holidays (provisional, bridges unknown)',
    );
  });
});

describe('a 2027 file that changes a day of 2026 (issue 27 item 4)', () => {
  const changing = write('2027-changing.json', {
    year: 2027,
    offDays: [
      { date: '2026-12-31', name: '元旦' },
      { date: '2027-01-01', name: '元旦' },
    ],
  });
  const agreeing = write('2027-agreeing.json', { year: 2027, offDays: [{ date: '2027-01-01', name: '元旦' }] });
  it('calendar --check does not say ok, and names the day', () => {
    const r = run(['calendar', '--check', changing]);
    expect(r.stdout).toContain('warning');
    expect(r.stdout).toContain('changes 2026-12-31, a day of 2026');
    expect(r.stdout).not.toMatch(/: ok\n$/u);
    expect(r.stdout).toMatch(/usable, but it changes 1 day of 2026: review before use\n$/u);
    expect(run(['calendar', '--check', agreeing]).stdout).toMatch(/: ok\n$/u);
  });
  it('a command using it warns, and its answer says so', () => {
    const r = run(['deadline', '--from', '2026-12-30', '--workdays', '1', '--calendar', changing, '--format', 'text']);
    expect(r.stdout.split('\n')[0]).toBe('2027-01-04');
    expect(r.stderr).toContain('2026-12-31: changes a day of 2026 to a rest day');
    expect(r.stdout).toContain('改变了2026-12-31（改为休息日）');
    expect(run(['deadline', '--from', '2026-12-30', '--workdays', '1', '--calendar', agreeing]).stderr).toBe('');
  });
});

describe('holiday names from a supplied file are shown, never obeyed (issue 27 item 5)', () => {
  const HOSTILE = '元旦\u001b[2J\r伪造\n行\u202e倒\u2028分';
  const file = write('2027-hostile.json', { year: 2027, offDays: [{ date: '2027-01-01', name: HOSTILE }] });
  const controls = (s: string) =>
    [...s].filter((c) => {
      const code = c.charCodeAt(0);
      return (code < 32 && c !== '\n') || code === 0x7f || c === '\u202e' || c === '\u2028';
    });
  it('in deadline text', () => {
    const r = run(['deadline', '--from', '2026-12-28', '--workdays', '10', '--calendar', file, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(controls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('元旦\\e[2J\\r伪造\\n行\\u202e倒\\u2028分');
    expect(r.stdout.split('\n')).toHaveLength(6);
  });
  it('in the calendar month', () => {
    const r = run(['calendar', '2027-01', '--calendar', file]);
    expect(r.code).toBe(0);
    expect(controls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('2027-01-01 休: 元旦\\e[2J\\r伪造\\n行\\u202e倒\\u2028分');
  });
  it('in calendar --check and the warnings, a file name too', () => {
    const named = write('2027-\u202eevil\u001b.json', { year: 2027, offDays: ['2027-03-01'] });
    const r = run(['calendar', '--check', named]);
    expect(controls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('\\u202eevil\\e.json');
  });
});
