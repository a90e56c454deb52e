// A procedure as a chain of steps (core/procedure.ts), apart from any policy: each status on
// both sides of the date that decides it, what the next step counts from, when later steps
// become projections, and what the record-reading functions report.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { type InvalidArgumentError, RANGE_ADVICE } from '../../src/calendar/errors.js';
import {
  type DatedProcedure,
  outOfOrder,
  procedureTimeline,
  type StepSpec,
  stopOnObjection,
  timelineFromInput,
} from '../../src/core/procedure.js';
import type { Parameter } from '../../src/core/types.js';
import { recognitionTimeline } from '../../src/policies/tianjin/index.js';
import { thrown } from '../helpers/thrown.js';

const n = (value: number) => ({ value }) as Parameter<number>;
const step = (id: string, duration: StepSpec['duration'], clauses = [id]): StepSpec => ({
  id,
  label: { zh: id, en: id },
  clauses,
  duration,
});
// November 2026 has no holiday: working days are Monday to Friday.
const steps: StepSpec[] = [
  step('apply', { kind: 'none' }),
  step('review', { kind: 'workdays', n: n(5) }),
  step('publicity', { kind: 'publicity', n: n(5) }),
  step('approve', { kind: 'workdays', n: n(10) }),
];
const START = '2026-11-02'; // a Monday
const at = (done: Record<string, string>, asOf: string) =>
  Object.fromEntries(
    procedureTimeline(steps, START, { apply: START, ...done }, { asOf }).steps.map((s) => [s.id, s] as const),
  );
// The review, 5 working days from 11-02, is due 11-09; a publicity first published 11-05 runs to 11-11.
const PUBLISHED = { review: '2026-11-04', publicity: '2026-11-05' };

describe('a step with a deadline', () => {
  it('done on its last day is on time, without lateness; the day after, late by 1', () => {
    const onTime = at({ review: '2026-11-09' }, '2026-11-20').review;
    expect(onTime).toMatchObject({ from: START, due: '2026-11-09', done: '2026-11-09', status: 'on_time' });
    expect(onTime && 'lateByDays' in onTime).toBe(false);
    expect(at({ review: '2026-11-10' }, '2026-11-20').review).toMatchObject({
      status: 'late',
      lateByWorkdays: 1,
      lateByDays: 1,
    });
  });
  it('not done: pending on its last day, overdue the day after', () => {
    expect(at({}, '2026-11-09').review?.status).toBe('pending');
    expect(at({}, '2026-11-10').review).toMatchObject({ status: 'overdue', lateByWorkdays: 1, lateByDays: 1 });
  });
  it('done on the day it counts from is on time; the day before, premature', () => {
    const alone = [steps[1] as StepSpec];
    expect(procedureTimeline(alone, START, { review: START }, { asOf: '2026-12-01' }).steps[0]?.status).toBe('on_time');
    expect(procedureTimeline(alone, START, { review: '2026-11-01' }, { asOf: '2026-12-01' }).steps[0]?.status).toBe(
      'premature',
    );
  });
  it('the next step counts from the day it was done, not from its last day', () => {
    expect(at({ review: '2026-11-03' }, '2026-11-04').publicity).toMatchObject({ from: '2026-11-04' });
    expect(at({ review: '2026-11-03', publicity: '2026-11-04' }, '2026-12-20').approve).toMatchObject({
      from: '2026-11-10',
      due: '2026-11-24',
    });
  });
});

describe('a step without a deadline', () => {
  const open = [
    step('order', { kind: 'none' }),
    step('report', { kind: 'workdays', n: n(5) }),
    step('file', { kind: 'none' }),
  ];
  const run = (done: Record<string, string>) =>
    procedureTimeline(open, START, { order: START, ...done }, { asOf: '2026-12-31' }).steps;
  it('is done when it happened and pending when not, however late the as-of date', () => {
    expect(run({ report: '2026-11-03', file: '2026-11-04' })[2]).toMatchObject({ due: null, status: 'done' });
    expect(run({ report: '2026-11-03' })[2]).toMatchObject({ due: null, status: 'pending' });
  });
  it('may happen before the previous step’s last day: only a publicity must be over first', () => {
    expect(run({ report: '2026-11-03', file: '2026-11-03' })[2]?.status).toBe('done');
  });
});

