// Issue 9, item 7: every argument of every exported calendar, period and procedure
// function is checked. One convention: a bad argument throws InvalidArgumentError (a
// TypeError) naming it; a date past the data CalendarRangeError; nothing else, and
// never a silently wrong answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cal from '../../src/calendar/index.js';
import { CalendarDataError, CalendarRangeError, InvalidArgumentError } from '../../src/calendar/index.js';
import { procedureTimeline, timeline } from '../../src/core/procedure.js';
import * as tj from '../../src/policies/tianjin/index.js';
import { recognitionSteps } from '../../src/policies/tianjin/procedures.js';

function argumentOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e.argument;
    throw e;
  }
  throw new Error('did not throw');
}

describe('each bad argument is named', () => {
  const cases: [string, () => unknown, string][] = [
    ["a blank filing date is not 'on time'", () => tj.changeFiling('2026-02-10', ''), 'filedOn'],
    ['a filing before the change', () => tj.changeFiling('2026-02-10', '2026-02-09'), 'filedOn'],
    ['yearsWithoutSpotCheck to = "-1e6"', () => tj.yearsWithoutSpotCheck([], '2024-01-01', '-1e6'), 'to'],
    ['yearsWithoutSpotCheck to before from', () => tj.yearsWithoutSpotCheck([], '2026-01-01', '2024-01-01'), 'to'],
    ['a five-digit year', () => tj.yearsWithoutSpotCheck(['20260-01-01'], '2024-01-01', '2026-12-31'), 'checks[0]'],
    ["maxInRollingWindow months '12'", () => cal.maxInRollingWindow(['2026-01-01'], '12' as never), 'months'],
    ['maxInRollingWindow a bad date', () => cal.maxInRollingWindow(['2026-01-01', '2026-13-01']), 'dates[1]'],
    ['withinWorkdays n = 1.5', () => cal.withinWorkdays('2026-01-05', 1.5), 'n'],
    ['withinWorkdays n = -1', () => cal.withinWorkdays('2026-01-05', -1), 'n'],
    ['withinWorkdays n = "7"', () => cal.withinWorkdays('2026-01-05', '7' as never), 'n'],
    ['withinDays n = 1e9', () => cal.withinDays('2026-01-05', 1e9), 'n'],
    ['publicityPeriod n = 0', () => cal.publicityPeriod('2026-01-05', 0), 'n'],
    ['publicityPeriod a blank first day', () => cal.publicityPeriod('', 5), 'firstDay'],
    ['termPeriod years NaN', () => cal.termPeriod('2026-01-05', Number.NaN), 'years'],
    ['termPeriod reading', () => cal.termPeriod('2026-01-05', 3, { reading: 'x' as never }), 'options.reading'],
    ['anniversary past 9999', () => cal.anniversary('9999-01-01', 1), 'years'],
    ['quartersBetween to before from', () => cal.quartersBetween('2026-05-01', '2026-01-01'), 'to'],
    ['elapsed asOf', () => cal.elapsed('2020-01-01', '2026/01/01'), 'asOf'],
    ['addWorkdays n too large', () => cal.addWorkdays('2026-01-05', 10_000_000), 'n'],
    ['isWorkday a Date', () => cal.isWorkday(new Date() as never), 'date'],
    [
      'a calendar that is not one',
      () => cal.withinWorkdays('2026-01-05', 1, { calendar: {} as never }),
      'options.calendar',
    ],
    ['options.asOf', () => tj.changeFiling('2026-02-10', undefined, { asOf: '2026-02-30' }), 'options.asOf'],
    ['rectification outcome.passed', () => tj.rectification('2026-03-02', { passed: 'no' as never }), 'outcome.passed'],
    ['recognitionTimeline options.asOf', () => tj.recognitionTimeline({}, { asOf: 5 as never }), 'options.asOf'],
    ['timeline a done date', () => timeline(recognitionSteps, '2026-01-05', { cityReview: 'x' }), 'done.cityReview'],
    ['createCalendar fallback', () => cal.createCalendar({ fallback: 'monday' as never }), 'options.fallback'],
    [
      'createCalendar a 5-digit year',
      () => cal.createCalendar({ years: [{ year: 20270, days: [] }] }),
      'options.years[0].year',
    ],
    [
      'a fallback result past 9999',
      () => cal.createCalendar({ fallback: 'weekends' }).addWorkdays('9999-12-30', 5),
      'n',
    ],
  ];
  for (const [what, f, argument] of cases) it(`${what} → ${argument}`, () => expect(argumentOf(f)).toBe(argument));

  it('InvalidArgumentError is a TypeError with a bounded message', () => {
    let e: unknown;
    try {
      cal.isWorkday('x'.repeat(100_000));
    } catch (error) {
      e = error;
    }
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message.length).toBeLessThan(200);
  });
  it('spot checks on the same day count once', () => {
    // 五（一）: at least one a year; two entries of one day are one check.
    expect(tj.yearsWithoutSpotCheck(['2025-05-01', '2025-05-01'], '2025-01-01', '2025-12-31')).toEqual([]);
  });
});

