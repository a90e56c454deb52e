import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  anniversaryOfValid,
  elapsedValid,
  FIRST_DAY,
  formatIsoDate,
  LAST_DAY,
  parseIsoDate,
  todayInChina,
  weekday,
} from '../../src/calendar/date.js';
import { MAX_YEARS } from '../../src/calendar/periods.js';

describe('plain dates', () => {
  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-2-3',
      '20260203',
      ' 2026-02-03',
      20260203,
      null,
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });
  it('property: day numbers round-trip and agree with UTC milliseconds', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const n = parseIsoDate(iso) as number;
          expect(formatIsoDate(n)).toBe(iso);
          expect(n).toBe(Math.floor(d.getTime() / 86_400_000));
          expect(weekday(n)).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
        },
      ),
    );
  });
  it('Pacific/Apia’s missing 2011-12-30 is an ordinary day here', () => {
    expect(formatIsoDate((parseIsoDate('2011-12-29') as number) + 1)).toBe('2011-12-30');
  });
  it('month-end rule of Civil Code art. 202', () => {
    expect(formatIsoDate(addYears(parseIsoDate('2024-02-29') as number, 1))).toBe('2025-02-28');
  });
  it('today in China is UTC+8 whatever the machine zone', () => {
    expect(todayInChina(Date.parse('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(todayInChina(Date.parse('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});

// The years and days a check counts for every dated person, read from the digits: the same
// answers as the anniversary strings they replace (src/core/rules.ts, calendar elapsed).
const day = fc.integer({ min: parseIsoDate('0001-01-01') as number, max: parseIsoDate('9999-12-31') as number });
const near = fc.integer({ min: parseIsoDate('1990-01-01') as number, max: parseIsoDate('2040-12-31') as number });
// 29 February and the days around it, where the anniversary moves.
const leapish = fc.constantFrom(
  '2024-02-29',
  '2020-02-29',
  '2000-02-29',
  '2024-02-28',
  '2024-03-01',
  '2025-02-28',
  '2025-03-01',
);
const isoDate = fc.oneof(day.map(formatIsoDate), near.map(formatIsoDate), leapish);

describe('elapsedValid: whole years and days (kind E)', () => {
  it('property: the years are the last anniversary on or before the as-of date, the days run from it', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [start, asOf] = a <= b ? [a, b] : [b, a];
        const { years, days } = elapsedValid(start, asOf);
        const reached = anniversaryOfValid(start, years) as string;
        expect(reached <= asOf).toBe(true);
        // The next anniversary is later, or past 9999-12-31 (null): never reached.
        const next = anniversaryOfValid(start, years + 1);
        expect(next === null || next > asOf).toBe(true);
        expect(days).toBe((parseIsoDate(asOf) as number) - (parseIsoDate(reached) as number));
      }),
    );
  });
  it('a 29 February start reaches its year on 28 February of a common year, not the day before', () => {
    expect(elapsedValid('2024-02-29', '2025-02-27')).toEqual({ years: 0, days: 364 });
    expect(elapsedValid('2024-02-29', '2025-02-28')).toEqual({ years: 1, days: 0 });
    expect(elapsedValid('2024-02-29', '2028-02-28')).toEqual({ years: 3, days: 365 });
    expect(elapsedValid('2024-02-29', '2028-02-29')).toEqual({ years: 4, days: 0 });
    expect(elapsedValid('2018-04-01', '2026-11-22')).toEqual({ years: 8, days: 235 });
    expect(elapsedValid('2026-11-22', '2026-11-22')).toEqual({ years: 0, days: 0 });
  });
});

describe('anniversaryOfValid: the one answer past the calendar (kind E)', () => {
  it('property: the anniversary addYears gives on day numbers, or null exactly when that day is past 9999-12-31', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: MAX_YEARS }), (start, years) => {
        const n = addYears(parseIsoDate(start) as number, years);
        expect(anniversaryOfValid(start, years)).toBe(n > LAST_DAY ? null : formatIsoDate(n));
      }),
    );
  });
  it('property: backwards, null exactly when the day is before 0001-01-01', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: MAX_YEARS }), (start, years) => {
        const n = addYears(parseIsoDate(start) as number, -years);
        expect(anniversaryOfValid(start, -years)).toBe(n < FIRST_DAY ? null : formatIsoDate(n));
      }),
    );
  });
  it('the last anniversary a date can name, and the first it cannot', () => {
    expect(anniversaryOfValid('9994-12-31', 5)).toBe('9999-12-31');
    expect(anniversaryOfValid('9995-01-01', 5)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', 9999 - 2018)).toBe('9999-04-01');
    expect(anniversaryOfValid('2018-04-01', 9999 - 2018 + 1)).toBeNull();
    expect(anniversaryOfValid('9999-01-01', 1)).toBeNull();
    expect(anniversaryOfValid('0003-01-01', -2)).toBe('0001-01-01');
    expect(anniversaryOfValid('0003-01-01', -3)).toBeNull();
  });
  it('a year a date string cannot name is no anniversary: no 5-digit, negative or fractional year', () => {
    // '10004-01-01' sorts before '2026-…': written out, it would count as reached.
    expect(anniversaryOfValid('9999-01-01', 5)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', 10_000)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', 2.5)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', Number.NaN)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', Number.POSITIVE_INFINITY)).toBeNull();
    expect(anniversaryOfValid('2018-04-01', -3000)).toBeNull();
  });
});
