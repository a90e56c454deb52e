import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationReport, evaluate, type Grade } from '../../../src/index.js';
import { defaultStandard } from '../../../src/policies/tianjin/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

const year = JSON.parse(readFileSync(new URL('../../../examples/tianjin/year-record.json', import.meta.url), 'utf8'));
const PERIOD = { from: '2025-06-20', to: '2026-06-19' };
const run = (record: unknown, options: object = {}) => evaluate('tianjin', record, { ...PERIOD, ...options });
const gate = (r: EvaluationReport, id: string) => {
  const found = r.results.find((x) => x.ruleId === `tianjin.evaluation.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const RANK: Record<Grade, number> = { fail: 0, pass: 1, good: 2, excellent: 3 };

/** `n` activities of a kind inside the period. */
const activities = (kind: string, n: number, extra: object = {}) =>
  Array.from({ length: n }, (_, i) => ({
    date: `2025-${String(7 + (i % 5)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
    kind,
    ...extra,
  }));
/** `n` start-ups first served inside the period, founded a year earlier. */
const startups = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    foundedOn: '2024-08-01',
    firstServedOn: `2025-08-${String(1 + i).padStart(2, '0')}`,
  }));

describe('the example year', () => {
  it('is graded with the default standard, which the report names', () => {
    const r = run(year);
    expect(r.problems).toEqual([]);
    expect(r.grade).toBe('excellent');
    expect(r.gradeLabel.zh).toBe('优秀');
    expect(r.score).toBe('90.25');
    expect(r.standard).toMatchObject({ id: defaultStandard.id, provenance: 'default' });
    expect(r.areas.map((a) => a.points)).toEqual(['18', '20', '14', '20', '18.25']);
  });
});

describe('a full year since recognition, 四（二）', () => {
  it('is not applicable before the first anniversary, saying when it becomes due', () => {
    const r = run(year, { from: '2025-06-19', to: '2026-06-18' });
    expect(r.grade).toBeNull();
    expect(r.gradeLabel.en).toBe('Not applicable');
    expect(gate(r, 'full_year')).toMatchObject({ status: 'not_applicable', expected: { runsTo: '2026-06-19' } });
  });
  it('applies to a period closing the day before the anniversary (held on the anniversary)', () => {
    expect(gate(run(year), 'full_year').status).toBe('pass');
  });
  it('is unknown without a recognition date', () => {
    const r = run({ ...year, recognizedOn: undefined });
    expect(r.grade).toBeNull();
    expect(gate(r, 'full_year').missing).toEqual(['recognizedOn']);
  });
});

