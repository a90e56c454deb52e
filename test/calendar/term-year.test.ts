// termYear / termYearOn: the years of a term renewed year after year (kind D), as Tianjin's
// evaluation counts them from recognition (四（二）"运行满1年").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/date.js';
import { InvalidArgumentError, termPeriod, termYear, termYearOn } from '../../src/calendar/index.js';

describe('termYear', () => {
  it('starts on the start and on each anniversary, ending the day before the next', () => {
    expect(termYear('2025-06-20', 0)).toEqual({ index: 0, from: '2025-06-20', to: '2026-06-19' });
    expect(termYear('2025-06-20', 1)).toEqual({ index: 1, from: '2026-06-20', to: '2027-06-19' });
  });
  it('29 February: a common year ends on 28 February, the next begins on 1 March (as termPeriod)', () => {
    expect(termYear('2024-02-29', 0)).toEqual({ index: 0, from: '2024-02-29', to: '2025-02-28' });
    expect(termYear('2024-02-29', 1)).toEqual({ index: 1, from: '2025-03-01', to: '2026-02-28' });
    expect(termYear('2024-02-29', 3)).toEqual({ index: 3, from: '2027-03-01', to: '2028-02-28' });
    expect(termYear('2024-02-29', 4)).toEqual({ index: 4, from: '2028-02-29', to: '2029-02-28' });
    // A start on 1 March of a year before a leap year: its year takes in 29 February.
    expect(termYear('2027-03-01', 0)).toEqual({ index: 0, from: '2027-03-01', to: '2028-02-29' });
  });
  it('refuses what it cannot count, naming the argument', () => {
    expect(() => termYear('2025-02-30', 0)).toThrow(InvalidArgumentError);
    expect(() => termYear('2025-02-01', -1)).toThrow(/index/);
    expect(() => termYear('2025-02-01', 1.5)).toThrow(/index/);
  });
});

describe('termYearOn', () => {
  it('the year holding the date, on both sides of an anniversary', () => {
    expect(termYearOn('2025-06-20', '2025-06-20').index).toBe(0);
    expect(termYearOn('2025-06-20', '2026-06-19').index).toBe(0);
    expect(termYearOn('2025-06-20', '2026-06-20').index).toBe(1);
    expect(termYearOn('2024-02-29', '2025-02-28').index).toBe(0);
    expect(termYearOn('2024-02-29', '2025-03-01').index).toBe(1);
    expect(termYearOn('2024-02-29', '2028-02-28').index).toBe(3);
    expect(termYearOn('2024-02-29', '2028-02-29').index).toBe(4);
  });
  it('refuses a date before the start', () => {
    expect(() => termYearOn('2025-06-20', '2025-06-19')).toThrow(/on or after start/);
  });
  it('property: the years follow one another without a gap or an overlap, each a termPeriod of one year', () => {
    const day = fc.integer({ min: parseIsoDate('1990-01-01') as number, max: parseIsoDate('2090-12-31') as number });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (s, k) => {
        const start = formatIsoDate(s);
        const y = termYear(start, k);
        const next = termYear(start, k + 1);
        expect(parseIsoDate(next.from)).toBe((parseIsoDate(y.to) as number) + 1);
        expect(y.to).toBe(termPeriod(start, k + 1).last);
        expect(termYearOn(start, y.from)).toEqual(y);
        expect(termYearOn(start, y.to)).toEqual(y);
      }),
    );
  });
});
