// The command past 2026: --calendar, CHUANGYE_CALENDAR, --provisional; `chuangye calendar`;
// `chuangye timeline`; --format ics. Spawned from the built package, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const INVENTED = 'test/fixtures/invented-2027.json';
const MINIMAL = 'test/fixtures/invented-2027-minimal.json';

function run(args: string[], env: Record<string, string> = {}) {
  const { CHUANGYE_CALENDAR: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[], env?: Record<string, string>) =>
  JSON.parse(run([...args, '--format', 'json'], env).stdout);
const oneLine = (stderr: string) => {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/u);
};

const dir = mkdtempSync(join(tmpdir(), 'chuangye-calendar-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const changeFiling = ['deadline', '--from', '2026-12-28', '--workdays', '10'];
const publicity = ['deadline', '--from', '2026-12-28', '--workdays', '5', '--kind', 'publicity'];
const recognition = [
  'timeline',
  '--policy',
  'tianjin',
  '--procedure',
  'recognition',
  '--from',
  '2026-12-15',
  '--as-of',
  '2026-12-01',
];
const cityReview = (out: { steps: { id: string; due: string }[] }) => out.steps.find((s) => s.id === 'cityReview')?.due;

describe('issue 10 scenarios in the command', () => {
  it('with the invented 2027 file (--calendar), each computes on it and names it', () => {
    const filing = json([...changeFiling, '--calendar', INVENTED]);
    expect(filing.last).toBe('2027-01-12');
    expect(filing.calendar).toMatchObject({ source: 'supplied', supplied: [INVENTED], provisional: null });
    expect(json([...publicity, '--calendar', INVENTED]).last).toBe('2027-01-04');
    expect(cityReview(json([...recognition, '--calendar', INVENTED]))).toBe('2027-01-05');
  });
  it('CHUANGYE_CALENDAR takes a file or a folder, in either format', () => {
    expect(json(changeFiling, { CHUANGYE_CALENDAR: join(ROOT, MINIMAL) }).last).toBe('2027-01-12');
    const folder = join(dir, 'years');
    mkdirSync(folder);
    writeFileSync(
      join(folder, '2027.json'),
      JSON.stringify({ year: 2027, offDays: [{ date: '2027-01-01', name: '元旦' }] }),
    );
    expect(json(changeFiling, { CHUANGYE_CALENDAR: folder }).last).toBe('2027-01-12');
  });
  it('without it: exit 2 and one line naming 2027 and how to supply it', () => {
    for (const args of [changeFiling, publicity, recognition]) {
      const r = run(args);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      // A thrown CalendarRangeError (deadlines) or a timeline's outside_calendar problem: the same words.
      expect(r.stderr).toMatch(/no working-day data for 2027.*--calendar FILE.*CHUANGYE_CALENDAR.*--provisional/iu);
    }
  });
  it('with --provisional: computed and marked with the dates and the year, in every format', () => {
    // Issue 29 item 12: New Year's Day 2027 is fixed by the 放假办法 (art. 2), not by the
    // yearly notice: provisional, it is a rest day, and the answer is any real 2027 file's.
    const filing = json([...changeFiling, '--provisional']);
    expect(filing.last).toBe('2027-01-12');
    expect(filing.provisional).toBe(true);
    expect(filing.calendar.provisional).toMatchObject({
      from: '2027-01-01',
      to: '2027-01-12',
      years: [2027],
      statutoryYears: [2027],
    });
    const text = run([...publicity, '--provisional', '--format', 'text', '--lang', 'en']).stdout;
    expect(text.split('\n')[0]).toBe('2027-01-04 (provisional)');
    expect(text).toMatch(/2027-01-01 … 2027-01-04 counted with weekends and the statutory holidays.*may move/u);
    const timeline = json([...recognition, '--provisional']);
    expect(cityReview(timeline)).toBe('2027-01-05');
    expect(timeline.calendar.provisional.years).toEqual([2027]);
    const ics = run([...recognition, '--provisional', '--format', 'ics']).stdout;
    expect(ics).toContain('（暂定）');
  });
});

describe('bad calendar files: one line, exit 2', () => {
  it('names the file, the entry and the fault', () => {
    const bad = write('bad.json', JSON.stringify({ year: 2027, offDays: ['2027-03-01'] }));
    const r = run([...changeFiling, '--calendar', bad]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${bad}: offDays[0] (2027-03-01): 2027-03-01 is a weekday marked as a rest day`);
  });
  it('missing, not JSON, a directory, too large', () => {
    for (const path of [join(dir, 'nope.json'), write('x.json', '{'), dir, write('big.json', ' '.repeat(1_000_001))]) {
      const r = run([...changeFiling, '--calendar', path]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(path);
    }
  });
});

describe('chuangye calendar', () => {
  it('coverage: range, source, last official year, today', () => {
    const r = run(['calendar', '--as-of', '2026-11-29', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('covers: 2007-01-01 … 2026-12-31');
    expect(r.stdout).toContain('last official year: 2026');
    expect(r.stdout).toContain('32 days away');
    const past = run(['calendar', '--as-of', '2027-01-04', '--lang', 'en']).stdout;
    expect(past).toContain('past the data: supply the 2027 arrangement');
    const withFile = json(['calendar', '--as-of', '2027-01-04', '--calendar', INVENTED]);
    expect(withFile).toMatchObject({ covered: true, lastOfficialYear: 2027, source: 'supplied' });
  });
  it('a month grid with 休 and 班', () => {
    const r = run(['calendar', '2026-10']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2026年10月');
    expect(lines[2]).toBe('                1休  2休  3休  4休');
    expect(lines[3]).toBe(' 5休  6休  7休  8    9   10班 11');
    expect(run(['calendar', '2027-02', '--calendar', INVENTED]).stdout).toContain('20班');
    // Provisional: 春节 2027 is 除夕 (02-05) to 初三 (02-08) under the 2024 放假办法; no 班 is known.
    const provisional = run(['calendar', '2027-02', '--provisional']).stdout.split('\n');
    expect(provisional[2]).toBe(' 1    2    3    4    5休  6休  7休');
    expect(provisional[3]).toBe(' 8休  9   10   11   12   13   14');
    expect(provisional.join('\n')).not.toContain('班');
    expect(provisional).toContain('  2027-02-05 休: 春节（法定，暂定）');
    expect(provisional.join('\n')).toContain(
      '暂定：2027年节假日安排尚未公布或未提供，按周末及《全国年节及纪念日放假办法》',
    );
    expect(run(['calendar', '2027-02']).code).toBe(2);
    expect(run(['calendar', '2026-13']).code).toBe(2);
  });
  it('--check: cross-check results, exit 0 with warnings, 1 with errors', () => {
    const ok = run(['calendar', '--check', 'test/fixtures/holiday-cn/2020.json']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('warning: test/fixtures/holiday-cn/2020.json: days[12] (2020-02-03)');
    const bad = write(
      'conflict.json',
      JSON.stringify({
        year: 2027,
        offDays: [{ date: '2027-02-08', name: '春节' }],
        workdays: ['2027-02-08', '2028-01-01'],
      }),
    );
    const r = run(['calendar', '--check', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('workdays[0] (2027-02-08): 2027-02-08 is both a rest day and a working day');
    expect(r.stdout).toContain('workdays[1] (2028-01-01): 2028-01-01 does not belong to 2027');
    expect(run(['calendar', '--check', INVENTED]).code).toBe(0);
  });
});

describe('--format ics', () => {
  it('a deadline parses with ical.js and its date round-trips', () => {
    const r = run([...changeFiling, '--calendar', INVENTED, '--format', 'ics']);
    expect(r.code).toBe(0);
    const vevent = new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.startDate.toString()).toBe('2027-01-12');
    expect(event.description).toContain('invented-2027.json');
  });
  it('a timeline: one event per due date', () => {
    const r = run([...recognition, '--calendar', INVENTED, '--format', 'ics']);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    expect(events.map((v) => new ICAL.Event(v).startDate.toString())).toEqual([
      '2026-12-24',
      '2027-01-05',
      '2027-01-12',
    ]);
  });
});

describe('help', () => {
  it('calendar, timeline and deadline document the calendar options', () => {
    for (const c of ['calendar', 'timeline', 'deadline']) {
      const r = run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--provisional');
      expect(r.stdout).toContain('CHUANGYE_CALENDAR');
    }
    expect(run(['calendar', '--help']).stdout).toContain('--check FILE');
  });
});

describe('--check of a year the library has', () => {
  it('warns where the file would change the built-in answers', () => {
    const same = run(['calendar', '--check', 'test/fixtures/holiday-cn/2026.json']);
    expect(same.stdout).not.toContain('differs');
    const changed = write('2026.json', JSON.stringify({ year: 2026, offDays: [{ date: '2026-01-01', name: '元旦' }] }));
    const r = run(['calendar', '--check', changed, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: .*2026\.json: 2026-01-02, .* differs from the built-in 2026 data on \d+ days/u);
  });
});
