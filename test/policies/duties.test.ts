// Every duty is checked and every branch modelled (issue 11.9): a clause marked 'rule' is
// cited directly by a rule (not only by a scoring area); an 'assessment' is scored.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/index.js';
import { policies } from '../../src/index.js';
import { evaluationTimeline, recognitionTimeline } from '../../src/policies/tianjin/index.js';

describe.each(Object.values(policies) as Policy[])('duties of $id', (policy) => {
  const ev = policy.evaluation;
  const rules = [
    ...Object.values(policy.checks).flatMap((s) => s?.rules ?? []),
    ...(ev ? [ev.applicability, ...ev.gates] : []),
  ];
  it("every clause marked 'rule' is cited directly by a rule of a subject, the applicability or a gate", () => {
    const cited = new Set(rules.flatMap((r) => r.clauses));
    expect(policy.clauses.filter((c) => c.coverage === 'rule' && !cited.has(c.id)).map((c) => c.id)).toEqual([]);
  });
  it("every clause marked 'assessment' is scored by the default standard or fixes the grades", () => {
    const scored = new Set([...(ev?.gradeClauses ?? []), ...(ev?.defaultStandard.areas.map((a) => a.clause) ?? [])]);
    expect(policy.clauses.filter((c) => c.coverage === 'assessment' && !scored.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

const recognition = {
  application: '2026-09-28',
  initialReview: '2026-10-13',
  cityReview: '2026-10-22',
  publicity: '2026-10-26',
  approval: '2026-11-02',
};
const AS_OF = { asOf: '2026-11-22' };

describe('Tianjin 三（一）: studios are recognised once a year', () => {
  it('an approval after an earlier recognition of the same year is refused, citing 三（一）', () => {
    const r = recognitionTimeline(recognition, { ...AS_OF, earlierRecognitions: ['2026-06-30'] });
    expect(r.outcome).toMatchObject({ status: 'refused', clauses: ['三（一）'] });
    expect(r.outcome?.next?.zh).toContain('2027');
  });
  it('the same day is the same round; the last day of the year before is another year', () => {
    expect(
      recognitionTimeline(recognition, { ...AS_OF, earlierRecognitions: ['2026-11-02', '2025-12-31'] }).outcome,
    ).toBeUndefined();
    expect(recognitionTimeline(recognition, { ...AS_OF, earlierRecognitions: ['2026-01-01'] }).outcome?.status).toBe(
      'refused',
    );
  });
  it('not yet approved: the application year decides, and only a recognition before it', () => {
    const applied = { application: '2026-09-28' };
    expect(recognitionTimeline(applied, { ...AS_OF, earlierRecognitions: ['2026-09-27'] }).outcome?.status).toBe(
      'refused',
    );
    expect(recognitionTimeline(applied, { ...AS_OF, earlierRecognitions: ['2026-09-28'] }).outcome).toBeUndefined();
  });
  it('an earlier recognition dated after asOf has not been made: a warning, not counted', () => {
    const applied = { application: '2026-12-01' };
    // asOf 2026-11-22: the application is planned; a recognition of 2026-11-23 is not yet made.
    const r = recognitionTimeline(applied, { ...AS_OF, earlierRecognitions: ['2026-11-23', '2027-01-05'] });
    expect(r.outcome).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.path, p.severity])).toEqual([
      ['recognition_after_as_of', ['earlierRecognitions', 0], 'warning'],
      ['recognition_after_as_of', ['earlierRecognitions', 1], 'warning'],
    ]);
    expect(r.problems[0]?.message.zh).toBe(
      '此前认定日期2026-11-23晚于检查日期2026-11-22，截至检查日期尚未认定，未计入',
    );
    expect(r.problems[0]?.message.en).toBe(
      'The earlier recognition of 2026-11-23 is after the as-of date 2026-11-22: not yet made on that date, not counted',
    );
    // On asOf itself it has been made, and refuses the second of the year.
    const onAsOf = recognitionTimeline(applied, { ...AS_OF, earlierRecognitions: ['2026-11-23', '2026-11-22'] });
    expect(onAsOf.outcome).toMatchObject({ status: 'refused', clauses: ['三（一）'] });
    expect(onAsOf.outcome?.reason.en).toContain('on 2026-11-22');
    expect(onAsOf.problems.map((p) => p.code)).toEqual(['recognition_after_as_of']);
    // Of two that year, the refusal names the earliest.
    for (const earlierRecognitions of [
      ['2026-06-30', '2026-03-02'],
      ['2026-03-02', '2026-06-30'],
    ])
      expect(recognitionTimeline(applied, { ...AS_OF, earlierRecognitions }).outcome?.reason.zh).toBe(
        '工作室每年认定一次：2026年已于2026-03-02认定，同年不再认定',
      );
    // Recording a later date gives the same outcome as not recording it.
    expect(
      recognitionTimeline(recognition, { ...AS_OF, earlierRecognitions: ['2026-06-30', '2026-12-01'] }).outcome,
    ).toEqual(recognitionTimeline(recognition, { ...AS_OF, earlierRecognitions: ['2026-06-30'] }).outcome);
  });
  it('a bad list of earlier recognitions is a programmer’s mistake, named', () => {
    expect(() => recognitionTimeline(recognition, { earlierRecognitions: ['2026-02-30'] })).toThrow(
      /earlierRecognitions\[0\]/u,
    );
  });
});

describe('an objection during publicity stops the procedure (三（一）4, 四（二）5 "公示无异议的")', () => {
  // Publicity 2026-10-26 to 10-30 (5 working days).
  it('on the first and on the last day of publicity: stopped, what follows not set by the text', () => {
    for (const objection of ['2026-10-26', '2026-10-30']) {
      const r = recognitionTimeline({ ...recognition, objection }, AS_OF);
      expect(r.outcome).toMatchObject({ status: 'stopped', next: null });
      expect(r.outcome?.clauses).toContain('三（一）4');
      expect(r.outcome?.reason.en).toContain('does not say');
      expect(r.steps.map((s) => s.id)).not.toContain('approval');
      // The approval recorded anyway waits on the objection.
      expect(r.problems.map((p) => p.code)).toContain('after_objection');
    }
  });
  it('the day before or after the publicity: not a publicity objection (a warning), the procedure runs on', () => {
    for (const objection of ['2026-10-23', '2026-10-31']) {
      const r = recognitionTimeline({ ...recognition, objection }, AS_OF);
      expect(r.outcome).toBeUndefined();
      expect(r.problems.map((p) => p.code)).toEqual(['objection_outside_publicity']);
      expect(r.steps.map((s) => s.id)).toContain('plaque');
    }
  });
  it('in an evaluation: the announcement is not reached', () => {
    const r = evaluationTimeline({ launch: '2026-09-01', publicity: '2026-09-28', objection: '2026-10-09' }, AS_OF);
    expect(r.outcome).toMatchObject({ status: 'stopped' });
    expect(r.outcome?.clauses).toContain('四（二）5');
    expect(r.steps.map((s) => s.id)).not.toContain('announcement');
  });
});

describe('四（二）4: only 合格 and above are published', () => {
  const dates = { launch: '2026-09-01', selfAssessment: '2026-09-10', districtAssessment: '2026-09-20' };
  it('合格: the publicity is a step', () => {
    const r = evaluationTimeline(dates, { ...AS_OF, grade: 'pass' });
    expect(r.outcome).toBeUndefined();
    expect(r.steps.map((s) => s.id)).toContain('publicity');
  });
  it('不合格: no publicity, the result still announced (四（二）); recognition withdrawn (四（二）5)', () => {
    const r = evaluationTimeline(dates, { ...AS_OF, grade: 'fail' });
    expect(r.outcome).toMatchObject({ status: 'no_publicity', clauses: ['四（二）4', '四（二）5'] });
    expect(r.outcome?.next?.zh).toContain('取消工作室资格');
    expect(r.steps.map((s) => s.id)).toEqual(['launch', 'selfAssessment', 'districtAssessment', 'announcement']);
  });
  it('不合格 with a publicity recorded: a warning', () => {
    const r = evaluationTimeline({ ...dates, publicity: '2026-09-28' }, { ...AS_OF, grade: 'fail' });
    expect(r.problems.map((p) => p.code)).toEqual(['no_publicity_for_fail']);
  });
  it('a grade that is not one is a programmer’s mistake', () => {
    // @ts-expect-error not a grade
    expect(() => evaluationTimeline(dates, { grade: '合格' })).toThrow(/options\.grade/u);
  });
});
