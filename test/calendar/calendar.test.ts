import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  CalendarRangeError,
  calendarRange,
  createCalendar,
  dayInfo,
  isWorkday,
  nextWorkday,
  previousWorkday,
  workdaysBetween,
} from '../../src/calendar/index.js';
import { everyDay, naiveAddWorkdays, naiveIsWorkday, shift } from './naive.js';

const crosscheck = JSON.parse(readFileSync(new URL('../fixtures/chinese-calendar.json', import.meta.url), 'utf8')) as {
  holidays: string[];
  workdays: string[];
};

const FROM = '2007-01-01';
const TO = '2026-12-31';
const coveredDate = fc
  .date({ min: new Date('2007-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('official data', () => {
  it('covers 2007-01-01 … 2026-12-31', () => {
    expect(calendarRange()).toEqual({ from: FROM, to: TO });
  });

  it('isWorkday agrees with the holiday-cn source for every day 2007–2026', () => {
    const disagreements: string[] = [];
    for (const d of everyDay(FROM, TO)) if (isWorkday(d) !== naiveIsWorkday(d)) disagreements.push(d);
    expect(disagreements).toEqual([]);
  });

  it('agrees with the independent chinese-calendar record for every day 2007–2026', () => {
    const rest = new Set(crosscheck.holidays);
    const work = new Set(crosscheck.workdays);
    const disagreements: string[] = [];
    for (const d of everyDay(FROM, TO)) {
      const w = new Date(`${d}T00:00:00Z`).getUTCDay();
      const expected = work.has(d) || (!rest.has(d) && w !== 0 && w !== 6);
      if (isWorkday(d) !== expected) disagreements.push(d);
    }
    expect(disagreements).toEqual([]);
  });

  it('merges December days published in next year’s notice (2018-12-29 worked, 12-31 rest)', () => {
    expect(isWorkday('2018-12-29')).toBe(true);
    expect(isWorkday('2018-12-31')).toBe(false);
  });

  it('keeps the 2020 Spring Festival extension (01-31 and 02-01…02 rest) and 2020-02-03 a working day', () => {
    expect(['2020-01-31', '2020-02-01', '2020-02-02'].map(isWorkday)).toEqual([false, false, false]);
    expect(isWorkday('2020-02-03')).toBe(true);
  });
});

describe('2026 National Day (the issue’s examples)', () => {
  it("addWorkdays('2026-09-30', 1) is 2026-10-08", () => expect(addWorkdays('2026-09-30', 1)).toBe('2026-10-08'));
  it("addWorkdays('2026-09-28', 7) is 2026-10-13", () => expect(addWorkdays('2026-09-28', 7)).toBe('2026-10-13'));
  it('2026-10-10, a Saturday, is a make-up working day', () => {
    expect(isWorkday('2026-10-10')).toBe(true);
    expect(dayInfo('2026-10-10')).toMatchObject({ kind: 'makeup_workday', workday: true, source: 'official' });
  });
  it('names the holiday of a rest day', () => {
    expect(dayInfo('2026-10-05')).toMatchObject({ kind: 'holiday', workday: false });
    expect(dayInfo('2026-10-05').holiday?.en).toMatch(/National Day/);
    expect(dayInfo('2026-10-11')).toMatchObject({ kind: 'weekend', workday: false });
    expect(dayInfo('2026-10-09')).toMatchObject({ kind: 'workday', workday: true });
  });
});

describe('arithmetic', () => {
  it('addWorkdays(d, 0) is d, even on a rest day', () => expect(addWorkdays('2026-10-03', 0)).toBe('2026-10-03'));
  it('negative n counts back', () => expect(addWorkdays('2026-10-08', -1)).toBe('2026-09-30'));
  it('workdaysBetween is signed', () => {
    expect(workdaysBetween('2026-09-30', '2026-10-08')).toBe(1);
    expect(workdaysBetween('2026-10-08', '2026-09-30')).toBe(-1);
    expect(workdaysBetween('2026-10-01', '2026-10-07')).toBe(0);
  });
  it('next and previous working day skip the holiday', () => {
    expect(nextWorkday('2026-09-30')).toBe('2026-10-08');
    expect(previousWorkday('2026-10-08')).toBe('2026-09-30');
    expect(nextWorkday('2026-10-09')).toBe('2026-10-10');
  });

  it('property: agrees with a day-by-day reference and inverts workdaysBetween', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const target = shift(d, Math.round(n * 1.5));
        fc.pre(target > shift(FROM, 10) && target < shift(TO, -10));
        let r: string;
        try {
          r = addWorkdays(d, n);
        } catch (e) {
          fc.pre(!(e instanceof CalendarRangeError));
          throw e;
        }
        expect(r).toBe(naiveAddWorkdays(d, n));
        expect(workdaysBetween(d, r)).toBe(n);
        if (n !== 0) expect(isWorkday(r)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: addWorkdays is monotone in n', () => {
    fc.assert(
      fc.property(
        coveredDate,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (d, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          try {
            expect(addWorkdays(d, lo) <= addWorkdays(d, hi)).toBe(true);
            if (lo < hi) expect(addWorkdays(d, lo) < addWorkdays(d, hi)).toBe(true);
          } catch (e) {
            if (!(e instanceof CalendarRangeError)) throw e;
          }
        },
      ),
    );
  });

  it('property: workdaysBetween counts what a day-by-day walk counts', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 0, max: 400 }), (d, span) => {
        const e = shift(d, span);
        fc.pre(e <= TO);
        let count = 0;
        for (const x of everyDay(shift(d, 1), e)) if (naiveIsWorkday(x)) count++;
        expect(workdaysBetween(d, e)).toBe(count);
        expect(workdaysBetween(e, d)).toBe(
          d === e ? 0 : -(count + (naiveIsWorkday(d) ? 1 : 0) - (naiveIsWorkday(e) ? 1 : 0)),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('out of range', () => {
  it('isWorkday(2027-03-01) throws CalendarRangeError naming the covered range', () => {
    expect(() => isWorkday('2027-03-01')).toThrow(CalendarRangeError);
    expect(() => isWorkday('2027-03-01')).toThrow(/2007-01-01 … 2026-12-31/);
    expect(() => isWorkday('2006-12-31')).toThrow(CalendarRangeError);
  });
  it('a result past the data throws instead of guessing', () => {
    expect(() => addWorkdays('2026-12-30', 5)).toThrow(CalendarRangeError);
    expect(() => addWorkdays('2007-01-04', -5)).toThrow(CalendarRangeError);
  });
  it('malformed dates are TypeErrors', () => {
    expect(() => isWorkday('2026-02-30')).toThrow(TypeError);
    expect(() => isWorkday('2026-2-3')).toThrow(TypeError);
    expect(() => addWorkdays('2026-01-05', 1.5)).toThrow(TypeError);
  });
});

describe('createCalendar', () => {
  const y2027 = {
    year: 2027,
    papers: ['https://example.invalid/2027'],
    days: [
      { date: '2027-01-01', name: '元旦', isOffDay: true },
      { date: '2027-02-06', name: '春节', isOffDay: false },
    ],
  };

  it('accepts an extra year and extends the range', () => {
    const cal = createCalendar({ years: [y2027] });
    expect(cal.range()).toEqual({ from: FROM, to: '2027-12-31' });
    expect(cal.isWorkday('2027-01-01')).toBe(false);
    expect(cal.isWorkday('2027-02-06')).toBe(true);
    expect(cal.dayInfo('2027-02-06')).toMatchObject({ kind: 'makeup_workday', source: 'official' });
    expect(cal.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
    expect(() => cal.isWorkday('2028-01-03')).toThrow(CalendarRangeError);
  });

  it('refuses a year that leaves a gap', () => {
    expect(() => createCalendar({ years: [{ year: 2029, days: [] }] }).isWorkday('2026-01-05')).toThrow(/gap/);
  });

  it('applies single-day overrides', () => {
    const cal = createCalendar({ overrides: { '2026-11-23': { workday: false, name: '地方安排' } } });
    expect(cal.isWorkday('2026-11-23')).toBe(false);
    expect(cal.dayInfo('2026-11-23').holiday?.zh).toBe('地方安排');
    expect(cal.addWorkdays('2026-11-20', 1)).toBe('2026-11-24');
    expect(isWorkday('2026-11-23')).toBe(true);
  });

  it('the weekend fallback is opt-in, constant-time and marked', () => {
    const cal = createCalendar({ fallback: 'weekends' });
    expect(cal.isWorkday('2027-03-01')).toBe(true);
    expect(cal.isWorkday('2027-03-06')).toBe(false);
    expect(cal.dayInfo('2027-03-01').source).toBe('fallback');
    expect(cal.covers('2027-03-01')).toBe(false);
    expect(cal.addWorkdays('2026-12-31', 1)).toBe('2027-01-01');
    expect(cal.addWorkdays('2027-01-01', -1)).toBe('2026-12-31');
    expect(cal.addWorkdays('2006-12-29', 1)).toBe('2007-01-04');
    expect(cal.addWorkdays('2100-01-01', 5)).toBe('2100-01-08');
    expect(cal.workdaysBetween('2026-12-31', '2027-01-08')).toBe(6);
  });

  it('property: the fallback agrees with a day-by-day weekday walk far outside the data', () => {
    const cal = createCalendar({ fallback: 'weekends' });
    const walk = (d: string, n: number) => {
      let x = d;
      let left = Math.abs(n);
      while (left > 0) {
        x = shift(x, Math.sign(n));
        const w = new Date(`${x}T00:00:00Z`).getUTCDay();
        if (w !== 0 && w !== 6) left--;
      }
      return x;
    };
    const outside = fc
      .date({ min: new Date('2030-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(outside, fc.integer({ min: -300, max: 300 }), (d, n) => {
        expect(cal.addWorkdays(d, n)).toBe(walk(d, n));
      }),
    );
  });
});
