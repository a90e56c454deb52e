// Issue 24 (Pingdingshan items 1–7, the two principles), issue 26 (readings read at
// check time) and issue 27 item 4 (exitAssessment): both sides of each boundary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, evaluate, exitAssessment, majorMatterReport } from '../../../src/policies/pingdingshan/index.js';
import { personKey } from '../../../src/policies/pingdingshan/studio.js';
import { AS_OF, result, studio } from './studio-fixture.js';

const year = JSON.parse(
  readFileSync(new URL('../../../examples/pingdingshan/year-record.json', import.meta.url), 'utf8'),
);
const mentor = JSON.parse(readFileSync(new URL('../../../examples/pingdingshan/mentor.json', import.meta.url), 'utf8'));
const run = (input: unknown, options: object = {}) => check('studio', input, { asOf: AS_OF, ...options });
const [lead, m1, m2] = studio.mentors;
const junior = { ...m2, name: '钱某', idNumber: 'x-4', serviceSince: '2025-01-01', certificates: [] };
const gate = (r: ReturnType<typeof evaluate>, id: string) =>
  r.results.find((x) => x.ruleId === `pingdingshan.effects.${id}`);

describe('item 1: 至少 is met by the qualifying three; the others are named, not failed', () => {
  it('a fourth, junior person leaves the studio eligible and is named in both languages', () => {
    const r = run({ ...studio, mentors: [lead, m1, m2, junior] });
    expect(r.verdict).toBe('eligible');
    const m = result(r, 'studio.mentors');
    expect(m.status).toBe('pass');
    expect(m.message.zh).toContain('钱某不符合第五条（一）（二）');
    expect(m.message.zh).toContain('不计为创业导师');
    expect(m.message.en).toContain('钱某 does not meet');
  });
  it('one qualified mentor fails at 2; two pass (one below / at the count)', () => {
    expect(result(run({ ...studio, mentors: [lead, m1, junior] }), 'studio.mentors').status).toBe('fail');
    expect(result(run({ ...studio, mentors: [lead, m1, m2] }), 'studio.mentors').status).toBe('pass');
  });
  it('an open person leaves the count open only when it could change it', () => {
    const open = { ...junior, serviceSince: undefined, serviceYears: undefined };
    expect(result(run({ ...studio, mentors: [lead, m1, open] }), 'studio.mentors').status).toBe('unknown');
    expect(result(run({ ...studio, mentors: [lead, m1, m2, open] }), 'studio.mentors').status).toBe('pass');
  });
});

describe('item 2: 第六条（二）candidate pool', () => {
  const pool = (host: object, countyLevelStudio?: boolean) =>
    result(run({ ...studio, host: { ...studio.host, ...host }, countyLevelStudio }), 'studio.candidate_pool');
  it('a university within the city passes; outside it, not a county studio, fails; open asks', () => {
    expect(pool({ withinCity: true }).status).toBe('pass');
    expect(pool({ withinCity: false }, false).status).toBe('fail');
    expect(pool({ withinCity: false }, false).message.en).toContain('outside the city');
    expect(pool({ withinCity: false }, true).status).toBe('pass');
    expect(pool({ withinCity: undefined })).toMatchObject({
      status: 'unknown',
      missing: ['host.withinCity', 'countyLevelStudio'],
    });
    expect(pool({ kind: 'hr_service' }, false).message.zh).toContain('不是高校');
  });
});

describe('item 3: 第七条 defects are to be supplied, never 不符合条件', () => {
  const materials = (m: object) => result(run({ ...studio, materials: { ...studio.materials, ...m } }), 'materials');
  it('1 copy: incomplete, asking for 2; 2 copies: pass', () => {
    const one = materials({ copies: 1 });
    expect(one).toMatchObject({ status: 'unknown', code: 'to_supplement', missing: ['materials.copies'] });
    expect(one.message.zh).toContain('不是不符合条件');
    expect(one.message.en).toContain('2 copies (1 given)');
    expect(materials({ copies: 2 }).status).toBe('pass');
    expect(run({ ...studio, materials: { ...studio.materials, applicationForm: false } }).verdict).toBe('incomplete');
  });
});

