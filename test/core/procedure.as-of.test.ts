// A fact dated after the as-of date does not exist yet (core/procedure.ts): a step recorded
// for a later day has not happened on asOf, whichever procedure dates it. Each boundary on
// both sides: a date equal to asOf has happened, the day after has not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/date.js';
import { procedureTimeline, type StepSpec, timelineFromInput } from '../../src/core/procedure.js';
import type { Parameter } from '../../src/core/types.js';
import { getPolicy } from '../../src/policies/index.js';
import { selectionTimeline } from '../../src/policies/taiyuan/index.js';
import { changeFiling, recognitionTimeline, supervisionTimeline } from '../../src/policies/tianjin/index.js';

const addDays = (date: string, days: number) => formatIsoDate((parseIsoDate(date) as number) + days);
const n = (value: number) => ({ value }) as Parameter<number>;
const step = (id: string, duration: StepSpec['duration']): StepSpec => ({
  id,
  label: { zh: id, en: id },
  clauses: [id],
  duration,
});
// November 2026 has no holiday: working days are Monday to Friday.
const steps: StepSpec[] = [
  step('apply', { kind: 'none' }),
  step('review', { kind: 'workdays', n: n(5) }),
  step('publicity', { kind: 'publicity', n: n(5) }),
  step('approve', { kind: 'workdays', n: n(10) }),
];
const START = '2026-11-02'; // a Monday; the review is due 2026-11-09
const byId = (record: Record<string, string>, asOf: string) =>
  Object.fromEntries(procedureTimeline(steps, START, record, { asOf }).steps.map((s) => [s.id, s] as const));

describe('a step dated after asOf has not happened yet', () => {
  it('dated asOf: done (on time); dated the day after asOf: pending, its date kept as planned', () => {
    expect(byId({ apply: START, review: '2026-11-06' }, '2026-11-06').review).toMatchObject({
      done: '2026-11-06',
      status: 'on_time',
    });
    const ahead = byId({ apply: START, review: '2026-11-06' }, '2026-11-05').review;
    expect(ahead).toMatchObject({ done: null, planned: '2026-11-06', status: 'pending', due: '2026-11-09' });
    expect(byId({ apply: START, review: '2026-11-06' }, '2026-11-06').review).not.toHaveProperty('planned');
  });
  it('a late date after asOf is not late yet: pending before the due day, overdue after it', () => {
    expect(byId({ apply: START, review: '2026-11-12' }, '2026-11-09').review?.status).toBe('pending');
    expect(byId({ apply: START, review: '2026-11-12' }, '2026-11-10').review).toMatchObject({
      status: 'overdue',
      planned: '2026-11-12',
      lateByWorkdays: 1,
    });
    expect(byId({ apply: START, review: '2026-11-12' }, '2026-11-12').review).toMatchObject({
      status: 'late',
      done: '2026-11-12',
      lateByWorkdays: 3,
    });
  });
  it('the first step after asOf is pending and every later step projected, with the same due dates', () => {
    const before = byId({ apply: START }, '2026-11-01');
    expect(before.apply).toMatchObject({ done: null, planned: START, status: 'pending' });
    expect(before.review).toMatchObject({ status: 'projected', due: '2026-11-09' });
    const on = byId({ apply: START }, START);
    expect(on.apply).toMatchObject({ done: START, status: 'done' });
    expect(on.review).toMatchObject({ status: 'pending', due: '2026-11-09' });
  });
  it('a publicity published after asOf is not running: the next step is projected from its latest end', () => {
    const record = { apply: START, review: '2026-11-04', publicity: '2026-11-05' };
    expect(byId(record, '2026-11-04').publicity).toMatchObject({ done: null, planned: '2026-11-05' });
    expect(byId(record, '2026-11-05').publicity).toMatchObject({ done: '2026-11-05', status: 'pending' });
  });
  it('law: the timeline on asOf is the one of the record without its later dates (but for planned)', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((d) => addDays(START, d));
    fc.assert(
      fc.property(
        fc.record({ review: day, publicity: day, approve: day }, { requiredKeys: [] }),
        day,
        (later, asOf) => {
          const record: Record<string, string> = { apply: START, ...later };
          const known = Object.fromEntries(Object.entries(record).filter(([, d]) => d <= asOf));
          const strip = (r: ReturnType<typeof procedureTimeline>) => r.steps.map(({ planned: _, ...s }) => s);
          expect(strip(procedureTimeline(steps, START, record, { asOf }))).toEqual(
            strip(procedureTimeline(steps, START, known, { asOf })),
          );
        },
      ),
    );
  });
});

