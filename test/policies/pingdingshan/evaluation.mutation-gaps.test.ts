import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/core/check.js';
import { textValues } from '../../../src/core/parameters.js';
import { type EvaluationReport, evaluate } from '../../../src/index.js';
import { evaluation, gates } from '../../../src/policies/pingdingshan/evaluation.js';
import { evaluate as evaluatePingdingshan } from '../../../src/policies/pingdingshan/index.js';
import type { PingdingshanYearRecord } from '../../../src/policies/pingdingshan/schema.js';

const year: PingdingshanYearRecord = JSON.parse(
  readFileSync(new URL('../../../examples/pingdingshan/year-record.json', import.meta.url), 'utf8'),
);
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const run = (record: unknown, period: { from: string; to: string } = YEAR) =>
  evaluate('pingdingshan', record, { ...period, asOf: '2026-03-01' });
const result = (r: EvaluationReport, id: string) => {
  const found = r.results.find((x) => x.ruleId === `pingdingshan.effects.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const fourInto = (extra: object[]) => ({
  ...year,
  activities: year.activities?.filter((a) => a.kind !== 'four_into').concat(extra as never[]),
});

describe('第十条: which activities count', () => {
  it('the first and the last day of the period are inside it; the days around are not', () => {
    const edges = fourInto([
      { date: '2025-01-01', kind: 'four_into', title: 'A' },
      { date: '2025-12-31', kind: 'four_into', title: 'B' },
      { date: '2024-12-31', kind: 'four_into', title: 'C' },
      { date: '2026-01-01', kind: 'four_into', title: 'D' },
    ]);
    expect(result(run(edges), 'four_into')).toMatchObject({ status: 'pass', actual: 2 });
  });
  it('two entries are one activity when they share an id, or else kind, day, title (trimmed) and place', () => {
    const count = (list: object[]) => result(run(fourInto(list)), 'four_into').actual;
    const day = { date: '2025-06-12', kind: 'four_into', place: 'campus' };
    expect(
      count([
        { ...day, id: 'a' },
        { ...day, id: 'b' },
      ]),
    ).toBe(2);
    expect(
      count([
        { ...day, id: 'a', title: 'X' },
        { ...day, id: 'a', title: 'Y' },
      ]),
    ).toBe(1);
    expect(
      count([
        { ...day, title: 'X' },
        { ...day, title: ' X ' },
      ]),
    ).toBe(1);
    expect(
      count([
        { ...day, title: 'X' },
        { ...day, title: 'Y' },
      ]),
    ).toBe(2);
    expect(
      count([
        { ...day, title: 'X' },
        { ...day, title: 'X', place: 'park' },
      ]),
    ).toBe(2);
    expect(count([day, { ...day }])).toBe(1);
  });
  it('the counts a standard reads: exchanges, quarters met, "four into" activities, backbones', () => {
    expect(evaluation.counts(year, YEAR, { asOf: YEAR.to, param: textValues })).toEqual({
      regionalExchanges: 4,
      quartersMet: 4,
      fourIntoActivities: 2,
      backbones: 2,
    });
    const noQ3 = { ...year, activities: year.activities?.filter((a) => a.date !== '2025-09-09') };
    expect(evaluation.counts(noQ3, YEAR, { asOf: YEAR.to, param: textValues })).toMatchObject({
      regionalExchanges: 3,
      quartersMet: 3,
    });
    expect(
      evaluation.counts({ ...year, activities: undefined }, YEAR, { asOf: YEAR.to, param: textValues }),
    ).toMatchObject({
      regionalExchanges: undefined,
      quartersMet: undefined,
      fourIntoActivities: undefined,
    });
    expect(evaluation.assessments({ ...year, assessments: { review: 0.5 } })).toEqual({ review: 0.5 });
    expect(evaluation.assessments(year)).toEqual({});
  });
  it('rules run without a period read the as-of day alone', () => {
    const [, fourIntoOnDay] = runRules(gates, year, { asOf: '2025-06-12', param: textValues });
    expect(fourIntoOnDay).toMatchObject({ status: 'fail', actual: 1 });
  });
});

describe('第十条1, every quarter: what the message names', () => {
  it('whole quarters met: named, with no note', () => {
    const r = result(run(year), 'quarterly_exchange');
    expect(r).toMatchObject({ status: 'pass', code: 'quarters_met', expected: { perQuarter: 1 } });
    expect(r.message).toEqual({
      zh: '每季度至少组织1次区域性服务交流指导：2025Q1、2025Q2、2025Q3、2025Q4均已达到',
      en: 'At least 1 regional exchange a quarter: met in 2025Q1, 2025Q2, 2025Q3, 2025Q4',
    });
    expect(r.actual).toEqual([
      { quarter: '2025Q1', from: '2025-01-01', to: '2025-03-31', count: 1, status: 'met' },
      { quarter: '2025Q2', from: '2025-04-01', to: '2025-06-30', count: 1, status: 'met' },
      { quarter: '2025Q3', from: '2025-07-01', to: '2025-09-30', count: 1, status: 'met' },
      { quarter: '2025Q4', from: '2025-10-01', to: '2025-12-31', count: 1, status: 'met' },
    ]);
  });
  it('by default a quarter ending in the period is judged whole; one ending after it belongs to the next', () => {
    const r = result(run(year, { from: '2025-02-15', to: '2026-02-14' }), 'quarterly_exchange');
    expect(r.message).toEqual({
      zh: '每季度至少组织1次区域性服务交流指导：2025Q1、2025Q2、2025Q3、2025Q4均已达到；2026Q1止于期间之后，属下一评价期间',
      en: 'At least 1 regional exchange a quarter: met in 2025Q1, 2025Q2, 2025Q3, 2025Q4; 2026Q1 ends after the period and belongs to the next',
    });
  });
  it('in-period reading: partial quarters are listed with their counts after the whole ones', () => {
    const IN = { readings: { 'effects.quarters': 'calendar-in-period' } };
    const r = result(run(year, { from: '2025-02-15', to: '2026-02-14', ...IN }), 'quarterly_exchange');
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({
      zh: '每季度至少组织1次区域性服务交流指导：2025Q2、2025Q3、2025Q4均已达到；不完整季度仅列示：2025Q1（1）、2026Q1（0）',
      en: 'At least 1 regional exchange a quarter: met in 2025Q2, 2025Q3, 2025Q4; partial quarters shown only: 2025Q1 (1), 2026Q1 (0)',
    });
    const short = result(
      run(
        { ...year, activities: year.activities?.filter((a) => a.date !== '2025-05-20') },
        { from: '2025-02-15', to: '2026-02-14', ...IN },
      ),
      'quarterly_exchange',
    );
    expect(short).toMatchObject({ status: 'fail', code: 'quarters_short' });
    expect(short.message).toEqual({
      zh: '每季度至少组织1次区域性服务交流指导：2025Q2未达到；不完整季度仅列示：2025Q1（1）、2026Q1（0）',
      en: 'At least 1 regional exchange a quarter: not met in 2025Q2; partial quarters shown only: 2025Q1 (1), 2026Q1 (0)',
    });
  });
  it('two quarters short: both named', () => {
    const r = result(
      run({ ...year, activities: year.activities?.filter((a) => a.date !== '2025-05-20' && a.date !== '2025-09-09') }),
      'quarterly_exchange',
    );
    expect(r.message).toEqual({
      zh: '每季度至少组织1次区域性服务交流指导：2025Q2、2025Q3未达到',
      en: 'At least 1 regional exchange a quarter: not met in 2025Q2, 2025Q3',
    });
  });
  it('a period with no quarter to judge is not applicable to the quarterly rule, and says so', () => {
    const r = result(run(year, { from: '2025-02-15', to: '2025-03-20' }), 'quarterly_exchange');
    expect(r).toMatchObject({
      status: 'not_applicable',
      code: 'not_applicable',
      expected: { perQuarter: 1 },
      actual: [{ quarter: '2025Q1', from: '2025-01-01', to: '2025-03-31', count: 1, status: 'later' }],
    });
    expect(r.message.zh).toContain('评价期间内无可评价的季度；2025Q1止于期间之后，属下一评价期间');
    expect(r.message.en).toContain('no quarter to judge in the period');
  });
  it('no activities listed: unknown, asking for the activities', () => {
    const r = result(run({ ...year, activities: undefined }), 'quarterly_exchange');
    expect(r).toMatchObject({ status: 'unknown', missing: ['activities'] });
  });
});

describe('which periods can be evaluated', () => {
  it('a period starting on the day the measures begin (2024-01-01) is inside them', () => {
    const r = run({ ...year, recognizedOn: '2023-12-01' }, { from: '2024-01-01', to: '2024-12-31' });
    expect(result(r, 'applicable')).toMatchObject({ status: 'pass', code: 'applicable' });
    expect(result(r, 'applicable').message).toEqual({
      zh: '认定于2023-12-01，评价期间2024-01-01至2024-12-31',
      en: 'recognised 2023-12-01; evaluating 2024-01-01 to 2024-12-31',
    });
  });
  it('a period before the measures names their first day', () => {
    const r = result(
      run({ ...year, recognizedOn: '2022-12-01' }, { from: '2023-01-01', to: '2023-12-31' }),
      'applicable',
    );
    expect(r).toMatchObject({ status: 'not_applicable', code: 'not_applicable', expected: { from: '2024-01-01' } });
    expect(r.message.zh).toContain('期间始于2023-01-01，早于本办法（2024-01-01）');
    expect(r.message.en).toContain('the period begins 2023-01-01, before the measures (2024-01-01)');
  });
  it('recognised after the period began: names both days', () => {
    const r = result(run({ ...year, recognizedOn: '2025-01-02' }), 'applicable');
    expect(r).toMatchObject({
      status: 'not_applicable',
      expected: { recognizedBy: '2025-01-01' },
      actual: { recognizedOn: '2025-01-02' },
    });
    expect(r.message.zh).toContain('认定于2025-01-02，晚于期间起始日2025-01-01');
    expect(r.message.en).toContain('recognised 2025-01-02, after the period began on 2025-01-01');
  });
  it('no recognition day: unknown, asking for it', () => {
    const r = result(run({ ...year, recognizedOn: undefined }), 'applicable');
    expect(r).toMatchObject({ status: 'unknown', missing: ['recognizedOn'] });
  });
});

describe("the policy's own evaluate", () => {
  it('agrees with the registry', () => {
    const options = { ...YEAR, asOf: '2026-03-01' };
    const own = evaluatePingdingshan(year, options);
    expect(own).toEqual(evaluate('pingdingshan', year, options));
    expect(own.grade).toBe('pass');
  });
});
