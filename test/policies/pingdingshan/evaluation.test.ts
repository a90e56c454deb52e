import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationReport, evaluate } from '../../../src/index.js';
import { defaultStandard } from '../../../src/policies/pingdingshan/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const year = JSON.parse(
  readFileSync(new URL('../../../examples/pingdingshan/year-record.json', import.meta.url), 'utf8'),
);
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const run = (record: unknown, options: object = {}) => evaluate('pingdingshan', record, { ...YEAR, ...options });
const gate = (r: EvaluationReport, id: string) => {
  const found = r.results.find((x) => x.ruleId === `pingdingshan.effects.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
type Activity = { date: string; kind: string; title?: string; place?: string; id?: string };
const without = (pred: (a: Activity) => boolean) => ({
  ...year,
  activities: year.activities.filter((a: Activity) => !pred(a)),
});

describe('the example year', () => {
  it('passes under the pass/fail reading, labelled an interpretation, with no score and no invented grade', () => {
    const r = run(year);
    expect(r.problems).toEqual([]);
    expect(r.grade).toBe('pass');
    expect(r.gradeLabel.zh).toBe('合格');
    expect(r.score).toBeNull();
    expect(r.scoreRange).toBeUndefined();
    expect(r.standard).toMatchObject({ id: defaultStandard.id, provenance: 'interpretation' });
    expect(r.results.every((x) => x.status === 'pass')).toBe(true);
  });
  it('a failing year says what follows (第十一条（四）2) and never grades 优秀 or 良好', () => {
    const r = run({ ...year, backbones: [] });
    expect(r.grade).toBe('fail');
    expect(r.consequence?.zh).toContain('强制退出');
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.nat({ max: 3 }), (drop, bb) => {
        const g = run({
          ...year,
          activities: year.activities.slice(drop),
          backbones: year.backbones.slice(0, bb),
        }).grade;
        expect(['pass', 'fail', null]).toContain(g);
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});

describe('每季度 (第十条1)', () => {
  it('a quarter with 0 exchanges fails and is named; with 1 it passes', () => {
    const r = gate(run(without((a) => a.date === '2025-09-09')), 'quarterly_exchange');
    expect(r.status).toBe('fail');
    expect(r.message.zh).toContain('2025Q3');
    expect(r.actual).toContainEqual({
      quarter: '2025Q3',
      from: '2025-07-01',
      to: '2025-09-30',
      count: 0,
      status: 'short',
    });
    expect(gate(run(year), 'quarterly_exchange').status).toBe('pass');
  });
  it('under the in-period reading, a quarter only partly inside the period is reported, not failed', () => {
    const r = gate(
      run(
        without((a) => a.kind === 'regional_exchange' && a.date < '2025-04-01'),
        {
          from: '2025-02-15',
          to: '2026-02-14',
          readings: { 'effects.quarters': 'calendar-in-period' },
        },
      ),
      'quarterly_exchange',
    );
    expect(r.actual).toContainEqual(expect.objectContaining({ quarter: '2025Q1', status: 'partial', count: 0 }));
    expect(r.actual).toContainEqual(expect.objectContaining({ quarter: '2026Q1', status: 'partial' }));
    expect(r.status).toBe('pass');
    expect(r.message.zh).toContain('不完整季度仅列示');
  });
  it('two entries of the same activity count once', () => {
    const q3 = year.activities.find((a: Activity) => a.date === '2025-09-09');
    const only = {
      ...year,
      activities: [...year.activities.filter((a: Activity) => a.date !== '2025-09-09'), q3, { ...q3 }],
    };
    expect(gate(run(only), 'quarterly_exchange').actual).toContainEqual(
      expect.objectContaining({ quarter: '2025Q3', count: 1 }),
    );
  });
});

describe('每年 (第十条2, 3)', () => {
  it('"four into": 1 fails, 2 pass', () => {
    const one = without((a) => a.date === '2025-10-23');
    expect(gate(run(one), 'four_into')).toMatchObject({ status: 'fail', actual: 1 });
    expect(gate(run(year), 'four_into')).toMatchObject({ status: 'pass', actual: 2 });
  });
  it('backbones: 1 fails, 2 pass; the same person twice is 1; outside the year does not count', () => {
    expect(gate(run({ ...year, backbones: year.backbones.slice(0, 1) }), 'backbones').status).toBe('fail');
    expect(gate(run(year), 'backbones').status).toBe('pass');
    const twice = [year.backbones[0], { ...year.backbones[0], date: '2025-12-01' }];
    expect(gate(run({ ...year, backbones: twice }), 'backbones')).toMatchObject({ status: 'fail', actual: 1 });
    const late = [year.backbones[0], { name: '新人', date: '2026-01-01' }];
    expect(gate(run({ ...year, backbones: late }), 'backbones').status).toBe('fail');
  });
  it('missing records are unknown: no grade', () => {
    const r = run({ ...year, backbones: undefined });
    expect(r.grade).toBeNull();
    expect(gate(r, 'backbones').missing).toEqual(['backbones']);
  });
});

describe('which years can be evaluated', () => {
  it('a studio recognised after the period began is not evaluated for it', () => {
    const r = run({ ...year, recognizedOn: '2025-01-02' });
    expect(r.grade).toBeNull();
    expect(r.gradeLabel.en).toBe('Not applicable');
    expect(run({ ...year, recognizedOn: '2025-01-01' }).grade).toBe('pass');
  });
  it('a period before the measures (2023) is not applicable; a caller-given issue date moves the start', () => {
    expect(run({ ...year, recognizedOn: '2023-01-01' }, { from: '2023-01-01', to: '2023-12-31' }).gradeLabel.en).toBe(
      'Not applicable',
    );
    expect(run(year, { effectiveFrom: '2025-03-01' }).gradeLabel.en).toBe('Not applicable');
    expect(run(year, { effectiveFrom: 'soon' }).problems[0]?.path).toEqual(['options', 'effectiveFrom']);
  });
});

describe("a caller's standard replaces the reading", () => {
  it('scores and grades by it, labelled as the caller’s', () => {
    const standard = {
      id: 'city-2025',
      label: { zh: '市局2025年评鉴办法', en: "The city's 2025 standard" },
      areas: [
        {
          id: 'effects',
          label: { zh: '项目效果', en: 'Effects' },
          clause: '第十条',
          items: [
            {
              id: 'q',
              label: { zh: '季度交流', en: 'Quarterly' },
              points: 50,
              measure: { kind: 'count', count: 'quartersMet', target: 4 },
            },
            {
              id: 'b',
              label: { zh: '骨干', en: 'Backbones' },
              points: 50,
              measure: { kind: 'count', count: 'backbones', target: 2 },
            },
          ],
        },
      ],
      cutoffs: { excellent: 90, good: 75, pass: 60 },
    };
    const r = run(year, { standard });
    expect(r.standard.provenance).toBe('text');
    expect(r.score).toBe('100');
    expect(r.grade).toBe('excellent');
  });
});

describe('hostile input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(arbitraryHostile, (input) => {
        expect(() => run(input)).not.toThrow();
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
