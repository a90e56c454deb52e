import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarDataError, createCalendar } from '../../src/calendar/index.js';
import { readYearFile, requireYearFile } from '../../src/calendar/year-file.js';

const folder = new URL('../fixtures/holiday-cn/', import.meta.url);
const real = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(new URL(f, folder), 'utf8')) }));
const errorsOf = (value: unknown) => readYearFile(value, 'y.json').problems.filter((p) => p.severity === 'error');

describe('the real holiday-cn files pass the cross-checks', () => {
  it('all 20 read without error; the one warning is 2020-02-03, a Monday marked as a working day', () => {
    expect(real).toHaveLength(20);
    const warnings = [];
    for (const { file, json } of real) {
      const r = readYearFile(json, file);
      expect(r.schedule, file).not.toBeNull();
      warnings.push(...r.problems.map((p) => `${p.source} ${p.entry} ${p.code}`));
    }
    expect(warnings).toEqual(['2020.json days[12] (2020-02-03) weekday_workday']);
  });
  it('late-December days of the year before are allowed (2019.json holds 2018-12-29…31; 2007.json 2006-12-30, 31)', () => {
    const y2019 = real.find((r) => r.file === '2019.json')?.json;
    expect(y2019.days.slice(0, 3).map((d: { date: string }) => d.date)).toEqual([
      '2018-12-29',
      '2018-12-30',
      '2018-12-31',
    ]);
    expect(errorsOf(y2019)).toEqual([]);
  });
});

describe('cross-checks name the file, the entry and what is wrong', () => {
  const base = { year: 2027, papers: [] };
  it('a date both off and working', () => {
    const e = errorsOf({
      ...base,
      days: [
        { name: '春节', date: '2027-02-08', isOffDay: true },
        { name: '春节', date: '2027-02-08', isOffDay: false },
      ],
    });
    expect(e.map((p) => [p.source, p.entry, p.code])).toEqual([['y.json', 'days[1] (2027-02-08)', 'conflict']]);
    expect(e[0]?.message.en).toMatch(/both a rest day and a working day/);
  });
  it('a rest day on a weekday without a holiday name; on a weekend none is needed', () => {
    expect(errorsOf({ year: 2027, offDays: ['2027-03-01'] }).map((p) => [p.entry, p.code])).toEqual([
      ['offDays[0] (2027-03-01)', 'unnamed_holiday'],
    ]);
    expect(errorsOf({ year: 2027, offDays: ['2027-03-06', { date: '2027-03-01', name: '地方' }] })).toEqual([]);
  });
  it('a date of another year; late December of the year before, from the 20th, is allowed', () => {
    expect(errorsOf({ year: 2027, workdays: ['2028-01-01'] })[0]?.code).toBe('wrong_year');
    expect(errorsOf({ year: 2027, workdays: ['2026-12-19'] })[0]?.code).toBe('wrong_year');
    expect(errorsOf({ year: 2027, workdays: ['2026-12-20'] })).toEqual([]);
  });
  it('a working day on a weekday is a warning, not an error', () => {
    const r = readYearFile({ year: 2027, workdays: ['2027-03-01'] }, 'y.json');
    expect(r.schedule).not.toBeNull();
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'weekday_workday']]);
  });
  it('shape errors: impossible dates, 5-digit years, typos, neither format', () => {
    expect(errorsOf({ year: 2027, offDays: ['2027-02-30'] })[0]?.entry).toBe('offDays[0]');
    expect(errorsOf({ year: 20270, offDays: [] })[0]).toMatchObject({ entry: 'year' });
    expect(errorsOf({ year: 2027, offdays: [] })[0]?.code).toBe('file_format');
    expect(errorsOf({ year: 2027, offDays: [], workday: [] })[0]?.message.en).toMatch(/unknown key "workday"/);
    expect(errorsOf({ year: 2027, days: [{ date: '2027-01-01', isOffDay: 'yes', name: '元旦' }] })[0]?.entry).toBe(
      'days[0].isOffDay',
    );
    expect(errorsOf(null)[0]?.code).toBe('file_format');
    expect(errorsOf([])[0]?.code).toBe('file_format');
  });
  it('requireYearFile throws CalendarDataError whose message names file, entry and fault', () => {
    expect(() => requireYearFile({ year: 2027, offDays: ['2027-03-01'] }, '2027.json')).toThrow(
      /^2027\.json: offDays\[0\] \(2027-03-01\): 2027-03-01 is a weekday marked as a rest day/,
    );
  });
});

describe('createCalendar cross-checks the years it is given', () => {
  it('a conflicting or unnamed day throws CalendarDataError at creation', () => {
    expect(() =>
      createCalendar({ years: [{ year: 2027, days: [{ date: '2027-03-01', name: '', isOffDay: true }] }] }),
    ).toThrow(CalendarDataError);
  });
  it('the same year twice, or a gap, is refused', () => {
    const y = { year: 2027, days: [] };
    expect(() => createCalendar({ years: [y, y] })).toThrow(/2027 is supplied twice/);
    expect(() => createCalendar({ years: [{ year: 2029, days: [] }] })).toThrow(/gap after 2026/);
  });
});

describe('a supplied year the built-in data already has', () => {
  it('replaces that year (a corrected notice), not merges into it', () => {
    // A corrected 2026 without the National Day block: 2026-10-05 becomes an ordinary Monday.
    const corrected = {
      year: 2026,
      source: 'corrected-2026.json',
      days: [{ date: '2026-01-01', name: '元旦', isOffDay: true }],
    };
    const cal = createCalendar({ years: [corrected] });
    expect(cal.isWorkday('2026-10-05')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(false);
    expect(cal.isWorkday('2026-01-01')).toBe(false);
    expect(cal.isWorkday('2025-10-08')).toBe(false);
    expect(cal.provenance()).toMatchObject({
      source: 'supplied',
      supplied: ['corrected-2026.json'],
      lastOfficialYear: 2026,
    });
  });
});
