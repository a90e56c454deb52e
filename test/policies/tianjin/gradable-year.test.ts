// Only a finished full year is graded (issue 11.2); the gates belong to the standard (11.1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, evaluate } from '../../../src/index.js';
import { defaultStandard } from '../../../src/policies/tianjin/evaluation.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8'));
const YEAR = read('tianjin/year-record.json');
const PERIOD = { from: '2025-06-20', to: '2026-06-19' };

describe('only a finished full year is graded', () => {
  it('the year is graded from the day after its last day, not on it', () => {
    expect(evaluate('tianjin', YEAR, { ...PERIOD, asOf: '2026-06-20' }).grade).toBe('excellent');
    const onLastDay = evaluate('tianjin', YEAR, { ...PERIOD, asOf: '2026-06-19' });
    expect(onLastDay.grade).toBeNull();
    expect(onLastDay.notGraded).toMatchObject({ code: 'year_not_over', dueOn: '2026-06-20' });
    expect(onLastDay.score).toBe('90.25');
  });

  it('a calendar year in November is not graded 不合格: it is due on 1 January', () => {
    const r = evaluate('tianjin', YEAR, { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-29' });
    expect(r.grade).toBeNull();
    expect(r.consequence).toBeUndefined();
    expect(r.notGraded).toMatchObject({ code: 'year_not_over', dueOn: '2027-01-01' });
    expect(r.notGraded?.reason.zh).toContain('2027-01-01');
  });

  it('a month or two years is not one year of record', () => {
    for (const from of ['2026-05-20', '2024-06-20', '2025-06-21', '2025-06-19']) {
      const r = evaluate('tianjin', YEAR, { from, to: '2026-06-19', asOf: '2026-11-29' });
      expect(r.grade, from).toBeNull();
      expect(r.notGraded?.code, from).toBe('not_one_year');
    }
  });

  it('by default the period is the year ending the day before asOf', () => {
    const r = evaluate('tianjin', YEAR, { asOf: '2026-06-20' });
    expect(r.period).toEqual(PERIOD);
    expect(r.asOf).toBe('2026-06-20');
    expect(r.grade).toBe('excellent');
  });

  it('a bad asOf or progress is an option problem, never a throw', () => {
    expect(evaluate('tianjin', YEAR, { ...PERIOD, asOf: '2026-02-30' }).problems[0]?.path).toEqual(['options', 'asOf']);
    expect(evaluate('tianjin', YEAR, { ...PERIOD, progress: 'yes' as never }).problems[0]?.path).toEqual([
      'options',
      'progress',
    ]);
  });

  it('progress: counts so far against the yearly minimums, labelled, no grade', () => {
    const r = evaluate('tianjin', YEAR, { ...PERIOD, asOf: '2025-10-31', progress: true });
    expect(r.grade).toBeNull();
    expect(r.gradeLabel.en).toContain('Progress');
    expect(r.notGraded?.code).toBe('progress');
    const service = r.progress?.find((l) => l.ruleId === 'tianjin.evaluation.service_activities');
    // 2025-07-08 consultation and 2025-08-19 training by 31 October.
    expect(service).toMatchObject({ minimum: 5, count: 2, from: '2025-06-20', to: '2025-10-31' });
    expect(r.progress?.find((l) => l.ruleId === 'tianjin.evaluation.four_into')).toMatchObject({ count: 1 });
  });
});

describe('the gates belong to the standard', () => {
  const violating = { ...YEAR, violations: true };
  it('the default applies the six gates as an interpretation, and the report names them', () => {
    const r = evaluate('tianjin', violating, PERIOD);
    expect(r.grade).toBe('fail');
    expect(r.gates?.applied).toEqual(defaultStandard.gates);
    expect(r.gates?.provenance).toBe('interpretation');
    expect(r.gates?.note).toContain('四（二）1');
  });

  it('a standard with gates: [] switches them off; one gate kept applies only that one', () => {
    const off = evaluate('tianjin', violating, { ...PERIOD, standard: { ...defaultStandard, gates: [] } });
    expect(off.gates?.applied).toEqual([]);
    expect(off.grade).toBe('excellent');
    const one = evaluate('tianjin', violating, {
      ...PERIOD,
      standard: { ...defaultStandard, gates: ['tianjin.evaluation.no_violations'] },
    });
    expect(one.gates).toMatchObject({ applied: ['tianjin.evaluation.no_violations'], provenance: 'text' });
    expect(one.grade).toBe('fail');
    expect(one.consequence?.zh).toContain('取消工作室资格');
  });

  it('a caller’s standard without gates keeps the default’s', () => {
    const { gates: _, ...rest } = defaultStandard;
    expect(evaluate('tianjin', violating, { ...PERIOD, standard: rest }).grade).toBe('fail');
  });
});

describe('guidance says so', () => {
  it('every report under the guideline carries the guidance note in both languages; Tianjin’s none', () => {
    const national = check('national', 'studio', read('national/eligible-studio.json'), { asOf: '2026-11-22' });
    expect(national.guidance?.zh).toContain('以供参考');
    expect(national.guidance?.en).toContain('reference');
    const bad = check('national', 'studio', { leads: 'x' }, { asOf: '2026-11-22' });
    expect(bad.guidance).toEqual(national.guidance);
    expect(check('tianjin', 'studio', read('tianjin/studio-application.json')).guidance).toBeUndefined();
  });
});

describe('成立3年内 includes the third anniversary (Civil Code 第一千二百五十九条 by analogy)', () => {
  const served = (firstServedOn: string) => ({
    ...YEAR,
    servedStartups: [{ name: '边界企业', foundedOn: '2022-09-01', firstServedOn }],
  });
  const count = (firstServedOn: string, readings?: Record<string, unknown>) =>
    evaluate('tianjin', served(firstServedOn), { ...PERIOD, ...(readings ? { readings } : {}) }).results.find(
      (r) => r.ruleId === 'tianjin.evaluation.new_startups',
    )?.actual as { qualified: number } | undefined;
  it('on the anniversary it counts, the day after it does not; the other reading excludes the anniversary', () => {
    expect(count('2025-09-01')?.qualified).toBe(1);
    expect(count('2025-09-02')?.qualified).toBe(0);
    expect(count('2025-08-31')?.qualified).toBe(1);
    expect(count('2025-09-01', { 'evaluation.startupAgeInclusive': false })?.qualified).toBe(0);
    expect(count('2025-08-31', { 'evaluation.startupAgeInclusive': false })?.qualified).toBe(1);
  });
});