describe('property: only the documented errors, and every date returned is real', () => {
  // 10,000 runs per function once; fewer again under each time zone.
  const RUNS = process.env.TZ ? 1_000 : 10_000;
  const trap = () => {
    throw new Error('trap');
  };
  const cycle: Record<string, unknown> = { asOf: '2026-01-05' };
  cycle.self = cycle;
  const HOSTILE: unknown[] = [
    new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
    new Proxy([], { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
    Object.defineProperty({}, 'calendar', { get: trap, enumerable: true }),
    Object.defineProperty({}, 'asOf', { get: trap, enumerable: true }),
    Object.defineProperty({}, 'rectifiedOn', { get: trap, enumerable: true }),
    Object.defineProperty({}, 'application', { get: trap, enumerable: true }),
    cycle,
    JSON.parse('{"__proto__": {"asOf": "x"}, "constructor": 1}'),
    // biome-ignore lint/suspicious/noSparseArray: a sparse array on purpose
    [, '2026-01-05'],
    'x'.repeat(1_000_000),
  ];
  // fast-check inspects the values it generates: hand it an index, the test the value.
  class Hostile {
    constructor(readonly index: number) {}
  }
  const hostile = fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((i) => new Hostile(i));
  const real = (v: unknown) => (v instanceof Hostile ? HOSTILE[v.index] : v);
  const anything = fc.oneof(
    hostile,
    fc.anything(),
    fc.constantFrom(
      '',
      ' 2026-01-05',
      '2026-01-05 ',
      '20260-01-05',
      '2026-02-29',
      '2024-02-29',
      '-1e6',
      '12',
      '0001-01-01',
    ),
    fc.constantFrom('9999-12-31', '__proto__', 'constructor', 1n, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53),
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const provisional = cal.createCalendar({ fallback: 'weekends' });
  const calls: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
    ['isWorkday', (a) => cal.isWorkday(a as string)],
    ['addWorkdays', (a, b) => cal.addWorkdays(a as string, b as number)],
    ['workdaysBetween', (a, b) => cal.workdaysBetween(a as string, b as string)],
    ['nextWorkday', (a) => provisional.nextWorkday(a as string)],
    ['previousWorkday', (a) => provisional.previousWorkday(a as string)],
    ['withinWorkdays', (a, b, c) => cal.withinWorkdays(a as string, b as number, c as never)],
    ['withinDays', (a, b) => cal.withinDays(a as string, b as number, { calendar: provisional })],
    ['publicityPeriod', (a, b, c) => cal.publicityPeriod(a as string, b as number, c as never)],
    ['termPeriod', (a, b, c) => cal.termPeriod(a as string, b as number, c as never)],
    ['anniversary', (a, b) => cal.anniversary(a as string, b as number)],
    ['elapsed', (a, b) => cal.elapsed(a as string, b as string)],
    ['quartersBetween', (a, b) => cal.quartersBetween(a as string, b as string)],
    ['maxInRollingWindow', (a, b) => cal.maxInRollingWindow([a, b] as string[], 12)],
    ['changeFiling', (a, b, c) => tj.changeFiling(a as string, b as string, c as never)],
    ['rectification', (a, b, c) => tj.rectification(a as string, b as never, c as never)],
    ['yearsWithoutSpotCheck', (a, b, c) => tj.yearsWithoutSpotCheck(a as string[], b as string, c as string)],
    ['recognitionTimeline', (a, b) => tj.recognitionTimeline(a, b as never)],
    ['procedureTimeline', (a, b, c) => procedureTimeline(recognitionSteps, a as string, b as never, c as never)],
    [
      'createCalendar',
      (a, b, c) => {
        const calendar = cal.createCalendar({ years: [{ year: 2027, days: [a, b] }], fallback: c } as never);
        return calendar.addWorkdays('2026-12-31', 3);
      },
    ],
    [
      'createCalendar overrides',
      (a, b) => cal.createCalendar({ overrides: { [typeof a === 'string' ? a : 'x']: b } } as never).range(),
    ],
    ['createCalendar options', (a) => cal.createCalendar(a as never).range()],
  ];
  const documented = (e: unknown) =>
    e instanceof InvalidArgumentError || e instanceof CalendarRangeError || e instanceof CalendarDataError;
  const datesIn = (value: unknown, out: string[] = [], depth = 0): string[] => {
    if (depth > 6) return out;
    if (typeof value === 'string' && /^\d+-\d\d-\d\d$/u.test(value)) out.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) datesIn(v, out, depth + 1);
    return out;
  };
  for (const [name, call] of calls) {
    it(name, () => {
      fc.assert(
        fc.property(anything, anything, anything, (a, b, c) => {
          let result: unknown;
          try {
            result = call(real(a), real(b), real(c));
          } catch (e) {
            if (!documented(e)) throw e;
            return;
          }
          for (const d of datesIn(result)) expect(cal.isIsoDate(d), `${name} returned ${d}`).toBe(true);
        }),
        { seed: 42, numRuns: RUNS },
      );
    }, 120_000);
  }
});
