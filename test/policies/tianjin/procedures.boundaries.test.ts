// Deadlines of 五 at their edges: done on the last day and the day after, never done
// before and after the last day (pending / overdue), and spot checks in the first and
// last year of a range.
import { describe, expect, it } from 'vitest';
import { changeFiling, rectification, yearsWithoutSpotCheck } from '../../../src/policies/tianjin/index.js';

describe('change filing, 10 working days (五（三）)', () => {
  // 2026-02-10 + 10 working days = 2026-03-02 (see procedures.test.ts).
  it('filed on the last day is on time; the next working day is one late', () => {
    expect(changeFiling('2026-02-10', '2026-03-02', { asOf: '2026-03-10' })).toMatchObject({
      status: 'on_time',
      done: '2026-03-02',
    });
    const late = changeFiling('2026-02-10', '2026-03-03', { asOf: '2026-03-10' });
    expect(late).toMatchObject({ status: 'late', lateByWorkdays: 1, due: '2026-03-02' });
  });
  it('not filed: pending up to the last day, overdue from the day after, counting the working days late', () => {
    expect(changeFiling('2026-02-10', undefined, { asOf: '2026-03-02' })).toMatchObject({
      status: 'pending',
      done: null,
    });
    expect(changeFiling('2026-02-10', undefined, { asOf: '2026-03-02' }).lateByWorkdays).toBeUndefined();
    expect(changeFiling('2026-02-10', undefined, { asOf: '2026-03-03' })).toMatchObject({
      status: 'overdue',
      lateByWorkdays: 1,
    });
    expect(changeFiling('2026-02-10', undefined, { asOf: '2026-03-09' })).toMatchObject({
      status: 'overdue',
      lateByWorkdays: 5,
    });
  });
  it('a filing before the change is refused; on the day of the change it is on time', () => {
    expect(() => changeFiling('2026-02-10', '2026-02-09')).toThrow(/filedOn/);
    expect(changeFiling('2026-02-10', '2026-02-10', { asOf: '2026-02-10' }).status).toBe('on_time');
  });
});

describe('rectification, 30 days (五（二）)', () => {
  it('not rectified: pending on the (moved) last day, overdue the day after', () => {
    expect(rectification('2026-09-01', {}, { asOf: '2026-10-08' })).toMatchObject({
      status: 'pending',
      due: '2026-10-08',
    });
    expect(rectification('2026-09-01', {}, { asOf: '2026-10-09' })).toMatchObject({
      status: 'overdue',
      lateByWorkdays: 1,
    });
    expect(rectification('2026-09-01', { rectifiedOn: '2026-10-09' }, { asOf: '2026-11-22' })).toMatchObject({
      status: 'late',
      lateByWorkdays: 1,
    });
  });
  it('an outcome not yet known carries no consequence; a bad outcome is refused', () => {
    expect(rectification('2026-09-01', {}, { asOf: '2026-11-22' }).consequence).toBeUndefined();
    expect(() => rectification('2026-09-01', { passed: 'no' as never })).toThrow(/outcome\.passed/);
    expect(() => rectification('2026-09-01', null as never)).toThrow(/outcome/);
    expect(() => rectification('2026-09-01', { rectifiedOn: '2026-08-31' })).toThrow(/rectifiedOn/);
  });
});

describe('years without the yearly spot check (五（一）)', () => {
  // Judged after the range's last year has ended: an unfinished year is pending, not missed.
  const AFTER = { asOf: '2027-01-01' };
  it('the first and the last year of the range count, checks outside it do not', () => {
    expect(yearsWithoutSpotCheck(['2025-06-01'], '2024-03-01', '2026-03-01', AFTER)).toEqual([2024, 2026]);
    expect(
      yearsWithoutSpotCheck(['2024-03-01', '2025-06-01', '2026-03-01'], '2024-03-01', '2026-03-01', AFTER),
    ).toEqual([]);
    expect(
      yearsWithoutSpotCheck(['2024-02-29', '2025-06-01', '2026-03-02'], '2024-03-01', '2026-03-01', AFTER),
    ).toEqual([2024, 2026]);
  });
  it('a range inside one year: one check suffices, none does not', () => {
    expect(yearsWithoutSpotCheck(['2026-05-01', '2026-05-01'], '2026-01-01', '2026-12-31', AFTER)).toEqual([]);
    expect(yearsWithoutSpotCheck([], '2026-01-01', '2026-01-01', AFTER)).toEqual([2026]);
    expect(yearsWithoutSpotCheck([], '2026-01-01', '2026-01-01', { asOf: '2026-12-31' })).toEqual([]);
    expect(() => yearsWithoutSpotCheck([], '2026-01-02', '2026-01-01', AFTER)).toThrow(/to/);
  });
});