describe('an objection dated after asOf has not been raised yet', () => {
  const record = { apply: START, review: '2026-11-04', publicity: '2026-11-05' };
  const withObjection = (objection: string, asOf: string) =>
    timelineFromInput(steps, { ...record, objection }, { asOf }, { nextClause: 'approve' });
  it('dated asOf it stops the procedure; the day after asOf it is a warning and the procedure goes on', () => {
    expect(withObjection('2026-11-06', '2026-11-06').outcome?.status).toBe('stopped');
    const later = withObjection('2026-11-06', '2026-11-05');
    expect(later.outcome).toBeUndefined();
    expect(later.steps.map((s) => s.id)).toEqual(['apply', 'review', 'publicity', 'approve']);
    expect(later.problems).toEqual([
      {
        path: ['objection'],
        code: 'objection_after_as_of',
        severity: 'warning',
        message: {
          zh: '异议日期2026-11-06晚于检查日期2026-11-05，截至检查日期尚未提出，未作为异议处理',
          en: 'The objection of 2026-11-06 is after the as-of date 2026-11-05: not yet raised on that date, not treated as one',
        },
      },
    ]);
  });
  it('Taiyuan’s selection too (its own objection rule)', () => {
    const dates = { application: '2026-02-10', publicity: '2026-03-02', objection: '2026-03-03' };
    expect(selectionTimeline(dates, { asOf: '2026-03-03' }).outcome?.status).toBe('stopped');
    const later = selectionTimeline(dates, { asOf: '2026-03-02' });
    expect(later.outcome).toBeUndefined();
    expect(later.problems.map((p) => p.code)).toEqual(['objection_after_as_of']);
  });
});

describe('every procedure of every policy', () => {
  it('no step is done, on time, late or premature on a date after asOf', () => {
    for (const policy of ['national', 'tianjin', 'pingdingshan', 'taiyuan'] as const) {
      for (const spec of getPolicy(policy).procedures) {
        const keys = spec.steps.map((s) => s.id);
        // Each step on its own working day of November 2026, the check date before them all.
        const record = Object.fromEntries(keys.map((k, i) => [k, addDays('2026-11-02', i)]));
        const dated = timelineFromInput(spec.steps, record, { asOf: '2026-11-01' });
        for (const s of dated.steps) {
          expect(s.done, `${policy} ${spec.id} ${s.id}`).toBeNull();
          expect(['pending', 'overdue', 'projected']).toContain(s.status);
        }
      }
    }
  });
  it('Tianjin: a planned application in a year that had its recognition is refused before it is made', () => {
    const r = recognitionTimeline(
      { application: '2026-11-16' },
      { asOf: '2026-11-10', earlierRecognitions: ['2026-03-01'] },
    );
    expect(r.outcome?.status).toBe('refused');
    expect(r.steps[0]).toMatchObject({ done: null, planned: '2026-11-16', status: 'pending' });
  });
});

describe('Tianjin’s deadlines (五（二）, 五（三）) on asOf', () => {
  // 10 working days from Monday 2026-11-02: due 2026-11-16.
  it('a filing dated asOf is met; dated the day after asOf it is not met yet (pending, then overdue)', () => {
    expect(changeFiling('2026-11-02', '2026-11-10', { asOf: '2026-11-10' })).toMatchObject({
      done: '2026-11-10',
      status: 'on_time',
    });
    const ahead = changeFiling('2026-11-02', '2026-11-10', { asOf: '2026-11-09' });
    expect(ahead).toMatchObject({ done: null, planned: '2026-11-10', status: 'pending' });
    expect(changeFiling('2026-11-02', '2026-11-20', { asOf: '2026-11-17' })).toMatchObject({
      done: null,
      planned: '2026-11-20',
      status: 'overdue',
      lateByWorkdays: 1,
    });
  });
  it('the supervision timeline too', () => {
    const r = supervisionTimeline({ orderedOn: '2026-11-02', rectifiedOn: '2026-11-20' }, { asOf: '2026-11-19' });
    expect(r.steps[0]).toMatchObject({ done: null, planned: '2026-11-20', status: 'pending' });
    const met = supervisionTimeline({ orderedOn: '2026-11-02', rectifiedOn: '2026-11-20' }, { asOf: '2026-11-20' });
    expect(met.steps[0]).toMatchObject({ done: '2026-11-20', status: 'on_time' });
  });
});
