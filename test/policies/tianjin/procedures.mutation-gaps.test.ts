// What an official reads from the Tianjin procedures, asserted exactly: the refusal of a
// second recognition in a year (三（一）), the 不合格 grade that is not published
// (四（二）4–5), the problems and step labels of 五 as one record, the arguments a bad
// call names, and the boundaries of 五（一）'s spot checks (the first and last day of a
// year, the as-of date itself).
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/calendar/errors.js';
import { createCalendar } from '../../../src/calendar/index.js';
import {
  changeFiling,
  evaluationTimeline,
  recognitionTimeline,
  rectification,
  spotCheckYears,
  supervisionTimeline,
} from '../../../src/policies/tianjin/index.js';

/** The InvalidArgumentError a call throws (fails the test when it throws nothing else). */
function thrown(f: () => unknown): InvalidArgumentError {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
const throwing = (key: PropertyKey) =>
  Object.defineProperty({}, key, {
    get() {
      throw new Error('no');
    },
    enumerable: true,
  });

describe('recognition: once a year (三（一）)', () => {
  const asOf = '2026-02-01';
  it('the starting date missing is one error naming it, and no steps', () => {
    const r = recognitionTimeline({}, { asOf, earlierRecognitions: ['2026-01-05'] });
    expect(r.steps).toEqual([]);
    expect(r.outcome).toBeUndefined();
    expect(r.problems).toEqual([
      {
        path: ['application'],
        code: 'missing',
        severity: 'error',
        message: { zh: '缺少起始日期 application', en: 'The starting date application is missing' },
      },
    ]);
    expect(r.calendar.provisional).toBeNull();
  });
  it('the year is the approval’s once approved: applied in 2025, approved in 2026, 2026 already had one', () => {
    const dates = { application: '2025-12-01', approval: '2026-01-20' };
    const r = recognitionTimeline(dates, { asOf, earlierRecognitions: ['2026-01-05'] });
    expect(r.outcome).toEqual({
      status: 'refused',
      clauses: ['三（一）'],
      reason: {
        zh: '工作室每年认定一次：2026年已于2026-01-05认定，同年不再认定',
        en: 'Studios are recognised once a year: 2026 already had its recognition on 2026-01-05; no second one that year',
      },
      next: { zh: '可于2027年的认定中申报', en: 'Apply in the 2027 recognition' },
    });
    // A 2025 recognition is another year's: this one (2026) stands.
    expect(recognitionTimeline(dates, { asOf, earlierRecognitions: ['2025-11-01'] }).outcome).toBeUndefined();
  });
  it('while not approved, the year is the application’s', () => {
    const r = recognitionTimeline({ application: '2025-12-01' }, { asOf, earlierRecognitions: ['2025-03-01'] });
    expect(r.outcome?.next).toEqual({ zh: '可于2026年的认定中申报', en: 'Apply in the 2026 recognition' });
  });
  it('null options are refused as options; bad earlier recognitions name themselves', () => {
    expect(thrown(() => recognitionTimeline({ application: '2026-01-05' }, null as never)).argument).toBe('options');
    const notList = thrown(() =>
      recognitionTimeline({ application: '2026-01-05' }, { asOf, earlierRecognitions: '2026-01-01' as never }),
    );
    expect(notList.argument).toBe('options.earlierRecognitions');
    expect(notList.message).toContain('an array of YYYY-MM-DD dates');
    const unreadable = thrown(() =>
      recognitionTimeline({ application: '2026-01-05' }, throwing('earlierRecognitions')),
    );
    expect(unreadable.argument).toBe('options.earlierRecognitions');
    const list = ['2025-01-01'];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error('no');
      },
    });
    const entry = thrown(() => recognitionTimeline({ application: '2026-01-05' }, { asOf, earlierRecognitions: list }));
    expect(entry.argument).toBe('options.earlierRecognitions[1]');
  });
});