describe('a publicity', () => {
  it('counts from its first day of publication; done once its last day is over, pending until then', () => {
    expect(at(PUBLISHED, '2026-11-11').publicity).toMatchObject({
      from: '2026-11-05',
      due: '2026-11-11',
      status: 'pending',
    });
    expect(at(PUBLISHED, '2026-11-12').publicity?.status).toBe('done');
  });
  it('not yet published is pending, however late (it has no deadline of its own)', () => {
    expect(at({ review: '2026-11-04' }, '2026-12-31').publicity).toMatchObject({ done: null, status: 'pending' });
  });
  it('published before the step it follows happened is premature; on that day it is not', () => {
    expect(at({ review: '2026-11-05', publicity: '2026-11-04' }, '2026-12-31').publicity?.status).toBe('premature');
    expect(at({ review: '2026-11-05', publicity: '2026-11-05' }, '2026-12-31').publicity?.status).toBe('done');
  });
  it('the next step done during it, even on its last day, is premature; the day after it is on time', () => {
    expect(at({ ...PUBLISHED, approve: '2026-11-11' }, '2026-12-31').approve?.status).toBe('premature');
    expect(at({ ...PUBLISHED, approve: '2026-11-12' }, '2026-12-31').approve?.status).toBe('on_time');
  });
});

describe('projections', () => {
  it('after a step not yet done, later steps are projected from its last day', () => {
    const steps = at({}, '2026-11-05');
    expect(steps.publicity).toMatchObject({ status: 'projected', from: '2026-11-10' });
    expect(steps.approve?.status).toBe('projected');
  });
  it('after a publicity still running or not published, the next step is projected; once over, judged', () => {
    expect(at(PUBLISHED, '2026-11-11').approve?.status).toBe('projected');
    expect(at(PUBLISHED, '2026-11-12').approve?.status).toBe('pending');
    expect(at({ review: '2026-11-04' }, '2026-12-31').approve?.status).toBe('projected');
  });
  it('done steps never project: a step after them is judged', () => {
    expect(at({ review: '2026-11-04' }, '2026-11-05').publicity?.status).toBe('pending');
  });
  it('a step out of order does not move the latest date back', () => {
    const chain = [
      step('a', { kind: 'none' }),
      step('b', { kind: 'none' }),
      step('publicity', { kind: 'publicity', n: n(5) }),
    ];
    const out = procedureTimeline(
      chain,
      START,
      { a: '2026-11-10', b: '2026-11-05', publicity: '2026-11-09' },
      { asOf: '2026-12-31' },
    );
    expect(out.steps.map((s) => s.status)).toEqual(['done', 'premature', 'premature']);
  });
});

describe('the calendar a timeline counted on', () => {
  const weekends = createCalendar({ fallback: 'weekends' });
  const late = [step('order', { kind: 'none' }), step('fix', { kind: 'workdays', n: n(5) })];
  it('includes the days a late step was late by (past the data: provisional)', () => {
    const r = procedureTimeline(
      late,
      '2026-12-01',
      { order: '2026-12-01', fix: '2027-01-05' },
      { asOf: '2027-02-01', calendar: weekends },
    );
    expect(r.steps[1]).toMatchObject({ due: '2026-12-08', status: 'late' });
    expect(r.calendar.provisional).not.toBeNull();
    const onTime = procedureTimeline(
      late,
      '2026-12-01',
      { order: '2026-12-01', fix: '2026-12-08' },
      { asOf: '2027-02-01', calendar: weekends },
    );
    expect(onTime.calendar.provisional).toBeNull();
  });
  it('counts calendar-day steps on the calendar it is given', () => {
    // 20 days from 2026-12-20 is Saturday 2027-01-09: only the supplied calendar knows 2027.
    const days = [step('order', { kind: 'none' }), step('fix', { kind: 'days', n: n(20) })];
    const r = procedureTimeline(
      days,
      '2026-12-20',
      { order: '2026-12-20' },
      { asOf: '2026-12-21', calendar: weekends },
    );
    expect(r.steps[1]?.due).toBe('2027-01-11');
  });
});

describe('outOfOrder', () => {
  it('names the step, its date, the step it precedes and its clauses', () => {
    const chain = [step('a', { kind: 'none' }), step('b', { kind: 'none' }, ['第五条', '第六条'])];
    expect(outOfOrder(chain, { a: '2026-11-05', b: '2026-11-04' })).toEqual([
      {
        path: ['b'],
        code: 'out_of_order',
        severity: 'error',
        message: {
          zh: 'b（2026-11-04）早于之前的步骤 a（2026-11-05）（第五条、第六条）',
          en: 'b (2026-11-04) is before the earlier step a (2026-11-05) (第五条、第六条)',
        },
      },
    ]);
    expect(outOfOrder(chain, { a: '2026-11-05', b: '2026-11-05' })).toEqual([]);
  });
});

