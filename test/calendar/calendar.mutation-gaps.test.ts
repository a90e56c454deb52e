// The Calendar's options, index and queries at their edges (issue 19: mutation gaps in
// src/calendar/calendar.ts): every bad option named with its message, supplied years and
// overrides on both sides of each rule, the first and last day of the data and one day
// beyond, the weekend fallback on both sides of the data, and `use()` asserted whole.
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DATA_VERSION, OFFICIAL_NOTICES } from '../../src/calendar/data.generated.js';
import {
  CalendarDataError,
  CalendarRangeError,
  createCalendar,
  InvalidArgumentError,
  officialCalendar,
  type ScheduleDay,
  type YearSchedule,
} from '../../src/calendar/index.js';
import { thrown } from '../helpers/thrown.js';
import { naiveAddWorkdays } from './naive.js';

const invalid = (f: () => unknown) => {
  const e = thrown(f);
  expect(e).toBeInstanceOf(InvalidArgumentError);
  return e as InvalidArgumentError;
};
const year2027 = (days: unknown[] = [], extra: object = {}): YearSchedule => ({
  year: 2027,
  days: days as ScheduleDay[],
  ...extra,
});
const BUILT_IN = {
  source: 'built-in',
  dataVersion: OFFICIAL_DATA_VERSION,
  builtInLastYear: 2026,
  lastOfficialYear: 2026,
  supplied: [],
  fallback: 'error',
};

