// 二（一）2 "场地使用权不少于3年": the right remaining at the as-of date (default) or the
// lease term from start to end (issue 11.10); the result names the reading used.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const AS_OF = '2026-11-22';
const run = (venue: object, readings?: Record<string, unknown>) =>
  check('tianjin', 'studio', { ...app, venue: { ...app.venue, useRightYears: undefined, ...venue } }, {
    asOf: AS_OF,
    ...(readings ? { readings } : {}),
  } as never);
const useRight = (r: ReturnType<typeof run>) => r.results.find((x) => x.ruleId === 'tianjin.venue.use_right');
const TERM = { 'venue.useRightReading': 'term' };

describe('remaining at the as-of date (default)', () => {
  it('to 2029-11-21 passes, to 2029-11-20 fails; the reading is named', () => {
    const pass = useRight(run({ useRightFrom: '2020-01-01', useRightUntil: '2029-11-21' }));
    expect(pass).toMatchObject({ status: 'pass', actual: { reading: 'remaining' } });
    expect(pass?.message.en).toContain('remaining');
    expect(useRight(run({ useRightUntil: '2029-11-20' }))?.status).toBe('fail');
  });
});

describe("the lease term (reading 'term')", () => {
  it('a lease of 3 years, first day counted: 2026-03-01 to 2029-02-28 passes, to 2029-02-27 fails', () => {
    const pass = useRight(run({ useRightFrom: '2026-03-01', useRightUntil: '2029-02-28' }, TERM));
    expect(pass).toMatchObject({ status: 'pass', actual: { reading: 'term' }, expected: { until: '2029-02-28' } });
    expect(pass?.message.zh).toContain('按租赁期限');
    expect(useRight(run({ useRightFrom: '2026-03-01', useRightUntil: '2029-02-27' }, TERM))?.status).toBe('fail');
  });
  it('the two readings part: a 3-year lease half run passes as a term, fails as remaining', () => {
    const venue = { useRightFrom: '2025-06-01', useRightUntil: '2028-05-31' };
    expect(useRight(run(venue, TERM))?.status).toBe('pass');
    expect(useRight(run(venue))?.status).toBe('fail');
  });
  it('a 29 February start: 2028-02-29 → 2031-02-28 (kind D)', () => {
    const start = { useRightFrom: '2028-02-29' };
    const r = check('tianjin', 'studio', { ...app, venue: { ...app.venue, ...start, useRightUntil: '2031-02-28' } }, {
      asOf: '2028-03-01',
      readings: TERM,
    } as never);
    expect(useRight(r)?.status).toBe('pass');
  });
  it('a lease that ended before the as-of date fails, its start unknown or not', () => {
    expect(useRight(run({ useRightFrom: '2020-01-01', useRightUntil: '2026-11-21' }, TERM))?.status).toBe('fail');
    expect(useRight(run({ useRightUntil: '2026-11-21' }, TERM))?.status).toBe('fail');
    expect(useRight(run({ useRightFrom: '2020-01-01', useRightUntil: '2026-11-22' }, TERM))?.status).toBe('pass');
  });
  it('without the start: unknown, asking for venue.useRightFrom', () => {
    expect(useRight(run({ useRightUntil: '2040-01-01' }, TERM))).toMatchObject({
      status: 'unknown',
      missing: ['venue.useRightFrom'],
    });
  });
  it('a reading that is not one of the choices is an option problem', () => {
    const r = run({ useRightUntil: '2040-01-01' }, { 'venue.useRightReading': 'lease' });
    expect(r.verdict).toBe('invalid');
    expect(r.problems[0]?.path).toEqual(['options', 'readings', 'venue.useRightReading']);
  });
});

describe('the lease term with a date missing (mutation gaps)', () => {
  it('without the end: unknown, asking for exactly venue.useRightUntil, naming the reading', () => {
    expect(useRight(run({ useRightFrom: '2026-03-01', useRightUntil: undefined }, TERM))).toMatchObject({
      status: 'unknown',
      missing: ['venue.useRightUntil'],
      actual: { reading: 'term' },
    });
    expect(useRight(run({ useRightFrom: undefined, useRightUntil: undefined }, TERM))?.missing).toEqual([
      'venue.useRightFrom',
      'venue.useRightUntil',
    ]);
  });
  it('without the start, ending on the as-of date: not ended, so unknown; the day before fails, saying so', () => {
    expect(useRight(run({ useRightUntil: AS_OF }, TERM))).toMatchObject({
      status: 'unknown',
      missing: ['venue.useRightFrom'],
    });
    const ended = useRight(run({ useRightUntil: '2026-11-21' }, TERM));
    expect(ended).toMatchObject({
      status: 'fail',
      expected: { until: AS_OF },
      actual: { from: '…', until: '2026-11-21' },
    });
    expect(ended?.message.zh).toContain('…至2026-11-21');
  });
  it('remaining, declared in years: the reading is named beside the declaration', () => {
    expect(useRight(run({ useRightUntil: undefined, useRightYears: 3 }))).toMatchObject({
      actual: { reading: 'remaining' },
    });
  });
});

