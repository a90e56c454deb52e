import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  anniversary,
  createCalendar,
  elapsed,
  isWorkday,
  maxInRollingWindow,
  publicityPeriod,
  quartersBetween,
  termPeriod,
  withinDays,
  withinWorkdays,
} from '../../src/calendar/index.js';

describe('kind A: within N working days', () => {
  it('7 working days after 2026-09-30 skip the National Day block and count the make-up Saturday', () => {
    const r = withinWorkdays('2026-09-30', 7);
    expect(r.last).toBe('2026-10-15');
    expect(r.firstCounted).toBe('2026-10-01');
    expect(r.skipped[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-07', days: 7 });
    expect(r.explanation.en).toContain('2026-10-01…2026-10-07');
    expect(r.basis.join(' ')).toMatch(/art\. 201/);
    expect(r.basis.join(' ')).toMatch(/Licensing Law art\. 82/);
  });
  it('across the 2026 Spring Festival', () => {
    // 2026 春节: 02-15…02-23 rest; 02-14 (Sat) and 02-28 (Sat) worked.
    expect(isWorkday('2026-02-14')).toBe(true);
    const r = withinWorkdays('2026-02-13', 2);
    expect(r.last).toBe('2026-02-24');
    expect(r.skipped.some((s) => s.holiday?.zh === '春节')).toBe(true);
  });
  it('equals addWorkdays for every n (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 4000 }), (n, offset) => {
        const d = addWorkdays('2008-01-02', offset);
        expect(withinWorkdays(d, n).last).toBe(addWorkdays(d, n));
      }),
      { numRuns: 100 },
    );
  });
});

describe('kind B: within N calendar days (Art. 203)', () => {
  it('a last day on a working day stays', () => {
    const r = withinDays('2026-11-02', 30);
    expect(r.last).toBe('2026-12-02');
    expect(r.movedFrom).toBeUndefined();
  });
  it('a last day inside the National Day holiday moves to the next working day', () => {
    const r = withinDays('2026-09-01', 30);
    expect(r.last).toBe('2026-10-08');
    expect(r.movedFrom).toBe('2026-10-01');
    expect(r.basis.join(' ')).toMatch(/art\. 203/);
  });
  it('a last day on a plain Sunday moves to Monday', () => {
    expect(withinDays('2026-10-16', 30).last).toBe('2026-11-16');
  });
  it('a make-up Saturday is a working day, so the period does not move', () => {
    expect(withinDays('2026-09-10', 30).last).toBe('2026-10-10');
  });
});

describe('kind C: publicity of N working days', () => {
  it('counts a working first day (default)', () => {
    expect(publicityPeriod('2026-06-01', 5)).toMatchObject({ firstCounted: '2026-06-01', last: '2026-06-05' });
  });
  it('a first day on a rest day starts counting at the next working day', () => {
    // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
    expect(publicityPeriod('2026-10-01', 5)).toMatchObject({ firstCounted: '2026-10-08', last: '2026-10-13' });
  });
  it('the art. 201 reading excludes the first day', () => {
    expect(publicityPeriod('2026-06-01', 5, { countFirstDay: false })).toMatchObject({
      firstCounted: '2026-06-02',
      last: '2026-06-08',
    });
  });
  it('is marked an interpretation', () => expect(publicityPeriod('2026-06-01', 5).provenance).toBe('interpretation'));
  it('refuses zero days', () => expect(() => publicityPeriod('2026-06-01', 0)).toThrow(TypeError));
});

describe('kind D: terms in years', () => {
  it.each([
    ['2026-02-01', 5, '2031-01-31'],
    ['2026-03-01', 3, '2029-02-28'],
    ['2028-02-29', 3, '2031-02-28'],
    // Consecutive terms leave no day out: the day before 2032-03-01 is 29 February.
    ['2029-03-01', 3, '2032-02-29'],
    ['2027-03-01', 1, '2028-02-29'],
    ['2028-03-01', 3, '2031-02-28'],
    ['2028-02-29', 4, '2032-02-28'],
    ['2026-01-01', 3, '2028-12-31'],
  ])('%s + %i years ends %s', (start, years, last) => {
    expect(termPeriod(start, years).last).toBe(last);
  });
  it('the Civil Code reading ends on the anniversary', () => {
    expect(termPeriod('2026-02-01', 5, { reading: 'anniversary' }).last).toBe('2031-02-01');
  });
  it('a stated end date wins', () => {
    expect(termPeriod('2026-02-01', 3, { statedEnd: '2029-03-31' }).last).toBe('2029-03-31');
  });
});

describe('kind E: elapsed years', () => {
  it('5 years are reached on the 5th anniversary, not a day before', () => {
    expect(anniversary('2021-06-10', 5)).toBe('2026-06-10');
    expect(elapsed('2021-06-10', '2026-06-09')).toEqual({ years: 4, days: 364 });
    expect(elapsed('2021-06-10', '2026-06-10')).toEqual({ years: 5, days: 0 });
  });
  it('a 29 February start reaches its anniversary on 28 February of a common year', () => {
    expect(anniversary('2024-02-29', 1)).toBe('2025-02-28');
    expect(elapsed('2024-02-29', '2025-02-27')?.years).toBe(0);
    expect(elapsed('2024-02-29', '2025-02-28')?.years).toBe(1);
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('a future start has no elapsed time', () => expect(elapsed('2027-01-01', '2026-01-01')).toBeNull());
  it('property: elapsed(start, anniversary(start, n)).years === n', () => {
    const date = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2026-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const s = d.toISOString().slice(0, 10);
        const a = anniversary(s, n);
        expect(elapsed(s, a)?.years).toBe(n);
        if (n > 0)
          expect(
            elapsed(s, new Date(Date.parse(`${a}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10))?.years,
          ).toBe(n - 1);
      }),
    );
  });
});

describe('kind F: windows', () => {
  it('lists the quarters of an evaluation year, marking partial ones', () => {
    const qs = quartersBetween('2026-03-15', '2027-03-14');
    expect(qs.map((q) => q.quarter)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2027Q1']);
    expect(qs.map((q) => q.partial)).toEqual([true, false, false, false, true]);
    expect(qs[1]).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
  });
  it('finds the busiest rolling year', () => {
    expect(maxInRollingWindow(['2026-01-10', '2026-12-20', '2027-01-09', '2027-01-10'])).toMatchObject({
      count: 3,
      from: '2026-01-10',
      to: '2027-01-09',
    });
    expect(maxInRollingWindow([]).count).toBe(0);
  });
});

describe('fallback results are marked provisional', () => {
  it('a period running past the data with the weekend fallback', () => {
    const cal = createCalendar({ fallback: 'weekends' });
    expect(withinWorkdays('2026-12-28', 10, { calendar: cal }).provisional).toBe(true);
    expect(withinWorkdays('2026-11-02', 10, { calendar: cal }).provisional).toBe(false);
  });
});
