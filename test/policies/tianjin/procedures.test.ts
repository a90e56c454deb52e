import { describe, expect, it } from 'vitest';
import {
  changeFiling,
  evaluationTimeline,
  recognitionTimeline,
  rectification,
  spotCheckYears,
  yearsWithoutSpotCheck,
} from '../../../src/policies/tianjin/index.js';

const step = <S extends { id: string }>(steps: S[], id: string) => steps.find((s) => s.id === id);

describe('recognition across the 2026 National Day holiday, 三（一）', () => {
  // Applied Monday 2026-09-28: 7 working days are 09-29, 09-30, 10-08, 10-09,
  // 10-10 (a make-up Saturday), 10-12, 10-13.
  const dates = {
    application: '2026-09-28',
    initialReview: '2026-10-14',
    cityReview: '2026-10-23',
    publicity: '2026-10-26',
    approval: '2026-11-02',
  };
  const { steps, problems } = recognitionTimeline(dates, { asOf: '2026-11-22' });

  it('dates every step and names which is late by how many working days', () => {
    expect(problems).toEqual([]);
    expect(step(steps, 'initialReview')).toMatchObject({ due: '2026-10-13', status: 'late', lateByWorkdays: 1 });
    expect(step(steps, 'initialReview')?.period?.skipped[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-07' });
  });
  it('counts the city review from the actual end of the district review', () => {
    expect(step(steps, 'cityReview')).toMatchObject({ from: '2026-10-14', due: '2026-10-23', status: 'on_time' });
  });
  it('runs the publicity for 5 working days from its first day', () => {
    expect(step(steps, 'publicity')).toMatchObject({ from: '2026-10-26', due: '2026-10-30', status: 'done' });
    expect(step(steps, 'approval')).toMatchObject({ status: 'done' });
    expect(step(steps, 'plaque')).toMatchObject({ status: 'pending', due: null });
  });
  it('an approval on the last day of publicity is premature', () => {
    const r = recognitionTimeline({ ...dates, approval: '2026-10-30' }, { asOf: '2026-11-22' });
    expect(step(r.steps, 'approval')?.status).toBe('premature');
  });
  it('a step not yet done is overdue past its due date, and later steps are projections', () => {
    const r = recognitionTimeline({ application: '2026-09-28' }, { asOf: '2026-10-20' });
    expect(step(r.steps, 'initialReview')).toMatchObject({ status: 'overdue', lateByWorkdays: 5 });
    expect(step(r.steps, 'cityReview')).toMatchObject({ status: 'projected', from: '2026-10-13', due: '2026-10-22' });
  });
  it('bad dates are problems with paths, not exceptions', () => {
    const r = recognitionTimeline({ application: '2026-09-28', cityReview: '2026-10-32', extra: 1 });
    expect(r.problems.map((p) => [p.path.join('.'), p.severity])).toEqual([
      ['cityReview', 'error'],
      ['extra', 'warning'],
    ]);
    expect(recognitionTimeline(null).problems.map((p) => p.path.join('.'))).toContain('application');
  });
});

describe('evaluation publicity, 四（二）4', () => {
  it('5 working days from the first day of publication', () => {
    const { steps } = evaluationTimeline({ launch: '2026-09-01', publicity: '2026-09-28' }, { asOf: '2026-11-22' });
    // 09-28, 09-29, 09-30, 10-08, 10-09
    expect(step(steps, 'publicity')).toMatchObject({ from: '2026-09-28', due: '2026-10-09' });
  });
});

describe('supervision, 五', () => {
  it('a change filed across the 2026 Spring Festival: 10 working days, make-up Saturdays included', () => {
    // 02-11, 12, 13, 14 (Sat, worked), 24, 25, 26, 27, 28 (Sat, worked), 03-02
    expect(changeFiling('2026-02-10', '2026-03-02', { asOf: '2026-03-10' })).toMatchObject({
      due: '2026-03-02',
      status: 'on_time',
    });
    expect(changeFiling('2026-02-10', '2026-03-04', { asOf: '2026-03-10' })).toMatchObject({
      status: 'late',
      lateByWorkdays: 2,
    });
    expect(changeFiling('2026-02-10', undefined, { asOf: '2026-02-27' }).status).toBe('pending');
  });
  it('rectification: 30 days, a last day in the holiday moving to the next working day (art. 203)', () => {
    const r = rectification('2026-09-01', { rectifiedOn: '2026-10-08' }, { asOf: '2026-11-22' });
    expect(r).toMatchObject({ due: '2026-10-08', status: 'on_time' });
    expect(r.period.movedFrom).toBe('2026-10-01');
  });
  it('a failed rectification withdraws recognition', () => {
    const r = rectification('2026-03-02', { rectifiedOn: '2026-03-20', passed: false }, { asOf: '2026-11-22' });
    expect(r.consequence?.zh).toContain('取消工作室资格');
    expect(rectification('2026-03-02', { rectifiedOn: '2026-03-20', passed: true }).consequence).toBeUndefined();
  });
  it('finds the years without the yearly spot check', () => {
    expect(yearsWithoutSpotCheck(['2024-05-01', '2026-03-03'], '2024-01-01', '2026-12-31')).toEqual([2025]);
  });
});

describe('time runs forward', () => {
  it('a review recorded before the application is premature, not on time; the same day is allowed', () => {
    const before = recognitionTimeline(
      { application: '2026-09-28', initialReview: '2026-09-25' },
      { asOf: '2026-10-20' },
    );
    expect(step(before.steps, 'initialReview')?.status).toBe('premature');
    const same = recognitionTimeline(
      { application: '2026-09-28', initialReview: '2026-09-28' },
      { asOf: '2026-10-20' },
    );
    expect(step(same.steps, 'initialReview')?.status).toBe('on_time');
  });
});

describe('五（一）: a year that has not ended has not been missed', () => {
  it('the current year without a check is pending until 31 December is over', () => {
    const checks = ['2025-05-01'];
    expect(yearsWithoutSpotCheck(checks, '2025-01-01', '2026-12-31', { asOf: '2026-12-31' })).toEqual([]);
    expect(yearsWithoutSpotCheck(checks, '2025-01-01', '2026-12-31', { asOf: '2027-01-01' })).toEqual([2026]);
    const years = spotCheckYears(checks, '2025-01-01', '2026-12-31', { asOf: '2026-11-29' });
    expect(years).toEqual([
      { year: 2025, checks: 1, status: 'met', clauses: ['五（一）'] },
      { year: 2026, checks: 0, status: 'pending', clauses: ['五（一）'] },
    ]);
  });
});