describe('the calendar counts the right (issue 25.6: termPeriod, 29 February)', () => {
  it('remaining from 2025-03-01: 3 years run to 2028-02-29 — to 2028-02-28 fails, to 2028-02-29 passes', () => {
    const at = (until: string) =>
      check(
        'tianjin',
        'studio',
        { ...app, venue: { ...app.venue, useRightUntil: until } },
        { asOf: '2025-03-01' },
      ).results.find((x) => x.ruleId === 'tianjin.venue.use_right');
    expect(at('2028-02-28')?.status).toBe('fail');
    expect(at('2028-02-29')).toMatchObject({ status: 'pass', expected: { until: '2028-02-29' } });
  });
  it('a right whose years would end after 9999-12-31 is never long enough: fail, not unknown or a throw', () => {
    // 3 years from 9997-01-01 end on 9999-12-31; from 9997-01-02, on no date a lease can name.
    const at = (asOf: string, venue: object, readings?: Record<string, unknown>) =>
      check('tianjin', 'studio', { ...app, venue: { ...app.venue, useRightYears: undefined, ...venue } }, {
        asOf,
        ...(readings ? { readings } : {}),
      } as never).results.find((x) => x.ruleId === 'tianjin.venue.use_right');
    expect(at('9997-01-01', { useRightUntil: '9999-12-31' })).toMatchObject({
      status: 'pass',
      expected: { until: '9999-12-31' },
    });
    const beyond = at('9997-01-02', { useRightUntil: '9999-12-31' });
    expect(beyond).toMatchObject({ status: 'fail', expected: { until: null } });
    expect(beyond?.message.zh).toContain('满3年须至9999-12-31以后');
    expect(beyond?.message.en).toContain('3 years need a day after 9999-12-31');
    const lease = { useRightFrom: '9997-01-02', useRightUntil: '9999-12-31' };
    expect(at('9998-01-01', lease, TERM)).toMatchObject({ status: 'fail', expected: { until: null } });
    expect(at('9998-01-01', { ...lease, useRightFrom: '9997-01-01' }, TERM)?.status).toBe('pass');
  });
  it('a changed number of years that is not whole, or more than the calendar counts, is refused; 0 asks only that the right has not ended', () => {
    for (const years of [2.5, 1001, 100_000]) {
      const r = check('tianjin', 'studio', app, { asOf: AS_OF, parameters: { 'venue.useRightYears': years } });
      expect(r.verdict).toBe('invalid');
      expect(r.problems).toMatchObject([
        { path: ['options', 'parameters', 'venue.useRightYears'], code: 'parameter_type' },
      ]);
    }
    const most = check('tianjin', 'studio', app, { asOf: AS_OF, parameters: { 'venue.useRightYears': 1000 } });
    expect(most.results.find((x) => x.ruleId === 'tianjin.venue.use_right')).toMatchObject({
      status: 'fail',
      expected: { until: '3026-11-21' },
    });
    const zero = check('tianjin', 'studio', app, { asOf: AS_OF, parameters: { 'venue.useRightYears': 0 } });
    expect(zero.results.find((x) => x.ruleId === 'tianjin.venue.use_right')?.status).toBe('pass');
  });
});

describe('the last day is kept for the next check only while its as-of date and years are the same', () => {
  const at = (asOf: string, years?: number, venue: object = {}, readings?: Record<string, unknown>) =>
    check(
      'tianjin',
      'studio',
      { ...app, venue: { ...app.venue, useRightUntil: '2030-12-31', ...venue } },
      {
        asOf,
        ...(years === undefined ? {} : { parameters: { 'venue.useRightYears': years } }),
        ...(readings ? { readings } : {}),
      },
    ).results.find((x) => x.ruleId === 'tianjin.venue.use_right');
  it('a changed number of years, then the text’s again, each counts its own last day', () => {
    expect(at(AS_OF)).toMatchObject({ status: 'pass', expected: { until: '2029-11-21' } });
    expect(at(AS_OF, 5)).toMatchObject({ status: 'fail', expected: { until: '2031-11-21' } });
    expect(at(AS_OF, 5)).toMatchObject({ status: 'fail', expected: { until: '2031-11-21' } });
    expect(at(AS_OF, 1000)).toMatchObject({ status: 'fail', expected: { until: '3026-11-21' } });
    expect(at(AS_OF)).toMatchObject({ status: 'pass', expected: { until: '2029-11-21' } });
  });
  it('another as-of date, then the first again', () => {
    expect(at('2028-01-02')).toMatchObject({ status: 'fail', expected: { until: '2031-01-01' } });
    expect(at('2028-01-01')).toMatchObject({ status: 'pass', expected: { until: '2030-12-31' } });
    expect(at('2028-01-02')).toMatchObject({ status: 'fail', expected: { until: '2031-01-01' } });
    expect(at(AS_OF)).toMatchObject({ status: 'pass', expected: { until: '2029-11-21' } });
  });
  it('the term from the lease’s start, then the right remaining at the same date', () => {
    const lease = { useRightFrom: AS_OF, useRightUntil: '2029-11-20' };
    expect(at(AS_OF, undefined, lease, TERM)).toMatchObject({ status: 'fail', expected: { until: '2029-11-21' } });
    expect(at(AS_OF, undefined, { ...lease, useRightFrom: '2026-11-21' }, TERM)).toMatchObject({
      status: 'pass',
      expected: { until: '2029-11-20' },
    });
    expect(at(AS_OF, undefined, lease)).toMatchObject({ status: 'fail', expected: { until: '2029-11-21' } });
  });
});