describe('evaluation: a 不合格 grade is not published (四（二）4–5)', () => {
  const asOf = '2026-07-01';
  it('a publicity recorded is a warning naming its date; the announcement is kept (四（二）: every result is announced)', () => {
    const r = evaluationTimeline(
      { launch: '2026-03-01', publicity: '2026-06-01', announcement: '2026-06-10', extra: 1 },
      { asOf, grade: 'fail' },
    );
    expect(r.problems.map((p) => p.path.join('.'))).toEqual(['extra', 'publicity']);
    expect(r.problems[1]).toEqual({
      path: ['publicity'],
      code: 'no_publicity_for_fail',
      severity: 'warning',
      message: {
        zh: '不合格等次不公示（四（二）4），但记录了publicity（2026-06-01）',
        en: 'A 不合格 grade is not published (四（二）4), yet publicity is recorded (2026-06-01)',
      },
    });
    expect(r.steps.map((s) => s.id)).toEqual(['launch', 'selfAssessment', 'districtAssessment', 'announcement']);
    expect(r.steps[3]).toMatchObject({ id: 'announcement', done: '2026-06-10', status: 'done' });
    expect(r.outcome).toEqual({
      status: 'no_publicity',
      clauses: ['四（二）4', '四（二）5'],
      reason: {
        zh: '评估等次为不合格：只对合格以上等次公示（四（二）4）；评估结果仍向社会公布（四（二））',
        en: 'Graded 不合格: only 合格 and above go to publicity (四（二）4); the result is still announced (四（二）)',
      },
      next: {
        zh: '向社会公布评估结果，取消工作室资格（四（二）5）',
        en: 'The result announced; recognition withdrawn (四（二）5)',
      },
    });
  });
  it('a publicity that is not a date is an error at its path, not a warning', () => {
    const r = evaluationTimeline({ launch: '2026-03-01', publicity: '2026-02-30' }, { asOf, grade: 'fail' });
    expect(r.problems).toMatchObject([{ path: ['publicity'], code: 'invalid_date', severity: 'error' }]);
  });
  it('合格 (the lowest grade 以上 includes) keeps its publicity; 不合格, one grade below, has none', () => {
    const dates = { launch: '2026-03-01' };
    expect(evaluationTimeline(dates, { asOf, grade: 'pass' }).steps.map((s) => s.id)).toContain('publicity');
    expect(evaluationTimeline(dates, { asOf, grade: 'fail' }).steps.map((s) => s.id)).not.toContain('publicity');
  });
  it('steps not recorded raise no warning', () => {
    expect(evaluationTimeline({ launch: '2026-03-01' }, { asOf, grade: 'fail' }).problems).toEqual([]);
  });
  it('合格 is published: no outcome; null options are refused as options; a bad grade names itself', () => {
    expect(evaluationTimeline({ launch: '2026-03-01' }, { asOf, grade: 'pass' }).outcome).toBeUndefined();
    expect(thrown(() => evaluationTimeline({ launch: '2026-03-01' }, null as never)).argument).toBe('options');
    const bad = thrown(() => evaluationTimeline({ launch: '2026-03-01' }, { grade: 'poor' as never }));
    expect(bad.argument).toBe('options.grade');
    expect(bad.message).toContain("'excellent', 'good', 'pass' or 'fail'");
    expect(thrown(() => evaluationTimeline({ launch: '2026-03-01' }, throwing('grade'))).argument).toBe(
      'options.grade',
    );
  });
});

