// The calendar's typed errors, asserted exactly: name, class, the argument named, and the
// message an official or a programmer reads (issue 19: mutation gaps in src/calendar).
import { describe, expect, it } from 'vitest';
import { describeValue, readArgument } from '../../src/calendar/errors.js';
import {
  CalendarDataError,
  CalendarRangeError,
  createCalendar,
  InvalidArgumentError,
  isIsoDate,
  isWorkday,
  type YearProblem,
} from '../../src/calendar/index.js';
import { thrown } from '../helpers/thrown.js';

describe('InvalidArgumentError: the argument, what it must be, a preview of the value', () => {
  const MUST = 'date must be a real YYYY-MM-DD date (4-digit year), got';
  const cases: [string, unknown, string][] = [
    ['a short string, quoted', '2026/01/01', `${MUST} "2026/01/01"`],
    ['a 40-character string, whole', 'x'.repeat(40), `${MUST} "${'x'.repeat(40)}"`],
    ['a 41-character string, cut at 40 with an ellipsis', 'y'.repeat(41), `${MUST} "${'y'.repeat(40)}…"`],
    ['a number', 20260101, `${MUST} 20260101`],
    ['NaN', Number.NaN, `${MUST} NaN`],
    ['a boolean', true, `${MUST} true`],
    ['null', null, `${MUST} null`],
    ['undefined', undefined, `${MUST} undefined`],
    ['a bigint', 12n, `${MUST} 12n`],
    ['a symbol', Symbol('s'), `${MUST} symbol`],
    ['a function', () => 1, `${MUST} function`],
    ['an array', ['2026-01-01'], `${MUST} an array`],
    ['an object', { date: '2026-01-01' }, `${MUST} an object`],
  ];
  for (const [what, value, message] of cases) {
    it(what, () => {
      const e = thrown(() => isWorkday(value as never));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e).toBeInstanceOf(TypeError);
      expect(e.name).toBe('InvalidArgumentError');
      expect(e.message).toBe(message);
      expect((e as InvalidArgumentError).argument).toBe('date');
      expect((e as InvalidArgumentError).expected).toBe('a real YYYY-MM-DD date (4-digit year)');
    });
  }
  it('a revoked Proxy, which cannot even be inspected, is "an unreadable value"', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('an unreadable value');
  });
  it('a count out of range names its bounds', () => {
    const e = thrown(() => createCalendar().addWorkdays('2026-01-05', 1.5));
    expect(e.message).toBe('n must be a whole number from -36500 to 36500, got 1.5');
  });
  it('options that are not an object', () => {
    for (const bad of [null, 5, 'weekends']) {
      const e = thrown(() => createCalendar(bad as never));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe(`options must be an object, got ${describeValue(bad)}`);
    }
    expect(createCalendar(undefined).provenance().fallback).toBe('error');
  });
});

describe('readArgument: a read that throws becomes InvalidArgumentError naming what was read', () => {
  it('a throwing getter on each option', () => {
    for (const key of ['fallback', 'years', 'overrides']) {
      const options = Object.defineProperty({}, key, {
        get() {
          throw new Error('boom');
        },
      });
      const e = thrown(() => createCalendar(options));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).argument).toBe(`options.${key}`);
      expect(e.message).toBe(`options.${key} must be readable, got a value that throws when read`);
    }
  });
  it('an InvalidArgumentError thrown by the read itself passes through unchanged', () => {
    const inner = new InvalidArgumentError('inner', 'x', 1);
    const e = thrown(() =>
      readArgument(() => {
        throw inner;
      }, 'outer'),
    );
    expect(e).toBe(inner);
    expect(readArgument(() => 7, 'n')).toBe(7);
  });
  it('a throwing year element, days list and day', () => {
    const throwing = (o: object, key: string) =>
      Object.defineProperty(o, key, {
        get() {
          throw new Error('boom');
        },
      });
    const arg = (options: unknown) => (thrown(() => createCalendar(options as never)) as InvalidArgumentError).argument;
    const throwingAt = (key: string) =>
      new Proxy([1], {
        get(target, k) {
          if (k === key) throw new Error('boom');
          return Reflect.get(target, k);
        },
      });
    expect(arg({ years: throwingAt('0') })).toBe('options.years[0]');
    expect(arg({ years: [throwing({ days: [] }, 'year')] })).toBe('options.years[0].year');
    expect(arg({ years: [throwing({ year: 2027, days: [] }, 'source')] })).toBe('options.years[0].source');
    expect(arg({ years: [throwing({ year: 2027, days: [] }, 'papers')] })).toBe('options.years[0].papers');
    expect(arg({ years: [throwing({ year: 2027 }, 'days')] })).toBe('options.years[0].days');
    expect(arg({ years: [{ year: 2027, days: throwingAt('length') }] })).toBe('options.years[0].days');
    expect(arg({ years: [{ year: 2027, days: [throwing({}, 'date')] }] })).toBe('options.years[0].days[0]');
    expect(arg({ years: throwingAt('length') })).toBe('options.years');
  });
});