describe('item 4, 5: whole calendar quarters, the calendar year by default, pending and before recognition', () => {
  it('no period given: the latest calendar year ended before asOf', () => {
    expect(evaluate(year, { asOf: '2026-01-01' }).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(evaluate(year, { asOf: '2025-12-31' }).period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(evaluate(year, { asOf: '2026-01-01' }).grade).toBe('pass');
  });
  it('a quarter ending in a non-calendar period is judged whole, records before the period included', () => {
    const r = evaluate(year, { from: '2025-02-15', to: '2026-02-14', asOf: '2026-03-01' });
    const q = gate(r, 'quarterly_exchange');
    expect(q?.actual).toContainEqual(expect.objectContaining({ quarter: '2025Q1', status: 'met', count: 1 }));
    expect(q?.actual).toContainEqual(expect.objectContaining({ quarter: '2026Q1', status: 'later' }));
    const noQ1 = { ...year, activities: year.activities.filter((a: { date: string }) => a.date !== '2025-03-14') };
    const short = gate(
      evaluate(noQ1, { from: '2025-02-15', to: '2026-02-14', asOf: '2026-03-01' }),
      'quarterly_exchange',
    );
    expect(short?.status).toBe('fail');
    expect(short?.message.zh).toContain('2025Q1未达到');
  });
  it('a quarter not over is pending, never 未达到; the day it ends it is judged', () => {
    const y = { ...year, activities: year.activities.filter((a: { date: string }) => a.date < '2025-10-01') };
    const mid = gate(evaluate(y, { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-30' }), 'quarterly_exchange');
    expect(mid?.status).toBe('unknown');
    expect(mid?.message.zh).not.toContain('未达到');
    expect(mid?.message.zh).toContain('2025Q4尚未结束');
    const after = gate(evaluate(y, { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01' }), 'quarterly_exchange');
    expect(after?.status).toBe('fail');
  });
  it('backbones mid-year are pending; quarters of a year before recognition are not applicable', () => {
    const mid = gate(evaluate(year, { from: '2025-01-01', to: '2025-12-31', asOf: '2025-08-01' }), 'backbones');
    expect(mid).toMatchObject({ status: 'unknown', code: 'year_pending' });
    expect(mid?.message.en).toContain('1 more needed');
    const before = evaluate(
      { ...year, recognizedOn: '2025-10-10' },
      { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-05' },
    );
    expect(before.gradeLabel.en).toBe('Not applicable');
    expect(before.results.every((x) => x.status === 'not_applicable')).toBe(true);
  });
  it('a record dated after the evaluation day is not counted, and said', () => {
    const y = { ...year, backbones: [...year.backbones, { name: '新人', date: '2025-12-20' }] };
    const r = gate(evaluate(y, { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-01' }), 'backbones');
    expect(r?.message.zh).toContain('晚于评价日2025-12-01，未计入');
  });
});

describe('item 7: before the measures, not applicable, never ineligible', () => {
  it('the day before the caller’s issue date: not applicable, never ineligible; the day of: in force', () => {
    const before = run(studio, { asOf: '2024-05-31', effectiveFrom: '2024-06-01' });
    expect(before.verdict).toBe('not_applicable');
    expect(before.notApplicable?.zh).toContain('第十四条');
    expect(before.notApplicable?.en).toContain('第十四条');
    expect(result(before, 'studio.in_force').message.zh).toContain('不适用');
    expect(
      before.results
        .filter((x) => x.ruleId !== 'pingdingshan.studio.in_force')
        .every((x) => x.status === 'not_applicable'),
    ).toBe(true);
    expect(run({ ...studio, staff: [] }, { asOf: '2023-12-31' }).verdict).not.toBe('ineligible');
    expect(result(run(studio, { asOf: '2024-06-01', effectiveFrom: '2024-06-01' }), 'studio.in_force').status).toBe(
      'pass',
    );
  });
});

describe('issue 26: readings and changed values read at check time', () => {
  it('mentor.serviceYearsReached: the anniversary passes by default, fails the day after-anniversary reading', () => {
    const m = { ...mentor, serviceSince: '2021-11-22' };
    expect(check('mentor', m, { asOf: AS_OF }).verdict).toBe('eligible');
    const r = check('mentor', m, { asOf: AS_OF, readings: { 'mentor.serviceYearsReached': 'day-after-anniversary' } });
    expect(r.verdict).toBe('ineligible');
    expect(r.parameters?.[0]).toMatchObject({ id: 'mentor.serviceYearsReached', kind: 'reading' });
    expect(
      check('mentor', m, { asOf: '2026-11-23', readings: { 'mentor.serviceYearsReached': 'day-after-anniversary' } })
        .verdict,
    ).toBe('eligible');
  });
  it('mentor.serviceYears is the text’s: refused as a reading, a reform under parameters', () => {
    const m = { ...mentor, serviceSince: undefined, serviceYears: 4 };
    expect(check('mentor', m, { asOf: AS_OF }).verdict).toBe('ineligible');
    expect(check('mentor', m, { asOf: AS_OF, readings: { 'mentor.serviceYears': 3 } }).problems[0]?.code).toBe(
      'reading_of_text',
    );
    const reform = check('mentor', m, { asOf: AS_OF, parameters: { 'mentor.serviceYears': 3 } });
    expect(reform.verdict).toBe('eligible');
    expect(reform.reform?.zh).toContain('非政策原文结论');
  });
  it('effects.quarters: the in-period reading leaves a quarter cut by the period unjudged', () => {
    const noQ1 = { ...year, activities: year.activities.filter((a: { date: string }) => a.date !== '2025-03-14') };
    const opts = { from: '2025-02-15', to: '2026-02-14', asOf: '2026-03-01' };
    expect(gate(evaluate(noQ1, opts), 'quarterly_exchange')?.status).toBe('fail');
    expect(
      gate(evaluate(noQ1, { ...opts, readings: { 'effects.quarters': 'calendar-in-period' } }), 'quarterly_exchange')
        ?.status,
    ).toBe('pass');
  });
  it('effects.year: the year of recognition is graded only under from-recognition', () => {
    const y = { ...year, recognizedOn: '2025-01-02' };
    const opts = { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-05' };
    expect(evaluate(y, opts).gradeLabel.en).toBe('Not applicable');
    expect(evaluate(y, { ...opts, readings: { 'effects.year': 'from-recognition' } }).grade).toBe('pass');
  });
  it('studio.leadCountsAsMentor still changes the mentors count', () => {
    expect(run({ ...studio, mentors: [lead, m1] }).verdict).toBe('ineligible');
    expect(run({ ...studio, mentors: [lead, m1] }, { readings: { 'studio.leadCountsAsMentor': true } }).verdict).toBe(
      'eligible',
    );
  });
  it('an informative parameter (the plan’s years) is refused', () => {
    expect(run(studio, { parameters: { 'plan.years': 5 } }).problems[0]?.code).toBe('parameter_not_read');
  });
});

describe('exit: deadlines on rest days and deadlines before the assessment', () => {
  it('a deadline on a rest day moves to the next working day (Civil Code art. 203)', () => {
    // 2026-10-03 is in the National Day holiday; the next working day is 2026-10-08.
    const h = { failedAssessments: [{ date: '2026-07-01', rectificationDeadline: '2026-10-03', rectified: false }] };
    expect(exitAssessment(h, '2026-10-08').mustExit).toBe('no');
    expect(exitAssessment(h, '2026-10-09')).toMatchObject({ mustExit: 'yes', kind: 'forced' });
  });
  it('a deadline before the assessment is refused, never a forced exit', () => {
    const h = { failedAssessments: [{ date: '2026-07-01', rectificationDeadline: '2026-06-30', rectified: false }] };
    const r = exitAssessment(h, '2026-08-01');
    expect(r.mustExit).toBe('unknown');
    expect(r.problems[0]).toMatchObject({
      code: 'deadline_before_assessment',
      path: ['failedAssessments', 0, 'rectificationDeadline'],
    });
    expect(r.problems[0]?.message.en).toContain('before the assessment');
  });
  it('an event dated after asOf is not counted, and said', () => {
    const r = exitAssessment({ hostRequestedExitOn: '2026-09-01' }, '2026-08-31');
    expect(r.mustExit).toBe('no');
    expect(r.grounds.find((g) => g.id === 'hostRequestedExit')?.message.zh).toContain('晚于评估日2026-08-31，未计入');
  });
});

describe('issue 27: the exported helpers throw only the library’s typed errors', () => {
  it('hostile arguments give InvalidArgumentError naming the argument', async () => {
    const sub = await import('../../../src/policies/pingdingshan/index.js');
    const { isLibraryError } = await import('../../../src/core/errors.js');
    const hostile: unknown[] = [
      null,
      1,
      'x',
      [],
      Object.create(null),
      1n,
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const [name, fn] of Object.entries(sub)) {
      if (typeof fn !== 'function') continue;
      for (const a of hostile)
        for (const b of hostile)
          try {
            (fn as (...x: unknown[]) => unknown)(a, b, b);
          } catch (e) {
            expect(isLibraryError(e), `${name}: ${(e as Error).message}`).toBe(true);
          }
    }
    expect(() => personKey({ name: 1 } as never, 0)).toThrow(/person\.name/u);
  });
});

describe('majorMatterReport refuses what cannot be (issue 27 item 4)', () => {
  const trigger = { kind: 'major_result' as const, date: '2026-05-06' };
  it('an as-of date that is not a date, and a report dated before the matter, are invalid', () => {
    expect(majorMatterReport(trigger, '2026-05-08', { asOf: 'zzz' }).status).toBe('invalid');
    expect(majorMatterReport(trigger, '2026-05-08', { asOf: '2026-06-01' }).status).toBe('reported');
    const early = majorMatterReport(trigger, '2026-05-05', { asOf: '2026-06-01' });
    expect(early.status).toBe('invalid');
    expect(early.message).toEqual({
      zh: '报告日期2026-05-05早于事项发生日期2026-05-06',
      en: 'The report (2026-05-05) is dated before the matter (2026-05-06)',
    });
    // The day of the matter itself is a report in time.
    expect(majorMatterReport(trigger, '2026-05-06', { asOf: '2026-06-01' }).status).toBe('reported');
  });
});
