// Issue 27, the calendar's part: no shared state a caller can change, typed errors only,
// bounded work, and no silently wrong answer from a supplied year or a stated end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CalendarDataError,
  CalendarRangeError,
  createCalendar,
  crossCheckYear,
  InvalidArgumentError,
  MAX_SCHEDULE_DAYS,
  maxInRollingWindow,
  officialCalendar,
  termPeriod,
  todayInChina,
} from '../../src/calendar/index.js';
import { readYearFile, requireYearFile } from '../../src/calendar/year-file.js';
import { describeCalendarUse, renderIcs } from '../../src/report/ics.js';

const fixture = (year: number) => JSON.parse(readFileSync(`test/fixtures/holiday-cn/${year}.json`, 'utf8'));
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};
const invalid = (f: () => unknown, argument: string) => {
  const e = thrown(f);
  expect(e).toBeInstanceOf(InvalidArgumentError);
  expect((e as InvalidArgumentError).argument).toBe(argument);
};

describe('notices() hands out copies', () => {
  it('changing what it returned changes no later calendar', () => {
    const notices = officialCalendar.notices() as { year: number; urls: string[] }[];
    expect(Object.isFrozen(notices)).toBe(true);
    expect(Object.isFrozen(notices[0])).toBe(true);
    expect(() => {
      (notices[0] as { year: number }).year = 2027;
    }).toThrow(TypeError);
    expect(() => (notices[0] as { urls: string[] }).urls.push('x')).toThrow(TypeError);
    expect(officialCalendar.notices()).not.toBe(notices);
    const later = createCalendar();
    expect(later.range().to).toBe('2026-12-31');
    expect(() => later.isWorkday('2027-01-01')).toThrow(RangeError);
    expect(later.notices()[0]?.year).toBe(2007);
  });
});

describe('typed errors only', () => {
  it('todayInChina: a finite time in range, else InvalidArgumentError', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1n, '0', null]) {
      invalid(() => todayInChina(bad as number), 'now');
    }
    invalid(() => todayInChina(8.64e15), 'now'); // year 275760
    expect(todayInChina(0)).toBe('1970-01-01');
    // The day turns at 16:00 UTC: the millisecond before and the one of.
    expect(todayInChina(Date.UTC(2026, 11, 5, 15, 59, 59, 999))).toBe('2026-12-05');
    expect(todayInChina(Date.UTC(2026, 11, 5, 16))).toBe('2026-12-06');
    expect(todayInChina(Date.UTC(9999, 11, 31, 15))).toBe('9999-12-31');
    invalid(() => todayInChina(Date.UTC(9999, 11, 31, 16)), 'now');
  });
  it('readYearFile: a Proxy that throws is a problem of the file, never a bare error', () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const r = readYearFile(hostile, 'p.json');
    expect(r.schedule).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(['file_unreadable']);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(readYearFile(revoked.proxy, 'r.json').problems.map((p) => p.code)).toEqual(['file_unreadable']);
    invalid(() => readYearFile({ year: 2027, days: [] }, 5 as unknown as string), 'source');
    expect(thrown(() => requireYearFile(hostile, 'p.json'))).toBeInstanceOf(CalendarDataError);
  });
  it('crossCheckYear: each bad argument named', () => {
    invalid(() => crossCheckYear(2027, null as never, 's'), 'days');
    invalid(() => crossCheckYear(2027, 'x'.repeat(10_000_000) as never, 's'), 'days');
    invalid(() => crossCheckYear(2027.5, [], 's'), 'year');
    invalid(() => crossCheckYear(2027, [null as never], 's'), 'days[0]');
    invalid(() => crossCheckYear(2027, [{ date: 1, name: '', isOffDay: true } as never], 's'), 'days[0]');
    invalid(() => crossCheckYear(2027, [], 5 as never), 'source');
    const getter = [
      {
        get date(): string {
          throw new Error('boom');
        },
        name: '',
        isOffDay: true,
      },
    ];
    invalid(() => crossCheckYear(2027, getter, 's'), 'days[0]');
  });
  it('crossCheckYear: bounded up front, at MAX_SCHEDULE_DAYS and one more', () => {
    const day = { date: '2027-01-02', name: '', isOffDay: true };
    expect(crossCheckYear(2027, new Array(MAX_SCHEDULE_DAYS).fill(day), 's')).toHaveLength(MAX_SCHEDULE_DAYS - 1);
    invalid(() => crossCheckYear(2027, new Array(MAX_SCHEDULE_DAYS + 1).fill(day), 's'), 'days');
    const huge = new Array(10_000_000);
    const started = performance.now();
    invalid(() => crossCheckYear(2027, huge, 's'), 'days');
    expect(performance.now() - started).toBeLessThan(100);
  });
  it('crossCheckYear: a long date is not copied into its message', () => {
    const [p] = crossCheckYear(2027, [{ date: 'x'.repeat(100_000), name: '', isOffDay: true }], 's');
    expect(p?.code).toBe('invalid_date');
    expect(p?.message.en.length).toBeLessThan(200);
  });
  it('use(): every span a [from, to] pair', () => {
    invalid(() => officialCalendar.use([1] as never), 'spans[0]');
    invalid(() => officialCalendar.use([null] as never), 'spans[0]');
    invalid(() => officialCalendar.use('x' as never), 'spans');
    invalid(() => officialCalendar.use([['2026-01-01']] as never), 'span end');
    expect(officialCalendar.use([['2026-01-01', '2026-01-02']]).provisional).toBeNull();
  });
  it('createCalendar: bounded years and days', () => {
    const days = new Array(MAX_SCHEDULE_DAYS + 1).fill({ date: '2027-01-02', name: '', isOffDay: true });
    invalid(() => createCalendar({ years: [{ year: 2027, days }] }), 'options.years[0].days');
  });
});

