import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  anniversaryOfValid,
  elapsedValid,
  formatIsoDate,
  parseIsoDate,
  todayInChina,
  weekday,
} from '../../src/calendar/date.js';

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
        expect(anniversaryOfValid(start, years) <= asOf).toBe(true);
        // The next anniversary is later (a year past 9999 is not written as a date to compare).
        if (Number(start.slice(0, 4)) + years < 9999) expect(anniversaryOfValid(start, years + 1) > asOf).toBe(true);
        expect(days).toBe((parseIsoDate(asOf) as number) - (parseIsoDate(anniversaryOfValid(start, years)) as number));
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