const problem = (severity: YearProblem['severity'], entry: string, en: string): YearProblem => ({
  severity,
  code: 'x',
  source: '2027.json',
  entry,
  message: { zh: en, en },
});

describe('CalendarDataError: the first error, and how many more', () => {
  it('no problems at all', () => {
    const e = new CalendarDataError([]);
    expect(e.message).toBe('invalid calendar data');
    expect(e.name).toBe('CalendarDataError');
    expect(e).toBeInstanceOf(Error);
  });
  it('one warning only: that warning, nothing more', () => {
    expect(new CalendarDataError([problem('warning', 'days[0]', 'w')]).message).toBe('2027.json: days[0]: w');
  });
  it('the first error, not an earlier warning; warnings are not counted', () => {
    const e = new CalendarDataError([
      problem('warning', 'days[0]', 'w'),
      problem('error', 'days[1]', 'e1'),
      problem('warning', 'days[2]', 'w2'),
    ]);
    expect(e.message).toBe('2027.json: days[1]: e1');
    expect(e.problems).toHaveLength(3);
  });
  it('two errors: "and 1 more error"; three: "and 2 more errors"', () => {
    const two = [problem('error', 'days[0]', 'e0'), problem('error', 'days[1]', 'e1')];
    expect(new CalendarDataError(two).message).toBe('2027.json: days[0]: e0 (and 1 more error)');
    const three = [...two, problem('warning', 'days[2]', 'w'), problem('error', 'days[3]', 'e3')];
    expect(new CalendarDataError(three).message).toBe('2027.json: days[0]: e0 (and 2 more errors)');
  });
});

describe('CalendarRangeError', () => {
  it('names the missing year, the date and the range', () => {
    const e = thrown(() => isWorkday('2027-01-04')) as CalendarRangeError;
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect(e).toBeInstanceOf(RangeError);
    expect(e.name).toBe('CalendarRangeError');
    expect(e.missingYear).toBe(2027);
    expect(e.date).toBe('2027-01-04');
    expect(e.range).toEqual({ from: '2007-01-01', to: '2026-12-31' });
    expect(
      e.message.startsWith('no working-day data for 2027 (2027-01-04; the calendar covers 2007-01-01 … 2026-12-31): '),
    ).toBe(true);
    const before = thrown(() => isWorkday('2006-12-31')) as CalendarRangeError;
    expect(before.missingYear).toBe(2006);
  });
});

describe('isIsoDate at every rule of a real date', () => {
  const valid = ['0001-01-01', '2024-02-29', '2000-02-29', '2026-04-30', '2026-01-31', '2026-07-31', '2026-12-31'];
  const invalid = [
    '0000-01-01', // year 0
    '1900-02-29', // a century year that is not a leap year
    '2023-02-29',
    '2026-04-31',
    '2026-06-31',
    '2026-09-31',
    '2026-11-31',
    '2026-00-10',
    '2026-13-01',
    '2026-01-00',
    '2026-01-32',
    '2026-01-011', // 11 characters
    '2026-01-1',
    '2026x01-01',
    '2026-01x01',
    '2a26-01-01', // a letter in the year
    '2026-0/-01', // '/' sits just below '0'
    '2026-0:-01', // ':' sits just above '9'
  ];
  for (const d of valid) it(`${d} is a date`, () => expect(isIsoDate(d)).toBe(true));
  for (const d of invalid) it(`${JSON.stringify(d)} is not`, () => expect(isIsoDate(d)).toBe(false));
  it('a default argument name: "date"', () => {
    expect((thrown(() => createCalendar().covers('x')) as InvalidArgumentError).argument).toBe('date');
  });
});