describe('timelineFromInput', () => {
  it('without the first step’s date: no steps, and the date asked for by name', () => {
    expect(timelineFromInput(steps, { review: '2026-11-04' }, { asOf: '2026-11-05' })).toMatchObject({
      steps: [],
      problems: [
        {
          path: ['apply'],
          code: 'missing',
          severity: 'error',
          message: { zh: '缺少起始日期 apply', en: 'The starting date apply is missing' },
        },
      ],
    });
    expect(timelineFromInput([], {}, {}).problems[0]?.path).toEqual(['']);
  });
  it('a bad option throws, as in every procedure function; a bad date is a problem', () => {
    const e = thrown(() => timelineFromInput(steps, { apply: START }, { asOf: '2026-11-31' }));
    expect((e as InvalidArgumentError).argument).toBe('options.asOf');
    expect(timelineFromInput(steps, { apply: '2026-11-31' }, {}).problems[0]).toMatchObject({
      path: ['apply'],
      code: 'invalid_date',
    });
  });
  it('a date the calendar has no data for is a problem saying how to supply it, not a throw (Tianjin too)', () => {
    const r = timelineFromInput(steps, { apply: '2026-12-28' }, { asOf: '2026-12-28' });
    expect(r.steps).toEqual([]);
    expect(r.problems).toEqual([
      {
        path: [],
        code: 'outside_calendar',
        severity: 'error',
        message: {
          zh: "日历没有2027年的工作日安排（2027-01-01；现有 2007-01-01 至 2026-12-31）：请提供该年的放假安排（--calendar 文件或 CHUANGYE_CALENDAR=文件|文件夹；代码中 createCalendar({ years })），或按周末及法定节假日暂定计算，调休未计（--provisional；createCalendar({ fallback: 'statutory' })）",
          en: `No working-day data for 2027 (2027-01-01; the calendar covers 2007-01-01 … 2026-12-31): ${RANGE_ADVICE}`,
        },
      },
    ]);
    expect(recognitionTimeline({ application: '1800-01-06' }, { asOf: '2026-01-01' }).problems[0]).toMatchObject({
      code: 'outside_calendar',
      message: { en: expect.stringMatching(/^No working-day data for 1800 /) },
    });
  });
});

describe('stopOnObjection', () => {
  const dated = (done: Record<string, string>): DatedProcedure => ({
    problems: [],
    ...procedureTimeline(steps, START, { apply: START, ...done }, { asOf: '2026-12-31' }),
  });
  const record = { ...PUBLISHED, approve: '2026-11-20' };
  it('an objection on the first or the last day of the publicity stops the procedure there', () => {
    for (const objection of ['2026-11-05', '2026-11-11']) {
      const r = stopOnObjection(dated(record), objection, '第九条', '2026-12-31');
      expect(r.steps.map((s) => s.id)).toEqual(['apply', 'review', 'publicity']);
      expect(r.outcome).toEqual({
        status: 'stopped',
        clauses: ['publicity', '第九条'],
        reason: {
          zh: `公示期内有异议（${objection}）：第九条以“公示无异议”为前提，程序在公示后停止。文件未规定异议之后如何处理（复核、撤回或重新公示），以主管部门决定为准`,
          en: `An objection during publicity (${objection}): 第九条 needs a publicity without objection, so the procedure stops after it. The text does not say what follows an objection (review, withdrawal or a new publicity): the authority decides`,
        },
        next: null,
      });
      expect(r.problems).toEqual([
        {
          path: ['approve'],
          code: 'after_objection',
          severity: 'warning',
          message: {
            zh: `公示期内有异议（${objection}），approve（2026-11-20）须待异议处理`,
            en: `An objection was raised during publicity (${objection}); approve (2026-11-20) waits on it`,
          },
        },
      ]);
    }
  });
  it('the day before or after the publicity, or with none published, is only a warning', () => {
    const warning = (objection: string) => ({
      path: ['objection'],
      code: 'objection_outside_publicity',
      severity: 'warning',
      message: {
        zh: `异议日期${objection}不在公示期内，未作为公示期异议处理`,
        en: `The objection of ${objection} is not inside the publicity period: not treated as one`,
      },
    });
    for (const objection of ['2026-11-04', '2026-11-12']) {
      const r = stopOnObjection(dated(record), objection, '第九条', '2026-12-31');
      expect(r.outcome).toBeUndefined();
      expect(r.steps).toHaveLength(4);
      expect(r.problems).toEqual([warning(objection)]);
    }
    expect(stopOnObjection(dated({ review: '2026-11-04' }), '2026-11-05', '第九条', '2026-12-31').problems).toEqual([
      warning('2026-11-05'),
    ]);
    const noPublicity = [steps[0] as StepSpec, steps[1] as StepSpec];
    const r = { problems: [], ...procedureTimeline(noPublicity, START, { apply: START }, { asOf: '2026-12-31' }) };
    expect(stopOnObjection(r, '2026-11-05', '第九条', '2026-12-31').problems).toEqual([warning('2026-11-05')]);
  });
  it('no objection: the result as it was', () => {
    const r = dated(record);
    expect(stopOnObjection(r, undefined, '第九条', '2026-12-31')).toBe(r);
  });
});
