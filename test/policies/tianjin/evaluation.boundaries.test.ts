// The Tianjin evaluation at its edges: each grade cutoff at, just below and just above;
// the first day of the period and the day before; every missing-data branch of the
// gates; and counts that stay below their target, so a wrong count changes the score.
import { describe, expect, it } from 'vitest';
import { type EvaluationReport, evaluate } from '../../../src/index.js';

const PERIOD = { from: '2025-06-20', to: '2026-06-19' };
const run = (record: unknown, options: object = {}) => evaluate('tianjin', record, { ...PERIOD, ...options });
const gate = (r: EvaluationReport, id: string) => {
  const found = r.results.find((x) => x.ruleId === `tianjin.evaluation.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
const item = (r: EvaluationReport, id: string) => r.areas.flatMap((a) => a.items).find((i) => i.id === id);

const activities = (kind: string, n: number, date = (i: number) => `2025-08-${String(1 + i).padStart(2, '0')}`) =>
  Array.from({ length: n }, (_, i) => ({ date: date(i), kind }));
const startups = (n: number, foundedOn = '2024-08-01') =>
  Array.from({ length: n }, (_, i) => ({ foundedOn, firstServedOn: `2025-09-${String(1 + i).padStart(2, '0')}` }));

/** Every assessed item of the default standard at 0: the counts alone give 32 points. */
const ZERO = Object.fromEntries(
  [
    'operations.systems',
    'operations.entry_exit',
    'operations.stability',
    'operations.direction',
    'operations.publicity',
    'venue.utilisation',
    'venue.layout',
    'venue.equipment',
    'service.accompaniment',
    'service.administrative',
    'service.investment',
    'service.professional',
    'service.chain',
    'incubation.tracking',
    'incubation.revenue',
    'incubation.employment',
  ].map((id) => [id, 0]),
);
const OPERATIONS = {
  'operations.systems': 1,
  'operations.entry_exit': 1,
  'operations.stability': 1,
  'operations.direction': 1,
  'operations.publicity': 1,
};
const SERVICE = {
  'service.accompaniment': 1,
  'service.administrative': 1,
  'service.investment': 1,
  'service.professional': 1,
  'service.chain': 1,
};
/** Meets every gate and every count target exactly. */
const base = {
  recognizedOn: '2025-06-20',
  violations: false,
  activities: [...activities('training', 5), ...activities('four_into', 2), ...activities('financing_matchmaking', 1)],
  servedStartups: startups(10),
  incubatedProjects: [],
  grownStartups: [{ date: '2026-01-10', financingYuan: '1000000' }],
  assessments: ZERO,
};
const withAssessed = (a: Record<string, number>) => ({ ...base, assessments: { ...ZERO, ...a } });

describe('grades from the score alone: the 75 and 60 cutoffs on both sides', () => {
  it.each([
    // 32 from the counts; operations 20 + service 20 + the rest as noted.
    ['75', { ...OPERATIONS, ...SERVICE, 'incubation.tracking': 1 }, 'good'],
    ['74.99', { ...OPERATIONS, ...SERVICE, 'incubation.employment': 1, 'incubation.revenue': 0.33 }, 'pass'],
    ['75.01', { ...OPERATIONS, ...SERVICE, 'incubation.tracking': 1, 'incubation.employment': 0.005 }, 'good'],
    ['60', { ...OPERATIONS, 'venue.utilisation': 1, 'incubation.employment': 0.5 }, 'pass'],
    ['59.99', { ...OPERATIONS, 'venue.utilisation': 1, 'incubation.employment': 0.495 }, 'fail'],
    ['60.01', { ...OPERATIONS, 'venue.utilisation': 1, 'incubation.employment': 0.505 }, 'pass'],
    ['32', {}, 'fail'],
  ] as const)('a score of %s is graded %s', (score, assessed, grade) => {
    const r = run(withAssessed(assessed));
    expect(r.results.filter((x) => x.status !== 'pass')).toEqual([]);
    expect(r.score).toBe(score);
    expect(r.grade).toBe(grade);
    if (grade === 'fail') expect(r.consequence?.zh).toContain('取消工作室资格');
    else expect(r.consequence).toBeUndefined();
  });
  it('a failed gate fails the year whatever the score', () => {
    const r = run({ ...withAssessed({ ...OPERATIONS, ...SERVICE }), violations: true });
    expect(gate(r, 'no_violations')).toMatchObject({ status: 'fail', actual: { violations: true } });
    expect(r.grade).toBe('fail');
  });
});

describe('the first day of the period counts, the day before does not', () => {
  it('activities', () => {
    const four = [
      ...activities('training', 4),
      ...activities('four_into', 2),
      ...activities('financing_matchmaking', 1),
    ];
    const on = run({ ...base, activities: [...four, { date: '2025-06-20', kind: 'exchange_guidance' }] });
    const before = run({ ...base, activities: [...four, { date: '2025-06-19', kind: 'exchange_guidance' }] });
    expect(gate(on, 'service_activities').status).toBe('pass');
    expect(gate(before, 'service_activities')).toMatchObject({ status: 'fail', actual: 4 });
  });
  it('newly served start-ups, incubated projects and grown start-ups', () => {
    const nine = startups(9);
    const served = (firstServedOn: string) => ({
      ...base,
      servedStartups: [...nine, { foundedOn: '2025-01-01', firstServedOn }],
    });
    expect(gate(run(served('2025-06-20')), 'new_startups').status).toBe('pass');
    expect(gate(run(served('2025-06-19')), 'new_startups').status).toBe('fail');
    const projects = (date: string) => ({
      ...base,
      grownStartups: [],
      incubatedProjects: [{ date: '2025-07-01' }, { date: '2025-07-02' }, { date }],
    });
    expect(gate(run(projects('2025-06-20')), 'incubation').status).toBe('pass');
    expect(gate(run(projects('2025-06-19')), 'incubation').status).toBe('fail');
    const grown = (date: string) => ({ ...base, grownStartups: [{ date, financingYuan: '1000000' }] });
    expect(gate(run(grown('2025-06-20')), 'incubation').status).toBe('pass');
    expect(gate(run(grown('2025-06-19')), 'incubation').status).toBe('fail');
    expect(gate(run(grown('2026-06-19')), 'incubation').status).toBe('pass');
    expect(gate(run(grown('2026-06-20')), 'incubation').status).toBe('fail');
  });
});

describe('missing data, branch by branch', () => {
  it('violations, served start-ups, activities: unknown with exactly their path', () => {
    const { violations: _v, servedStartups: _s, activities: _a, ...rest } = base;
    const r = run(rest);
    expect(gate(r, 'no_violations')).toMatchObject({ status: 'unknown', missing: ['violations'] });
    expect(gate(r, 'new_startups')).toMatchObject({ status: 'unknown', missing: ['servedStartups'] });
    for (const id of ['service_activities', 'four_into', 'financing'])
      expect(gate(r, id)).toMatchObject({ status: 'unknown', missing: ['activities'] });
    // No completion could lift the score (every assessment 0) to 60: the grade is decided.
    expect(r.scoreRange).toEqual({ min: '6', max: '32' });
    expect(r.grade).toBe('fail');
    // With full assessments the same gaps leave the grade open.
    expect(run({ ...rest, assessments: { ...ZERO, ...OPERATIONS, ...SERVICE } }).grade).toBeNull();
  });
  it('a start-up without its founding date names that path', () => {
    const r = run({ ...base, servedStartups: [...startups(9), { firstServedOn: '2025-09-20' }] });
    expect(gate(r, 'new_startups')).toMatchObject({ status: 'unknown', missing: ['servedStartups.9.foundedOn'] });
  });
  it('incubation: projects short and a grown start-up undecided is unknown, naming the financing', () => {
    const r = run({ ...base, incubatedProjects: [{ date: '2025-07-01' }], grownStartups: [{ date: '2026-01-10' }] });
    expect(gate(r, 'incubation')).toMatchObject({
      status: 'unknown',
      missing: ['grownStartups.0.financingYuan'],
    });
  });
  it('incubation: projects unknown and grown start-ups failing is unknown, naming the projects', () => {
    const { incubatedProjects: _p, ...rest } = base;
    const r = run({ ...rest, grownStartups: [{ date: '2026-01-10', financingYuan: '999999.99' }] });
    expect(gate(r, 'incubation')).toMatchObject({ status: 'unknown', missing: ['incubatedProjects'] });
  });
  it('incubation: both unknown names both lists; both failing fails on the projects', () => {
    const { incubatedProjects: _p, grownStartups: _g, ...rest } = base;
    expect(gate(run(rest), 'incubation')).toMatchObject({
      status: 'unknown',
      missing: ['incubatedProjects', 'grownStartups'],
    });
    const failing = run({ ...base, incubatedProjects: [{ date: '2025-07-01' }], grownStartups: [] });
    expect(gate(failing, 'incubation')).toMatchObject({ status: 'fail', actual: 1, expected: { min: 3 } });
  });
  it('a grown start-up: recognised passes without financing; declared not recognised and no financing fails', () => {
    const grown = (g: object) => gate(run({ ...base, grownStartups: [{ date: '2026-01-10', ...g }] }), 'incubation');
    expect(grown({ recognizedAsGrowth: true }).status).toBe('pass');
    expect(grown({ recognizedAsGrowth: false }).status).toBe('fail');
    expect(grown({ recognizedAsGrowth: false, financingYuan: '1000000' }).status).toBe('pass');
    expect(grown({ financingYuan: '999999.99' }).status).toBe('fail');
    expect(grown({ date: '2026-06-20', recognizedAsGrowth: true }).status).toBe('fail');
  });
});

describe('counts below their target show in the score', () => {
  it('start-ups that do not qualify are not counted: 5 of 10 earn half the points', () => {
    const old = startups(5, '2020-01-01');
    const r = run({ ...base, servedStartups: [...startups(5), ...old] });
    expect(item(r, 'incubation.new_startups')?.points).toBe('3');
    expect(gate(r, 'new_startups')).toMatchObject({ status: 'fail', actual: { qualified: 5, listed: 10 } });
  });
  it('only 「四进」 activities count as such: one of two earns half the points', () => {
    const acts = [
      ...activities('training', 6),
      ...activities('four_into', 1),
      ...activities('financing_matchmaking', 1),
    ];
    const r = run({ ...base, activities: acts });
    expect(item(r, 'activities.four_into')?.points).toBe('3.5');
    expect(item(r, 'activities.service')?.points).toBe('7');
    expect(item(r, 'activities.financing')?.points).toBe('6');
    const three = run({
      ...base,
      activities: [...activities('policy_consultation', 2), ...activities('four_into', 2)],
    });
    expect(item(three, 'activities.service')?.points).toBe('2.8');
    expect(item(three, 'activities.financing')?.points).toBe('0');
  });
  it('incubation progress: 2 of 3 projects, or the better of projects and grown start-ups', () => {
    const two = run({
      ...base,
      incubatedProjects: [{ date: '2025-07-01' }, { date: '2025-07-02' }],
      grownStartups: [],
    });
    expect(item(two, 'incubation.outcomes')?.points).toBe('4');
    const grownOnly = run({ ...base, incubatedProjects: [{ date: '2025-07-01' }] });
    expect(item(grownOnly, 'incubation.outcomes')?.points).toBe('6');
    const none = run({ ...base, incubatedProjects: [], grownStartups: [] });
    expect(item(none, 'incubation.outcomes')?.points).toBe('0');
  });
});

describe('a start-up’s 3 years past the calendar: never over, so it is still within them', () => {
  // A year recognised 9998-06-20: start-ups founded 9997-08-01 reach 3 years on 10000-08-01.
  const late = (servedStartups: object[], from = '9998-06-20', to = '9999-06-19') =>
    evaluate(
      'tianjin',
      {
        ...base,
        recognizedOn: from,
        activities: [
          ...activities('training', 5, (i) => `${from.slice(0, 4)}-08-0${1 + i}`),
          ...activities('four_into', 2, (i) => `${from.slice(0, 4)}-08-0${1 + i}`),
          ...activities('financing_matchmaking', 1, () => `${from.slice(0, 4)}-08-01`),
        ],
        grownStartups: [{ date: `${to.slice(0, 4)}-01-10`, financingYuan: '1000000' }],
        servedStartups,
      },
      { from, to },
    );
  const served = (n: number, foundedOn: string | undefined, year = '9998') =>
    Array.from({ length: n }, (_, i) => ({
      ...(foundedOn ? { foundedOn } : {}),
      firstServedOn: `${year}-09-${String(1 + i).padStart(2, '0')}`,
    }));
  it('founded 9997-08-01 and served in 9998: new start-ups (10004-… sorted before 9998-…: none counted)', () => {
    expect(gate(late(served(10, '9997-08-01')), 'new_startups').status).toBe('pass');
    expect(gate(late(served(10, '9995-09-01')), 'new_startups').status).toBe('fail');
  });
  it('a missing date is decided where the anniversary leaves the calendar', () => {
    // Served unknown, founded 9997-08-01: inside the period it counts, outside not — unknown.
    const open = late([...served(9, '9997-08-01'), { foundedOn: '9997-08-01' }]);
    expect(gate(open, 'new_startups')).toMatchObject({
      status: 'unknown',
      missing: ['servedStartups.9.firstServedOn'],
    });
    // Founded unknown, served 0002-03-01: any founding date is within 3 years of it.
    const early = late(
      [...served(9, '0001-01-01', '0001'), { firstServedOn: '0002-03-01' }],
      '0001-06-20',
      '0002-06-19',
    );
    expect(gate(early, 'new_startups').status).toBe('pass');
  });
  it('evaluation.afterYears of 1000 from 9998: a year of running the calendar never completes, not applicable', () => {
    const r = evaluate(
      'tianjin',
      { ...base, recognizedOn: '9000-06-20' },
      {
        from: '9998-06-20',
        to: '9999-06-19',
        parameters: { 'evaluation.afterYears': 1000 },
      },
    );
    expect(gate(r, 'full_year')).toMatchObject({ status: 'not_applicable', expected: { runsTo: null } });
    expect(gate(r, 'full_year').message.zh).toContain('运行满1000年须至9999-12-31以后');
    expect(gate(r, 'full_year').message.en).toContain('1000 full years of running end after 9999-12-31');
  });
  it('evaluation.afterYears of 0: running starts on the day of recognition, not the day before', () => {
    // A period ending the day before recognition: nothing has run yet.
    const r = evaluate(
      'tianjin',
      { ...base, recognizedOn: '2025-06-20' },
      { from: '2024-06-19', to: '2025-06-19', parameters: { 'evaluation.afterYears': 0 } },
    );
    expect(gate(r, 'full_year')).toMatchObject({ status: 'not_applicable', expected: { runsTo: '2025-06-20' } });
  });
});