describe('hard minimums of 四（一）4 and 5, both sides', () => {
  const base = {
    ...year,
    activities: [
      ...activities('training', 5),
      ...activities('four_into', 2, { place: 'campus' }),
      ...activities('financing_matchmaking', 1),
    ],
    servedStartups: startups(10),
    incubatedProjects: [],
    grownStartups: [{ date: '2026-01-10', financingYuan: '1000000' }],
  };
  it('the base record passes every gate', () => {
    const r = run(base);
    expect(r.results.filter((x) => x.status !== 'pass')).toEqual([]);
  });
  it('4 service activities fail, 5 pass; an activity outside the period does not count', () => {
    const four = [
      ...activities('training', 4),
      ...activities('four_into', 2),
      ...activities('financing_matchmaking', 1),
    ];
    expect(gate(run({ ...base, activities: four }), 'service_activities').status).toBe('fail');
    expect(
      gate(run({ ...base, activities: [...four, { date: '2026-06-20', kind: 'training' }] }), 'service_activities')
        .status,
    ).toBe('fail');
    expect(
      gate(run({ ...base, activities: [...four, { date: '2026-06-19', kind: 'training' }] }), 'service_activities')
        .status,
    ).toBe('pass');
  });
  it('1 "four into" activity fails, 2 pass; 0 financing events fail, 1 passes', () => {
    const acts = (fourInto: number, financing: number) => [
      ...activities('training', 5),
      ...activities('four_into', fourInto),
      ...activities('financing_matchmaking', financing),
    ];
    expect(gate(run({ ...base, activities: acts(1, 1) }), 'four_into').status).toBe('fail');
    expect(gate(run({ ...base, activities: acts(2, 1) }), 'four_into').status).toBe('pass');
    expect(gate(run({ ...base, activities: acts(2, 0) }), 'financing').status).toBe('fail');
  });
  it('9 new start-ups fail, 10 pass', () => {
    expect(gate(run({ ...base, servedStartups: startups(9) }), 'new_startups').status).toBe('fail');
    expect(gate(run({ ...base, servedStartups: startups(10) }), 'new_startups').status).toBe('pass');
  });
  it('成立3年内 includes the anniversary (by analogy with Civil Code 第一千二百五十九条): the day before counts, the day after not', () => {
    const nine = startups(9);
    const onAnniversary = { foundedOn: '2022-09-15', firstServedOn: '2025-09-15' };
    const dayAfter = { foundedOn: '2022-09-14', firstServedOn: '2025-09-15' };
    expect(gate(run({ ...base, servedStartups: [...nine, onAnniversary] }), 'new_startups').status).toBe('pass');
    expect(gate(run({ ...base, servedStartups: [...nine, dayAfter] }), 'new_startups').status).toBe('fail');
    const exclusive = { readings: { 'evaluation.startupAgeInclusive': false } };
    expect(gate(run({ ...base, servedStartups: [...nine, onAnniversary] }, exclusive), 'new_startups').status).toBe(
      'fail',
    );
  });
  it('a start-up without dates leaves the count unknown only when it could decide', () => {
    const r = run({ ...base, servedStartups: [...startups(9), { name: 'x' }] });
    expect(gate(r, 'new_startups')).toMatchObject({ status: 'unknown', missing: ['servedStartups.9.firstServedOn'] });
    expect(r.grade).toBeNull();
  });
  it('financing of 999,999.99 yuan is not growth; 1,000,000 is', () => {
    expect(
      gate(run({ ...base, grownStartups: [{ date: '2026-01-10', financingYuan: '999999.99' }] }), 'incubation').status,
    ).toBe('fail');
    expect(
      gate(run({ ...base, grownStartups: [{ date: '2026-01-10', financingYuan: 1_000_000 }] }), 'incubation').status,
    ).toBe('pass');
  });
  it('3 incubated projects pass without a grown start-up; 2 do not', () => {
    const projects = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `2025-10-0${i + 1}` }));
    expect(gate(run({ ...base, grownStartups: [], incubatedProjects: projects(2) }), 'incubation').status).toBe('fail');
    expect(gate(run({ ...base, grownStartups: [], incubatedProjects: projects(3) }), 'incubation').status).toBe('pass');
  });
  it('growth the evaluators recognise on other evidence counts ("如" is an example)', () => {
    expect(
      gate(run({ ...base, grownStartups: [{ date: '2026-01-10', recognizedAsGrowth: true }] }), 'incubation').status,
    ).toBe('pass');
  });
});

describe('不合格 whatever the score', () => {
  it('a failed minimum makes the grade 不合格 and carries the consequence', () => {
    const r = run({ ...year, servedStartups: year.servedStartups.slice(0, 3) });
    expect(r.grade).toBe('fail');
    expect(r.gradeLabel.zh).toBe('不合格');
    expect(r.consequence?.zh).toContain('取消工作室资格');
  });
  it('an unlawful act makes the grade 不合格 (运营管理: 无违法违纪行为)', () => {
    const r = run({ ...year, violations: true });
    expect(r.grade).toBe('fail');
    expect(gate(r, 'no_violations').status).toBe('fail');
  });
});