describe('termPeriod refuses a stated end before its start', () => {
  it('the day before the start: refused; the start itself: kept', () => {
    invalid(() => termPeriod('2026-03-01', 3, { statedEnd: '2026-02-28' }), 'options.statedEnd');
    const same = termPeriod('2026-03-01', 3, { statedEnd: '2026-03-01' });
    expect(same.last).toBe('2026-03-01');
    expect(termPeriod('2026-03-01', 3, { statedEnd: '2029-03-31' }).last).toBe('2029-03-31');
  });
});

describe('supplied years', () => {
  it('re-supplying the bundled 2018 keeps 2018-12-29, a make-up day of the 2019 notice', () => {
    expect(officialCalendar.dayInfo('2018-12-29')).toMatchObject({ workday: true, kind: 'makeup_workday' });
    const cal = createCalendar({ years: [requireYearFile(fixture(2018), '2018.json')] });
    expect(cal.dayInfo('2018-12-29')).toMatchObject({ workday: true, kind: 'makeup_workday' });
    expect(cal.isWorkday('2018-12-31')).toBe(false);
    expect(cal.provenance().changes).toBeUndefined();
    // Every day of 2018 and 2019 reads as before.
    for (let m = 1; m <= 12; m++) {
      for (const y of [2018, 2019]) {
        const date = `${y}-${String(m).padStart(2, '0')}-15`;
        expect(cal.isWorkday(date)).toBe(officialCalendar.isWorkday(date));
      }
    }
  });
  it('re-supplying 2019, whose notice holds 2018-12-29…31, changes nothing', () => {
    const cal = createCalendar({ years: [requireYearFile(fixture(2019), '2019.json')] });
    expect(cal.provenance().changes).toBeUndefined();
    expect(cal.isWorkday('2018-12-29')).toBe(true);
  });
  it('a 2027 file changing a built-in 2026 day is never silent', () => {
    expect(officialCalendar.isWorkday('2026-12-31')).toBe(true);
    const cal = createCalendar({
      years: [
        requireYearFile(
          {
            year: 2027,
            offDays: [
              { date: '2026-12-31', name: '元旦' },
              { date: '2027-01-01', name: '元旦' },
            ],
            workdays: ['2026-12-30'],
          },
          '2027.json',
        ),
      ],
    });
    expect(cal.isWorkday('2026-12-31')).toBe(false);
    // 2026-12-30, a Wednesday, was a working day already: not a change.
    expect(cal.provenance().changes).toEqual([{ date: '2026-12-31', source: '2027.json', workday: false }]);
    expect(Object.isFrozen(cal.provenance().changes)).toBe(true);
    const use = cal.use([['2026-12-30', '2027-01-04']]);
    expect(use.changes).toEqual([{ date: '2026-12-31', source: '2027.json', workday: false }]);
  });
  it('a 2027 file that agrees with 2026 changes nothing', () => {
    const cal = createCalendar({
      years: [requireYearFile({ year: 2027, offDays: [{ date: '2027-01-01', name: '元旦' }] }, '2027.json')],
    });
    expect(cal.provenance().changes).toBeUndefined();
  });
});