describe('the deadlines of 五 refuse bad arguments by name', () => {
  it('changeFiling', () => {
    expect(thrown(() => changeFiling('2026-02-30')).argument).toBe('changedOn');
    const early = thrown(() => changeFiling('2026-02-10', '2026-02-09'));
    expect(early.argument).toBe('filedOn');
    expect(early.message).toContain('on or after changedOn (2026-02-10)');
  });
  it('rectification', () => {
    expect(thrown(() => rectification('2026-13-01')).argument).toBe('orderedOn');
    for (const bad of [null, 'passed', 3]) {
      const e = thrown(() => rectification('2026-09-01', bad as never));
      expect(e.argument).toBe('outcome');
      expect(e.message).toContain('an object');
    }
    const early = thrown(() => rectification('2026-09-01', { rectifiedOn: '2026-08-31' }));
    expect(early.argument).toBe('outcome.rectifiedOn');
    expect(early.message).toContain('on or after orderedOn (2026-09-01)');
    expect(thrown(() => rectification('2026-09-01', throwing('rectifiedOn'))).argument).toBe('outcome.rectifiedOn');
    expect(thrown(() => rectification('2026-09-01', throwing('passed'))).argument).toBe('outcome.passed');
    expect(thrown(() => rectification('2026-09-01', { passed: 'no' as never })).message).toContain(
      'true, false or undefined',
    );
  });
  it('a failed rectification says so in both languages', () => {
    expect(rectification('2026-09-01', { passed: false }, { asOf: '2026-09-02' }).consequence).toEqual({
      zh: '整改不合格，取消工作室资格（五（二））',
      en: 'Rectification failed: recognition withdrawn (五（二））',
    });
  });
  it('spotCheckYears', () => {
    const notList = thrown(() => spotCheckYears('2026-05-01' as never, '2026-01-01', '2026-12-31'));
    expect(notList.argument).toBe('checks');
    expect(notList.message).toContain('an array of YYYY-MM-DD dates');
    expect(thrown(() => spotCheckYears([], '2026-00-01', '2026-12-31')).argument).toBe('from');
    expect(thrown(() => spotCheckYears([], '2026-01-01', '2026-12-32')).argument).toBe('to');
    const reversed = thrown(() => spotCheckYears([], '2026-01-02', '2026-01-01'));
    expect(reversed.argument).toBe('to');
    expect(reversed.message).toContain('a date on or after from (2026-01-02)');
    const noLength = new Proxy([], {
      get(target, key) {
        if (key === 'length') throw new Error('no');
        return Reflect.get(target, key);
      },
    });
    expect(thrown(() => spotCheckYears(noLength, '2026-01-01', '2026-12-31')).argument).toBe('checks');
    const list = ['2026-05-01'];
    Object.defineProperty(list, 0, {
      get() {
        throw new Error('no');
      },
    });
    expect(thrown(() => spotCheckYears(list, '2026-01-01', '2026-12-31')).argument).toBe('checks[0]');
  });
  it('a year is missed only once its 31 December is over', () => {
    const at = (asOf: string) => spotCheckYears([], '2026-03-01', '2026-12-31', { asOf })[0]?.status;
    expect(at('2026-06-30')).toBe('pending');
    expect(at('2026-12-31')).toBe('pending');
    expect(at('2027-01-01')).toBe('missed');
  });
});

