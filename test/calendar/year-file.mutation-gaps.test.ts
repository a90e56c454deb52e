// Reading a year file, rule by rule (issue 19: mutation gaps in year-file.ts and
// year-check.ts): each problem asserted whole (code, source, entry, zh + en message), and a
// valid file on the other side of each rule.
import { describe, expect, it } from 'vitest';
import { CalendarDataError, createCalendar, crossCheckYear, type YearProblem } from '../../src/calendar/index.js';
import { readYearFile } from '../../src/calendar/year-file.js';

const error = (code: string, entry: string, zh: string, en: string): YearProblem => ({
  severity: 'error',
  code,
  source: 'f.json',
  entry,
  message: { zh, en },
});
const read = (value: unknown) => readYearFile(value, 'f.json');
const FORMAT = error(
  'file_format',
  '(file)',
  '既不是 holiday-cn 格式 { year, days } 也不是 { year, offDays, workdays }',
  'neither the holiday-cn format { year, days } nor { year, offDays, workdays }',
);
const NOT_A_DATE = [
  '不是有效的 YYYY-MM-DD 日期（或 { date, name }）',
  'not a real YYYY-MM-DD date (or { date, name })',
] as const;
const day = (date: string, name = '元旦', isOffDay = true) => ({ name, date, isOffDay });

describe('the shape of the file', () => {
  it('neither format: not an object, an array (even with a days key), an object without days or offDays/workdays', () => {
    for (const value of [5, null, Object.assign([], { days: [] }), {}, { year: 2027 }]) {
      expect(read(value)).toEqual({ schedule: null, problems: [FORMAT] });
    }
  });
  it('each zod problem with its path and message', () => {
    const cases: [unknown, YearProblem][] = [
      [{ year: '2027', days: [] }, error('file_invalid_type', 'year', '应为 number', 'expected number')],
      [{ year: 999, days: [] }, error('file_too_small', 'year', '须为四位年份', 'must be a 4-digit year')],
      [{ year: 10000, offDays: [] }, error('file_too_big', 'year', '须为四位年份', 'must be a 4-digit year')],
      [{ year: 2027, days: 5 }, error('file_invalid_type', 'days', '应为 array', 'expected array')],
      [{ year: 2027, days: [], papers: 5 }, error('file_invalid_type', 'papers', '应为 array', 'expected array')],
      [{ year: 2027, days: [day('2027-02-30')] }, error('file_custom', 'days[0].date', ...NOT_A_DATE)],
      [
        { year: 2027, days: [{ ...day('2027-01-01'), a: 1 }] },
        error('file_unrecognized_keys', 'days[0]', '未知字段 a', 'unknown key "a"'),
      ],
      [
        { year: 2027, days: [{ ...day('2027-01-01'), a: 1, b: 2 }] },
        error('file_unrecognized_keys', 'days[0]', '未知字段 a、b', 'unknown keys "a", "b"'),
      ],
      [
        { year: 2027, days: [day('2027-01-01', 'x'.repeat(201))] },
        error('file_too_big', 'days[0].name', '超出范围', 'out of range (too many or too long)'),
      ],
      [
        { year: 2027, days: Array.from({ length: 401 }, () => day('2027-01-01')) },
        error('file_too_big', 'days', '超出范围', 'out of range (too many or too long)'),
      ],
      [{ year: 2027, offDays: ['2027-13-01'] }, error('file_custom', 'offDays[0]', ...NOT_A_DATE)],
      [{ year: 2027, offDays: [5] }, error('file_invalid_union', 'offDays[0]', ...NOT_A_DATE)],
      [
        { year: 2027, workdays: [{ date: '2027-01-02', nm: 'x' }] },
        error('file_unrecognized_keys', 'workdays[0]', '未知字段 nm', 'unknown key "nm"'),
      ],
      [{ year: 2027, offDays: [], x: 1 }, error('file_unrecognized_keys', '(file)', '未知字段 x', 'unknown key "x"')],
    ];
    for (const [value, problem] of cases) expect(read(value)).toEqual({ schedule: null, problems: [problem] });
  });
  it('the edges accepted: a name of 200 characters, 400 days, years 1000 and 9999', () => {
    expect(read({ year: 2027, days: [day('2027-01-01', 'x'.repeat(200))] }).problems).toEqual([]);
    expect(read({ year: 2027, days: Array.from({ length: 400 }, () => day('2027-01-01')) }).schedule).not.toBeNull();
    expect(read({ year: 1000, days: [] }).problems).toEqual([]);
    expect(read({ year: 9999, days: [] }).problems).toEqual([]);
  });
  it('at most 20 problems from one file', () => {
    const days = Array.from({ length: 25 }, () => day('2027-02-30'));
    const { problems } = read({ year: 2027, days });
    expect(problems).toHaveLength(20);
    expect(problems[19]?.entry).toBe('days[19].date');
  });
});