describe('the calendar errors and the last unguarded arguments (the exports walk)', () => {
  const revokedProxy = () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  };
  const throwingGetter = (key: string) =>
    Object.defineProperty({}, key, {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
  const hostile = () => ({
    toString() {
      throw new Error('toString');
    },
    [Symbol.toPrimitive]() {
      throw new Error('toPrimitive');
    },
  });

  it('InvalidArgumentError: any argument name, expectation or value builds an error, never calls toString', () => {
    for (const bad of [hostile(), revokedProxy(), Symbol('s'), 1n, null, undefined]) {
      const e = new InvalidArgumentError(bad as never, bad as never, bad);
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(typeof e.argument).toBe('string');
      expect(typeof e.message).toBe('string');
    }
    expect(new InvalidArgumentError('x'.repeat(300), 'a', 1).argument.length).toBeLessThan(210);
    const e = new InvalidArgumentError('date', 'a YYYY-MM-DD date', 5);
    expect([e.argument, e.expected, e.message]).toEqual([
      'date',
      'a YYYY-MM-DD date',
      'date must be a YYYY-MM-DD date, got 5',
    ]);
  });

  it('CalendarRangeError: a date or range of any kind builds an error; a real one names the year', () => {
    for (const bad of [hostile(), revokedProxy(), throwingGetter('from'), Symbol('s'), null, undefined, 7]) {
      const e = new CalendarRangeError(bad as never, bad as never);
      expect(e).toBeInstanceOf(CalendarRangeError);
      expect(typeof e.date).toBe('string');
      expect(typeof e.range.from).toBe('string');
    }
    const e = new CalendarRangeError('2027-03-01', { from: '2007-01-01', to: '2026-12-31' });
    expect(e.missingYear).toBe(2027);
    expect(e.range).toEqual({ from: '2007-01-01', to: '2026-12-31' });
    expect(e.message).toContain(
      'no working-day data for 2027 (2027-03-01; the calendar covers 2007-01-01 … 2026-12-31)',
    );
  });

  it('CalendarDataError: problems of any kind build an error; real ones are named', () => {
    for (const bad of [hostile(), revokedProxy(), [revokedProxy(), null, throwingGetter('severity')], 'x', null]) {
      const e = new CalendarDataError(bad as never);
      expect(e).toBeInstanceOf(CalendarDataError);
      expect(e.message).toBe('invalid calendar data');
      expect(e.problems).toEqual([]);
    }
    const problem = {
      severity: 'error',
      code: 'conflict',
      source: '2027.json',
      entry: 'days[1]',
      message: { zh: '冲突', en: 'both a rest day and a working day' },
    } as const;
    const e = new CalendarDataError([problem, { ...problem, entry: 'days[2]' }]);
    expect(e.message).toBe('2027.json: days[1]: both a rest day and a working day (and 1 more error)');
    expect(e.problems).toEqual([problem, { ...problem, entry: 'days[2]' }]);
    expect(Object.isFrozen(e.problems)).toBe(true);
  });

  it('officialCalendar is frozen all the way down, its methods too', () => {
    expect(Object.isFrozen(officialCalendar)).toBe(true);
    for (const method of Object.values(officialCalendar)) expect(Object.isFrozen(method)).toBe(true);
    expect(officialCalendar.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
  });

  it('officialCalendar.use: a revoked Proxy as spans, or as a span, names it', () => {
    invalid(() => officialCalendar.use(revokedProxy() as never), 'spans');
    invalid(() => officialCalendar.use([revokedProxy()] as never), 'spans[0]');
    invalid(() => officialCalendar.use(null as never), 'spans');
    invalid(() => officialCalendar.use([[5, '2026-01-01']] as never), 'span start');
    expect(officialCalendar.use([['2026-01-01', '2026-12-31']]).provisional).toBeNull();
  });

  it('maxInRollingWindow: a revoked Proxy as dates names it', () => {
    invalid(() => maxInRollingWindow(revokedProxy() as never), 'dates');
    invalid(() => maxInRollingWindow([throwingGetter('x') as never]), 'dates[0]');
    expect(maxInRollingWindow(['2026-01-05', '2026-06-01', '2027-02-01'])).toEqual({
      count: 2,
      from: '2026-01-05',
      to: '2027-01-04',
    });
  });

  it('crossCheckYear: a revoked Proxy as days names it', () => {
    invalid(() => crossCheckYear(2027, revokedProxy() as never, '2027.json'), 'days');
    invalid(() => crossCheckYear(2027, [throwingGetter('date') as never], '2027.json'), 'days[0]');
    expect(crossCheckYear(2027, [{ date: '2027-01-01', name: '元旦', isOffDay: true }], '2027.json')).toEqual([]);
  });

  it('describeCalendarUse: anything but a CalendarUse, or a language other than zh and en, is named', () => {
    for (const bad of [null, undefined, 5, revokedProxy(), throwingGetter('source'), {}, { source: 'built-in' }]) {
      invalid(() => describeCalendarUse(bad as never), 'use');
    }
    const use = officialCalendar.use([['2026-01-01', '2026-01-02']]);
    invalid(() => describeCalendarUse({ ...use, supplied: [revokedProxy()] } as never), 'use');
    invalid(() => describeCalendarUse(use, hostile() as never), 'lang');
    expect(describeCalendarUse(use, 'en')).toMatch(/^Calendar: built-in .+, official to 2026$/u);
    const later = createCalendar({ fallback: 'weekends' }).use([['2026-12-30', '2027-01-04']]);
    expect(describeCalendarUse(later, 'en')).toContain('; past the data: weekends only (provisional). provisional:');
  });

  it('renderIcs: a revoked Proxy as events names it', () => {
    invalid(() => renderIcs(revokedProxy() as never), 'events');
    invalid(() => renderIcs([throwingGetter('uid') as never]), 'events[0]');
    const ics = renderIcs([{ uid: 'a', date: '2026-12-31', summary: 's', description: 'd' }], {
      stamp: '2026-12-01T00:00:00Z',
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
  });
});