describe('createCalendar: each bad option named, with what it must be', () => {
  const cases: [string, unknown, string][] = [
    ['fallback', { fallback: 'monday' }, `options.fallback must be 'error', 'statutory' or 'weekends', got "monday"`],
    ['years not an array', { years: 'x' }, 'options.years must be an array, got "x"'],
    ['a null year', { years: [null] }, 'options.years[0] must be a year schedule, got null'],
    ['a number for a year', { years: [5] }, 'options.years[0] must be a year schedule, got 5'],
    [
      'a 3-digit year',
      { years: [{ year: 999, days: [] }] },
      'options.years[0].year must be a whole number from 1000 to 9999, got 999',
    ],
    [
      'a source that is not a string',
      { years: [year2027([], { source: 5 })] },
      'options.years[0].source must be a string, got 5',
    ],
    [
      'days not an array',
      { years: [{ year: 2027, days: {} }] },
      'options.years[0].days must be an array, got an object',
    ],
    [
      'a null day',
      { years: [year2027([null])] },
      'options.years[0].days[0] must be { date, name, isOffDay }, got null',
    ],
    [
      'a number for a day',
      { years: [year2027([7])] },
      'options.years[0].days[0] must be { date, name, isOffDay }, got 7',
    ],
    [
      'a day whose name is not a string',
      { years: [year2027([{ date: '2027-01-01', name: 1, isOffDay: true }])] },
      'options.years[0].days[0] must be { date, name, isOffDay }, got an object',
    ],
    [
      'a day whose isOffDay is not a boolean',
      { years: [year2027([{ date: '2027-01-01', name: '元旦', isOffDay: 'yes' }])] },
      'options.years[0].days[0] must be { date, name, isOffDay }, got an object',
    ],
    ['overrides null', { overrides: null }, 'options.overrides must be an object keyed by date, got null'],
    ['overrides a number', { overrides: 3 }, 'options.overrides must be an object keyed by date, got 3'],
    [
      'an override key that is no date',
      { overrides: { x: { workday: true } } },
      'options.overrides key must be a real YYYY-MM-DD date (4-digit year), got "x"',
    ],
    [
      'a null override',
      { overrides: { '2026-01-05': null } },
      'options.overrides["2026-01-05"] must be { workday: boolean, name?: string }, got null',
    ],
    [
      'an override without a boolean workday',
      { overrides: { '2026-01-05': { workday: 'no' } } },
      'options.overrides["2026-01-05"] must be { workday: boolean, name?: string }, got an object',
    ],
    [
      'an override with a numeric name',
      { overrides: { '2026-01-05': { workday: false, name: 5 } } },
      'options.overrides["2026-01-05"] must be { workday: boolean, name?: string }, got an object',
    ],
  ];
  for (const [what, options, message] of cases) {
    it(what, () => expect(invalid(() => createCalendar(options as never)).message).toBe(message));
  }
  it('the accepted shapes on the other side of each rule', () => {
    expect(createCalendar({ fallback: 'error' }).provenance().fallback).toBe('error');
    expect(createCalendar({ years: [] }).provenance()).toEqual(BUILT_IN);
    expect(() => createCalendar({ overrides: { '2026-01-05': { workday: false, name: '地方假日' } } })).not.toThrow();
    expect(() => createCalendar({ overrides: { '2026-01-05': { workday: false } } })).not.toThrow();
  });
  it('each caller value is read once: a day or an override that changes on a second read is taken as first read', () => {
    let reads = 0;
    const day = {
      get date() {
        reads++;
        return reads === 1 ? '2027-01-01' : 'not a date';
      },
      name: '元旦',
      isOffDay: true,
    };
    const cal = createCalendar({ years: [year2027([day])] });
    expect(cal.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: false,
      kind: 'holiday',
      holiday: { zh: '元旦', en: "New Year's Day" },
      source: 'official',
    });
    let workdayReads = 0;
    const override = {
      get workday() {
        workdayReads++;
        return workdayReads === 1;
      },
    };
    expect(createCalendar({ overrides: { '2026-01-10': override } }).isWorkday('2026-01-10')).toBe(true);
  });
  it('overrides whose keys or an entry cannot be read are named', () => {
    const unlistable = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(invalid(() => createCalendar({ overrides: unlistable })).argument).toBe('options.overrides');
    const entry = Object.defineProperty({}, 'workday', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const e = invalid(() => createCalendar({ overrides: { '2026-01-05': entry as { workday: boolean } } }));
    expect(e.argument).toBe('options.overrides["2026-01-05"]');
    expect(e.message).toBe('options.overrides["2026-01-05"] must be readable, got a value that throws when read');
  });
  it('papers become strings; a year without papers has none', () => {
    const cal = createCalendar({ years: [year2027([], { papers: ['https://example.org/2027', 1] })] });
    const notices = cal.notices();
    expect(notices).toHaveLength(OFFICIAL_NOTICES.length + 1);
    expect(notices[notices.length - 1]).toEqual({ year: 2027, urls: ['https://example.org/2027', '1'] });
    expect(
      createCalendar({ years: [year2027()] })
        .notices()
        .at(-1),
    ).toEqual({ year: 2027, urls: [] });
    expect(officialCalendar.notices()).toEqual([...OFFICIAL_NOTICES]);
  });
});