describe('五 as one record: what an official reads', () => {
  const asOf = '2026-11-20';
  it('a spot-check year is labelled with its year; its first check is the one shown', () => {
    const r = supervisionTimeline({ recognizedOn: '2025-03-01', spotChecks: ['2025-07-01', '2025-05-01'] }, { asOf });
    expect(r.steps[0]).toEqual({
      id: 'spotCheck-2025',
      label: { zh: '年度抽查（2025年）', en: 'Yearly spot check 2025' },
      clauses: ['五（一）'],
      from: '2025-03-01',
      due: '2025-12-31',
      done: '2025-05-01',
      status: 'on_time',
    });
    expect(r.problems).toEqual([]);
    // The order of the list does not matter.
    const sorted = supervisionTimeline(
      { recognizedOn: '2025-03-01', spotChecks: ['2025-05-01', '2025-07-01'] },
      { asOf },
    );
    expect(sorted.steps[0]?.done).toBe('2025-05-01');
  });
  it('years before 1000 are dated with four digits', () => {
    expect(spotCheckYears([], '0999-03-01', '0999-12-31', { asOf: '1000-01-01' })[0]?.status).toBe('missed');
    expect(spotCheckYears([], '0999-03-01', '0999-12-31', { asOf: '0999-12-31' })[0]?.status).toBe('pending');
    expect(supervisionTimeline({ recognizedOn: '0999-03-01' }, { asOf: '0999-06-01' }).steps[0]).toMatchObject({
      from: '0999-03-01',
      due: '0999-12-31',
      status: 'pending',
    });
    const weekends = { asOf: '0999-06-01', calendar: createCalendar({ fallback: 'weekends' }) };
    expect(supervisionTimeline({ recognizedOn: '0998-03-01' }, weekends).steps[1]).toMatchObject({
      from: '0999-01-01',
      due: '0999-12-31',
    });
  });
  it('a check counts on the day of recognition, on 31 December and on the as-of date; after the as-of date it does not', () => {
    const done = (recognizedOn: string, check: string, at = asOf) =>
      supervisionTimeline({ recognizedOn, spotChecks: [check] }, { asOf: at }).steps[0];
    expect(done('2025-03-01', '2025-03-01')).toMatchObject({ done: '2025-03-01', status: 'on_time' });
    expect(done('2025-03-01', '2025-02-28')).toMatchObject({ done: null, status: 'overdue' });
    expect(done('2025-03-01', '2025-12-31')).toMatchObject({ done: '2025-12-31', status: 'on_time' });
    expect(done('2025-03-01', '2026-01-01')).toMatchObject({ done: null, status: 'overdue' });
    expect(done('2026-03-01', '2026-06-01', '2026-06-01')).toMatchObject({ done: '2026-06-01', status: 'on_time' });
    expect(done('2026-03-01', '2026-06-02', '2026-06-01')).toMatchObject({ done: null, status: 'pending' });
  });
  it('only a year overdue carries lateness', () => {
    const r = supervisionTimeline(
      { recognizedOn: '2024-03-01', spotChecks: ['2024-05-01'], changedOn: '2026-11-02', filedOn: '2026-11-03' },
      { asOf },
    );
    expect(r.steps.map((s) => [s.id, s.status, s.lateByDays])).toEqual([
      ['spotCheck-2024', 'on_time', undefined],
      ['spotCheck-2025', 'overdue', 324],
      ['spotCheck-2026', 'pending', undefined],
      ['changeFiling', 'on_time', undefined],
    ]);
    for (const i of [0, 2, 3]) {
      expect(Object.keys(r.steps[i] ?? {})).not.toContain('lateByWorkdays');
      expect(Object.keys(r.steps[i] ?? {})).not.toContain('lateByDays');
    }
  });
  it('the calendar is provisional exactly when a lateness or a period reaches past the data', () => {
    const weekends = createCalendar({ fallback: 'weekends' });
    const opts = { asOf: '2027-01-05', calendar: weekends };
    // Checked in 2026 and 2027 not yet over: nothing counted past 2026.
    expect(
      supervisionTimeline({ recognizedOn: '2026-03-01', spotChecks: ['2026-05-01'] }, opts).calendar.provisional,
    ).toBeNull();
    // 2026 missed: its lateness runs into 2027.
    expect(supervisionTimeline({ recognizedOn: '2026-03-01' }, opts).calendar.provisional).toMatchObject({
      from: '2027-01-01',
      to: '2027-01-05',
      years: [2027],
    });
    // Ordered 2026-11-20, due 2026-12-21 (the 20th is a Sunday); rectified in 2027: late into 2027.
    const late = supervisionTimeline({ orderedOn: '2026-11-20', rectifiedOn: '2027-01-04' }, opts);
    expect(late.steps[0]).toMatchObject({ status: 'late', due: '2026-12-21' });
    expect(late.calendar.provisional).toMatchObject({ from: '2027-01-01', to: '2027-01-04' });
    const onTime = supervisionTimeline({ orderedOn: '2026-11-20', rectifiedOn: '2026-12-01' }, opts);
    expect(onTime.calendar.provisional).toBeNull();
  });
  it('each missing event is one error with its message', () => {
    expect(supervisionTimeline({ spotChecks: ['2026-03-09'] }, { asOf }).problems).toEqual([
      {
        path: ['recognizedOn'],
        code: 'missing',
        severity: 'error',
        message: {
          zh: '抽查自认定之日起每年至少一次：缺少认定日期 recognizedOn',
          en: 'Spot checks are owed every year from recognition: recognizedOn is missing',
        },
      },
    ]);
    expect(supervisionTimeline({ rectifiedOn: '2026-03-09' }, { asOf }).problems).toEqual([
      {
        path: ['orderedOn'],
        code: 'missing',
        severity: 'error',
        message: {
          zh: '整改期限自责令整改之日起算：缺少 orderedOn',
          en: 'Rectification counts from the order: orderedOn is missing',
        },
      },
    ]);
    expect(supervisionTimeline({ filedOn: '2026-03-09' }, { asOf }).problems).toEqual([
      {
        path: ['changedOn'],
        code: 'missing',
        severity: 'error',
        message: {
          zh: '变更备案期限自变更之日起算：缺少 changedOn',
          en: 'Filing counts from the change: changedOn is missing',
        },
      },
    ]);
    // With their events, the same dates raise nothing.
    expect(
      supervisionTimeline(
        {
          recognizedOn: '2026-03-01',
          spotChecks: ['2026-03-09'],
          orderedOn: '2026-03-01',
          rectifiedOn: '2026-03-09',
          changedOn: '2026-03-01',
          filedOn: '2026-03-09',
        },
        { asOf },
      ).problems,
    ).toEqual([]);
  });
  it('a deadline met before its event: the problem names both dates and the clause', () => {
    const fixing = supervisionTimeline({ orderedOn: '2026-03-10', rectifiedOn: '2026-03-09' }, { asOf });
    expect(fixing.problems).toEqual([
      {
        path: ['rectifiedOn'],
        code: 'out_of_order',
        severity: 'error',
        message: {
          zh: 'rectifiedOn（2026-03-09）早于其起算日期（2026-03-10）（五（二））',
          en: 'rectifiedOn (2026-03-09) is before the date it counts from (2026-03-10) (五（二）)',
        },
      },
    ]);
    expect(fixing.steps[0]).toMatchObject({ id: 'rectification', status: 'premature', done: '2026-03-09' });
    // Met on the day of its event is on time.
    expect(supervisionTimeline({ orderedOn: '2026-03-10', rectifiedOn: '2026-03-10' }, { asOf }).steps[0]?.status).toBe(
      'on_time',
    );
  });
  it('recognised after the as-of date, or no event at all: said in words', () => {
    expect(supervisionTimeline({ recognizedOn: '2026-11-21' }, { asOf }).problems).toEqual([
      {
        path: ['recognizedOn'],
        code: 'not_yet',
        severity: 'warning',
        message: {
          zh: '认定日期2026-11-21晚于核验日期2026-11-20：尚无应抽查的年度',
          en: 'Recognised on 2026-11-21, after 2026-11-20: no year of spot checks is owed yet',
        },
      },
    ]);
    // Recognised later, with a change to date: the change is dated, no warning about the years.
    const withChange = supervisionTimeline({ recognizedOn: '2026-11-21', changedOn: '2026-11-02' }, { asOf });
    expect(withChange.problems).toEqual([]);
    expect(withChange.steps.map((s) => s.id)).toEqual(['changeFiling']);
    expect(supervisionTimeline({}, { asOf }).problems).toEqual([
      {
        path: [],
        code: 'missing',
        severity: 'error',
        message: {
          zh: '没有可起算的事件：请给出 recognizedOn（抽查）、orderedOn（整改）或 changedOn（变更备案）',
          en: 'No event to count from: give recognizedOn (spot checks), orderedOn (rectification) or changedOn (change filing)',
        },
      },
    ]);
    // A warning alone does not hide that there is no event.
    expect(supervisionTimeline({ extra: 1 }, { asOf }).problems.map((p) => p.code)).toEqual(['unknown_key', 'missing']);
    // A record already in error is not told there is no event on top.
    expect(supervisionTimeline({ changedOn: '2026-02-30' }, { asOf }).problems.map((p) => p.code)).toEqual([
      'invalid_date',
    ]);
  });
});

describe('a deadline judged before its event counts no day before it', () => {
  // The weekends-only fallback covers the years before the built-in data (2007–) too:
  // a day of 2006 counted would make the answer provisional.
  const opts = { asOf: '2006-12-29', calendar: createCalendar({ fallback: 'weekends' }) };
  it('pending, with nothing provisional', () => {
    expect(changeFiling('2026-02-10', undefined, opts)).toMatchObject({
      status: 'pending',
      calendar: { provisional: null },
    });
    expect(rectification('2026-09-01', {}, opts)).toMatchObject({ status: 'pending', calendar: { provisional: null } });
    const r = supervisionTimeline({ changedOn: '2026-02-10', orderedOn: '2026-09-01' }, opts);
    expect(r.steps.map((s) => s.status)).toEqual(['pending', 'pending']);
    expect(r.calendar.provisional).toBeNull();
  });
});