describe('the minimal format { year, offDays, workdays }', () => {
  it('dates and { date, name } entries, names defaulting to empty; papers kept or empty', () => {
    expect(
      read({
        year: 2027,
        offDays: [{ date: '2027-01-01', name: '元旦' }, '2027-01-02'],
        workdays: [{ date: '2027-01-09', name: '元旦' }, '2027-01-10', { date: '2027-01-16' }],
      }),
    ).toEqual({
      schedule: {
        year: 2027,
        days: [
          { date: '2027-01-01', name: '元旦', isOffDay: true },
          { date: '2027-01-02', name: '', isOffDay: true },
          { date: '2027-01-09', name: '元旦', isOffDay: false },
          { date: '2027-01-10', name: '', isOffDay: false },
          { date: '2027-01-16', name: '', isOffDay: false },
        ],
        papers: [],
        source: 'f.json',
      },
      problems: [],
    });
    expect(read({ year: 2027, papers: ['u'], offDays: [{ date: '2027-01-03' }] }).schedule).toEqual({
      year: 2027,
      days: [{ date: '2027-01-03', name: '', isOffDay: true }],
      papers: ['u'],
      source: 'f.json',
    });
    expect(read({ year: 2027, days: [] }).schedule).toEqual({ year: 2027, days: [], papers: [], source: 'f.json' });
    expect(readYearFile({ year: 2027, days: [] }).schedule?.source).toBe('year file');
  });
  it('problems name offDays[i] and workdays[j], counted within each list', () => {
    expect(read({ year: 2027, offDays: [day('2027-01-01').date], workdays: ['2026-01-03'] }).problems).toEqual([
      error(
        'unnamed_holiday',
        'offDays[0] (2027-01-01)',
        '2027-01-01为工作日（周一至周五）却标为休息日，须写明节日名称',
        "2027-01-01 is a weekday marked as a rest day: it needs the holiday's name",
      ),
      error(
        'wrong_year',
        'workdays[0] (2026-01-03)',
        '2026-01-03不属于2027年（仅允许上一年12月20日以后的日期）',
        '2026-01-03 does not belong to 2027 (only late December of the year before, from the 20th, may)',
      ),
    ]);
    expect(read({ year: 2027, offDays: ['2027-01-02'], workdays: ['2027-01-09', '2027-01-02'] }).problems).toEqual([
      error(
        'conflict',
        'workdays[1] (2027-01-02)',
        '2027-01-02既是休息日又是工作日（另见 offDays[0]）',
        '2027-01-02 is both a rest day and a working day (see also offDays[0])',
      ),
    ]);
  });
});

describe('crossCheckYear, rule by rule', () => {
  const check = (year: number, days: ReturnType<typeof day>[]) => crossCheckYear(year, days, 's');
  const errors = (year: number, days: ReturnType<typeof day>[]) =>
    check(year, days).filter((p) => p.severity === 'error');
  it('a date that is not real', () => {
    expect(check(2027, [day('2027-02-30')])).toEqual([
      {
        severity: 'error',
        code: 'invalid_date',
        source: 's',
        entry: 'days[0]',
        message: { zh: '“2027-02-30”不是有效日期', en: '"2027-02-30" is not a real YYYY-MM-DD date' },
      },
    ]);
  });
  it('late December of the year before: from the 20th; a year below 1000 is written with four digits', () => {
    expect(errors(2027, [day('2026-12-20', '', false)])).toEqual([]);
    expect(errors(2027, [day('2026-12-19', '', false)]).map((p) => p.code)).toEqual(['wrong_year']);
    expect(errors(2027, [day('2027-12-31')])).toEqual([]);
    expect(errors(999, [day('0999-01-01')])).toEqual([]);
    expect(errors(1000, [day('0999-12-25', '', false)])).toEqual([]);
    expect(errors(1000, [day('0999-12-19', '', false)]).map((p) => p.code)).toEqual(['wrong_year']);
  });
  it('a day listed twice with one meaning is a warning; with two, an error', () => {
    expect(check(2027, [day('2027-01-01'), day('2027-01-01')])).toEqual([
      {
        severity: 'warning',
        code: 'duplicate',
        source: 's',
        entry: 'days[1] (2027-01-01)',
        message: { zh: '2027-01-01重复列出', en: '2027-01-01 is listed twice' },
      },
    ]);
    expect(check(2027, [day('2027-01-02', '', false), day('2027-01-02')]).map((p) => p.code)).toEqual(['conflict']);
  });
  it('a rest day on a weekday needs a name; blank is no name; a weekend rest day needs none', () => {
    expect(check(2027, [day('2027-01-01', '  ')]).map((p) => p.code)).toEqual(['unnamed_holiday']);
    expect(check(2027, [day('2027-01-02', '')])).toEqual([]);
  });
  it('a weekday marked as a working day is a warning with its explanation', () => {
    expect(check(2027, [day('2027-01-04', '', false)])).toEqual([
      {
        severity: 'warning',
        code: 'weekday_workday',
        source: 's',
        entry: 'days[0] (2027-01-04)',
        message: {
          zh: '2027-01-04本为工作日，标为调休上班不改变结果（如2020-02-03春节延长假期后的周一）',
          en: '2027-01-04 is a weekday marked as a working day: it changes nothing (as 2020-02-03, the Monday after the extended 2020 Spring Festival)',
        },
      },
    ]);
  });
  it('createCalendar refuses a year whose date is not real, naming the entry', () => {
    let e: unknown;
    try {
      createCalendar({ years: [{ year: 2027, days: [day('2027-02-30')] }] });
    } catch (caught) {
      e = caught;
    }
    expect(e).toBeInstanceOf(CalendarDataError);
    expect((e as Error).message).toBe('year 2027: days[0]: "2027-02-30" is not a real YYYY-MM-DD date');
  });
});