describe('supplied years: duplicates, gaps, warnings', () => {
  it('a year supplied twice', () => {
    const e = thrown(() => createCalendar({ years: [year2027(), year2027()] })) as CalendarDataError;
    expect(e).toBeInstanceOf(CalendarDataError);
    expect(e.problems).toEqual([
      {
        severity: 'error',
        code: 'duplicate_year',
        source: 'year 2027',
        entry: 'year',
        message: { zh: '2027年重复提供', en: '2027 is supplied twice' },
      },
    ]);
  });
  it('a gap after the data, and one before it', () => {
    const after = thrown(() => createCalendar({ years: [{ year: 2028, days: [] }] })) as CalendarDataError;
    expect(after.problems).toEqual([
      {
        severity: 'error',
        code: 'gap',
        source: 'options.years',
        entry: '2028',
        message: {
          zh: '日历在2026年之后会有缺口',
          en: 'the calendar would have a gap after 2026: supply every year in between',
        },
      },
    ]);
    const before = thrown(() => createCalendar({ years: [{ year: 2005, days: [] }] })) as CalendarDataError;
    expect(before.problems[0]?.entry).toBe('2007');
    expect(before.message).toBe(
      'options.years: 2007: the calendar would have a gap after 2005: supply every year in between',
    );
  });
  it('years given out of order, and a year before the data, form one range', () => {
    const cal = createCalendar({ years: [{ year: 2028, days: [] }, year2027(), { year: 2006, days: [] }] });
    expect(cal.range()).toEqual({ from: '2006-01-01', to: '2028-12-31' });
    expect(cal.provenance().lastOfficialYear).toBe(2028);
    const early = createCalendar({ years: [{ year: 2006, days: [] }] });
    expect(early.range()).toEqual({ from: '2006-01-01', to: '2026-12-31' });
    expect(early.provenance()).toEqual({ ...BUILT_IN, source: 'supplied', supplied: ['year 2006'] });
  });
  it('a warning (a weekday marked as a working day) does not refuse the year', () => {
    const cal = createCalendar({ years: [year2027([{ date: '2027-01-04', name: '', isOffDay: false }])] });
    expect(cal.dayInfo('2027-01-04')).toEqual({
      date: '2027-01-04',
      workday: true,
      kind: 'workday',
      source: 'official',
    });
  });
  it('the last day of a supplied year: a weekend, and a named rest day', () => {
    // 2028-12-31 is a Sunday; 2027-12-31 a Friday made a rest day here (invented data).
    const cal = createCalendar({
      years: [year2027([{ date: '2027-12-31', name: '元旦', isOffDay: true }]), { year: 2028, days: [] }],
    });
    expect(cal.dayInfo('2028-12-31').kind).toBe('weekend');
    expect(cal.dayInfo('2027-12-31').kind).toBe('holiday');
    expect(cal.isWorkday('2027-12-31')).toBe(false);
  });
});

describe('overrides', () => {
  // 2026-01-10 is a Saturday, 2026-01-12 a Monday.
  const cal = createCalendar({
    overrides: {
      '2026-01-10': { workday: true },
      '2026-01-11': { workday: false, name: '地方假日' },
      '2026-01-12': { workday: false },
      '2026-01-13': { workday: true },
      '2026-01-17': { workday: false },
    },
  });
  it('each kind an override can make', () => {
    expect(cal.dayInfo('2026-01-10')).toMatchObject({ workday: true, kind: 'makeup_workday' });
    expect(cal.dayInfo('2026-01-11')).toEqual({
      date: '2026-01-11',
      workday: false,
      kind: 'holiday',
      holiday: { zh: '地方假日', en: '地方假日' },
      source: 'official',
    });
    expect(cal.dayInfo('2026-01-12')).toEqual({
      date: '2026-01-12',
      workday: false,
      kind: 'holiday',
      source: 'official',
    });
    expect(cal.dayInfo('2026-01-13')).toEqual({
      date: '2026-01-13',
      workday: true,
      kind: 'workday',
      source: 'official',
    });
    expect(cal.dayInfo('2026-01-17')).toEqual({
      date: '2026-01-17',
      workday: false,
      kind: 'weekend',
      source: 'official',
    });
  });
  it('provenance names the overrides; an empty overrides object supplies nothing', () => {
    expect(cal.provenance()).toEqual({ ...BUILT_IN, source: 'supplied', supplied: ['overrides'] });
    expect(createCalendar({ overrides: {} }).provenance()).toEqual(BUILT_IN);
  });
  it("an override on the data's first and last day is accepted; one day outside is refused", () => {
    const edges = createCalendar({
      overrides: { '2007-01-01': { workday: true }, '2026-12-31': { workday: false, name: '测试' } },
    });
    expect(edges.isWorkday('2007-01-01')).toBe(true);
    expect(edges.isWorkday('2026-12-31')).toBe(false);
    for (const key of ['2006-12-31', '2027-01-01']) {
      const outside = createCalendar({ overrides: { [key]: { workday: true } } });
      const e = invalid(() => outside.isWorkday('2026-01-05'));
      expect(e.argument).toBe('options.overrides key');
      expect(e.message).toBe(`options.overrides key must be a date inside the calendar's years, got "${key}"`);
    }
  });
});