describe('the scoring standard, 四（二）1', () => {
  it('cutoffs are exact: 89.99 is good, 90 is excellent under a 90 cutoff', () => {
    const standard = (points: string) => ({
      ...defaultStandard,
      id: 'test',
      areas: [
        {
          id: 'a',
          label: { zh: 'a', en: 'a' },
          clause: '四（一）1',
          items: [{ id: 'x', label: { zh: 'x', en: 'x' }, points, measure: { kind: 'assessed' } }],
        },
      ],
    });
    const record = { ...year, assessments: { x: 1 } };
    expect(run(record, { standard: standard('89.99') })).toMatchObject({ grade: 'good', score: '89.99' });
    expect(run(record, { standard: standard('90') })).toMatchObject({ grade: 'excellent', score: '90' });
  });
  it("the caller's standard replaces the default and is named in the report", () => {
    const strict = {
      ...defaultStandard,
      id: 'tianjin-2026',
      label: { zh: '2026年度评估标准', en: '2026 standard' },
      cutoffs: { excellent: '95', good: '85', pass: '70' },
    };
    const r = run(year, { standard: strict });
    expect(r.standard).toEqual({ id: 'tianjin-2026', label: strict.label, provenance: 'text' });
    expect(r.grade).toBe('good');
  });
  it('a malformed standard is reported with paths, not thrown', () => {
    const r = run(year, { standard: { ...defaultStandard, cutoffs: { excellent: 'ninety' } } });
    expect(r.grade).toBeNull();
    expect(r.problems.some((p) => p.path.slice(0, 3).join('.') === 'options.standard.cutoffs')).toBe(true);
  });
  it('missing assessments give a score range, and a grade only when the whole range earns it', () => {
    const r = run({ ...year, assessments: { ...year.assessments, 'service.chain': undefined } });
    expect(r.score).toBeNull();
    expect(r.scoreRange).toEqual({ min: '88.25', max: '92.25' });
    expect(r.grade).toBeNull();
    const service = r.areas.find((a) => a.id === 'service');
    expect(service?.items.find((i) => i.id === 'service.chain')).toMatchObject({
      points: null,
      missing: 'assessments.service.chain',
    });
  });
  it('bad options are reported, not thrown', () => {
    expect(run(year, { to: '2026-02-30' }).problems[0]?.path).toEqual(['options', 'to']);
    expect(run(year, { from: '2026-07-01', to: '2026-06-30' }).grade).toBeNull();
  });
});

describe('properties', () => {
  const arbitraryYear = fc.record({
    activities: fc.array(
      fc.record({
        date: fc
          .integer({ min: 0, max: 364 })
          .map((d) => new Date(Date.parse('2025-06-20T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10)),
        kind: fc.constantFrom(
          'policy_consultation',
          'training',
          'exchange_guidance',
          'four_into',
          'financing_matchmaking',
          'other',
        ),
      }),
      { maxLength: 15 },
    ),
    starts: fc.integer({ min: 0, max: 14 }),
    assessments: fc.dictionary(
      fc.constantFrom(
        ...defaultStandard.areas.flatMap((a) => a.items.filter((i) => i.measure.kind === 'assessed').map((i) => i.id)),
      ),
      fc.integer({ min: 0, max: 4 }).map((q) => q / 4),
    ),
  });
  const complete = (y: { activities: object[]; starts: number; assessments: Record<string, number> }) => {
    const all = Object.fromEntries(
      defaultStandard.areas.flatMap((a) =>
        a.items.filter((i) => i.measure.kind === 'assessed').map((i) => [i.id, y.assessments[i.id] ?? 0.5]),
      ),
    );
    return { ...year, activities: y.activities, servedStartups: startups(y.starts), assessments: all };
  };

  it('adding an activity or a served start-up never lowers the grade', () => {
    fc.assert(
      fc.property(
        arbitraryYear,
        fc.constantFrom('policy_consultation', 'four_into', 'financing_matchmaking', 'startup'),
        (y, add) => {
          const before = run(complete(y)).grade as Grade;
          const more =
            add === 'startup'
              ? { ...y, starts: y.starts + 1 }
              : { ...y, activities: [...y.activities, { date: '2026-01-05', kind: add }] };
          const after = run(complete(more)).grade as Grade;
          expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('without a failed gate, the grade is a monotone function of the score', () => {
    const reports = fc
      .sample(arbitraryYear, { numRuns: 200, seed: 7 })
      .map((y) => run({ ...complete(y), activities: year.activities, servedStartups: year.servedStartups }));
    const graded = reports.filter((r) => r.results.every((x) => x.status === 'pass'));
    expect(graded.length).toBeGreaterThan(50);
    for (const a of graded) {
      for (const b of graded) {
        if (Number(a.score) <= Number(b.score))
          expect(RANK[a.grade as Grade]).toBeLessThanOrEqual(RANK[b.grade as Grade]);
      }
    }
  });
  it('never throws on any record or standard', () => {
    fc.assert(
      fc.property(arbitraryHostile, arbitraryHostile, (record, standard) => {
        const r = run(record, { standard });
        expect(r.period).toEqual(PERIOD);
        run(record);
      }),
      { numRuns: 300 },
    );
  });
});