describe('provenance, whole', () => {
  it('built-in, supplied with and without a source, with the fallback', () => {
    expect(officialCalendar.provenance()).toEqual(BUILT_IN);
    expect(createCalendar({ years: [year2027([], { source: '2027.json' })] }).provenance()).toEqual({
      ...BUILT_IN,
      source: 'supplied',
      lastOfficialYear: 2027,
      supplied: ['2027.json'],
    });
    expect(createCalendar({ years: [year2027()], fallback: 'weekends' }).provenance()).toEqual({
      ...BUILT_IN,
      source: 'supplied',
      lastOfficialYear: 2027,
      supplied: ['year 2027'],
      fallback: 'weekends',
    });
  });
});

describe('the first and last day of the data, and one day beyond', () => {
  const fallback = createCalendar({ fallback: 'weekends' });
  it('covers', () => {
    expect(officialCalendar.covers('2007-01-01')).toBe(true);
    expect(officialCalendar.covers('2006-12-31')).toBe(false);
    expect(officialCalendar.covers('2026-12-31')).toBe(true);
    expect(officialCalendar.covers('2027-01-01')).toBe(false);
  });
  it('moving off either end without the fallback names the first missing day', () => {
    const back = thrown(() => officialCalendar.addWorkdays('2007-01-01', -1)) as CalendarRangeError;
    expect(back).toBeInstanceOf(CalendarRangeError);
    expect(back.date).toBe('2006-12-31');
    expect(back.missingYear).toBe(2006);
    const on = thrown(() => officialCalendar.addWorkdays('2026-12-31', 1)) as CalendarRangeError;
    expect(on.date).toBe('2027-01-01');
    expect(officialCalendar.addWorkdays('2026-12-31', 0)).toBe('2026-12-31');
  });
  it('the fallback past either end counts weekdays only', () => {
    // 2006-12-30/31 are weekend days; the data's own make-up days before 2007 are not used.
    expect(fallback.dayInfo('2006-12-31')).toEqual({
      date: '2006-12-31',
      workday: false,
      kind: 'weekend',
      source: 'fallback',
    });
    expect(fallback.dayInfo('2006-12-29')).toEqual({
      date: '2006-12-29',
      workday: true,
      kind: 'workday',
      source: 'fallback',
    });
    expect(fallback.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: true,
      kind: 'workday',
      source: 'fallback',
    });
    expect(fallback.dayInfo('2027-01-02')).toEqual({
      date: '2027-01-02',
      workday: false,
      kind: 'weekend',
      source: 'fallback',
    });
    expect(fallback.dayInfo('2026-12-31').source).toBe('official');
    expect(fallback.dayInfo('2007-01-01')).toMatchObject({ kind: 'holiday', source: 'official' });
    expect(fallback.addWorkdays('2007-01-04', -1)).toBe('2006-12-29');
    expect(fallback.addWorkdays('2007-01-04', -6)).toBe('2006-12-22');
    expect(fallback.previousWorkday('2007-01-04')).toBe('2006-12-29');
    expect(fallback.nextWorkday('2006-12-29')).toBe('2007-01-04');
    expect(fallback.addWorkdays('2026-12-31', 1)).toBe('2027-01-01');
    expect(fallback.addWorkdays('2026-12-31', 6)).toBe('2027-01-08');
    expect(fallback.workdaysBetween('2006-12-25', '2007-01-04')).toBe(5);
    expect(fallback.workdaysBetween('2007-01-04', '2006-12-25')).toBe(-5);
  });
  it('the fallback far from the data agrees with a day-by-day count', () => {
    for (const [date, n] of [
      ['1850-03-01', 30],
      ['1700-02-27', 5],
      ['2100-02-26', -7],
      ['2199-12-30', 3],
      ['1999-12-31', 1],
      ['2000-02-28', 1],
    ] as const) {
      expect(fallback.addWorkdays(date, n)).toBe(naiveAddWorkdays(date, n));
    }
  });
  it('the fallback reaches the first and last day a date can name, and not past them', () => {
    expect(fallback.addWorkdays('9999-12-30', 1)).toBe('9999-12-31');
    expect(fallback.addWorkdays('0001-01-02', -1)).toBe('0001-01-01');
    const over = invalid(() => fallback.addWorkdays('9999-12-31', 1));
    expect(over.argument).toBe('n');
    expect(over.expected).toBe('small enough for the result to stay within 0001-01-01 … 9999-12-31');
    expect(invalid(() => fallback.nextWorkday('9999-12-31')).argument).toBe('date');
    expect(invalid(() => fallback.previousWorkday('0001-01-01')).argument).toBe('date');
  });
  it('dayInfo on the data: a make-up Saturday and a listed weekday working day', () => {
    expect(officialCalendar.dayInfo('2020-02-03')).toEqual({
      date: '2020-02-03',
      workday: true,
      kind: 'workday',
      source: 'official',
    });
    expect(officialCalendar.dayInfo('2026-10-10')).toMatchObject({ workday: true, kind: 'makeup_workday' });
  });
  it('workdaysBetween names the bad end', () => {
    expect(invalid(() => officialCalendar.workdaysBetween('x', '2026-01-05')).argument).toBe('start');
    expect(invalid(() => officialCalendar.workdaysBetween('2026-01-05', 'x')).argument).toBe('end');
  });
});

describe('use(): the days past the data a result touched', () => {
  const fallback = createCalendar({ fallback: 'weekends' });
  const PROVISIONAL = { ...BUILT_IN, fallback: 'weekends' };
  it('inside the data: not provisional', () => {
    expect(fallback.use([['2007-01-01', '2026-12-31']])).toEqual({ ...PROVISIONAL, provisional: null });
    expect(fallback.use([])).toEqual({ ...PROVISIONAL, provisional: null });
  });
  it('one year past the data', () => {
    expect(fallback.use([['2026-12-28', '2027-01-12']])).toEqual({
      ...PROVISIONAL,
      provisional: {
        from: '2027-01-01',
        to: '2027-01-12',
        years: [2027],
        statutoryYears: [],
        message: {
          zh: '暂定结果：2027-01-01至2027-01-12按周末推算（2027年节假日安排尚未公布或未提供），正式安排公布后日期可能变化',
          en: 'provisional: 2027-01-01 … 2027-01-12 counted as weekends only (the 2027 holiday arrangement is not official: not published or not supplied); the answer may move when it is published',
        },
      },
    });
  });
  it('three years are listed; four in a row are named by their ends; a broken run is listed', () => {
    const three = fallback.use([['2029-12-31', '2027-01-01']]).provisional;
    expect(three?.years).toEqual([2027, 2028, 2029]);
    expect(three?.message.zh).toContain('（2027、2028、2029年节假日');
    expect(three?.message.en).toContain('(the 2027, 2028, 2029 holiday');
    const four = fallback.use([['2027-01-01', '2030-06-30']]).provisional;
    expect(four?.years).toEqual([2027, 2028, 2029, 2030]);
    expect(four?.message.zh).toContain('（2027–2030年节假日');
    expect(four?.message.en).toContain('(the 2027–2030 holiday');
    const both = fallback.use([
      ['2004-06-01', '2007-03-01'],
      ['2026-12-01', '2028-01-02'],
    ]).provisional;
    expect(both?.from).toBe('2004-06-01');
    expect(both?.to).toBe('2028-01-02');
    expect(both?.years).toEqual([2004, 2005, 2006, 2027, 2028]);
    expect(both?.message.zh).toContain('（2004、2005、2006、2027、2028年');
    expect(both?.message.en).toContain('(the 2004, 2005, 2006, 2027, 2028 holiday');
  });
  it('before the data only', () => {
    expect(fallback.use([['2006-12-30', '2007-01-05']]).provisional).toMatchObject({
      from: '2006-12-30',
      to: '2006-12-31',
      years: [2006],
    });
  });
  it('bad spans are named', () => {
    expect(invalid(() => fallback.use('x' as never)).message).toBe(
      'spans must be an array of [from, to] date pairs, got "x"',
    );
    expect(invalid(() => fallback.use([['x', '2026-01-01']])).argument).toBe('span start');
    expect(invalid(() => fallback.use([['2026-01-01', 'x']])).argument).toBe('span end');
  });
});
