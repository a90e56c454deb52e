// 五 as one record (supervisionTimeline): three independent deadlines, each from its own
// event, each the same as the function that dates it alone (changeFiling, rectification,
// spotCheckYears); bad records are problems, never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeFiling,
  rectification,
  spotCheckYears,
  supervisionTimeline,
  tianjinPolicy,
} from '../../../src/policies/tianjin/index.js';

const asOf = '2026-11-20';

describe('each deadline from its own event', () => {
  it('a change filed on the last day is on time; the next working day is one late (五（三）)', () => {
    // 2026-02-10 + 10 working days = 2026-03-02 (Spring Festival skipped).
    const onTime = supervisionTimeline({ changedOn: '2026-02-10', filedOn: '2026-03-02' }, { asOf });
    expect(onTime.steps).toHaveLength(1);
    expect(onTime.steps[0]).toMatchObject({
      id: 'changeFiling',
      from: '2026-02-10',
      due: '2026-03-02',
      status: 'on_time',
    });
    const late = supervisionTimeline({ changedOn: '2026-02-10', filedOn: '2026-03-03' }, { asOf }).steps[0];
    expect(late).toMatchObject({ status: 'late', lateByWorkdays: 1, lateByDays: 1 });
  });
  it('not a chain: the rectification counts from its order, not from the change filing', () => {
    const r = supervisionTimeline({ changedOn: '2026-02-10', orderedOn: '2026-09-01' }, { asOf: '2026-10-08' });
    expect(r.steps.map((s) => [s.id, s.from, s.due, s.status])).toEqual([
      ['rectification', '2026-09-01', '2026-10-08', 'pending'],
      ['changeFiling', '2026-02-10', '2026-03-02', 'overdue'],
    ]);
    expect(supervisionTimeline({ orderedOn: '2026-09-01' }, { asOf: '2026-10-09' }).steps[0]?.status).toBe('overdue');
  });
  it('matches changeFiling and rectification, step by step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (offset, after, given) => {
          const event = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const done = given ? new Date(Date.UTC(2026, 0, 1 + offset + after)).toISOString().slice(0, 10) : undefined;
          const record = { changedOn: event, orderedOn: event, ...(done ? { filedOn: done, rectifiedOn: done } : {}) };
          const steps = supervisionTimeline(record, { asOf: '2026-12-31' }).steps;
          const filing = changeFiling(event, done, { asOf: '2026-12-31' });
          const fixing = rectification(event, done ? { rectifiedOn: done } : {}, { asOf: '2026-12-31' });
          for (const [step, check] of [
            [steps[0], fixing],
            [steps[1], filing],
          ] as const) {
            expect(step).toMatchObject({ due: check.due, status: check.status, done: check.done });
            expect(step?.lateByWorkdays).toBe(check.lateByWorkdays);
            expect(step?.lateByDays).toBe(check.lateByDays);
          }
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
  it('spot checks: one step per year from recognition, met / missed / pending as spotCheckYears', () => {
    const r = supervisionTimeline(
      { recognizedOn: '2024-06-01', spotChecks: ['2024-09-10', '2026-03-05', '2026-02-01'] },
      { asOf: '2026-11-20' },
    );
    const years = spotCheckYears(['2024-09-10', '2026-03-05', '2026-02-01'], '2024-06-01', '2026-11-20', {
      asOf: '2026-11-20',
    });
    expect(years.map((y) => y.status)).toEqual(['met', 'missed', 'met']);
    expect(r.steps.map((s) => [s.id, s.from, s.due, s.done, s.status])).toEqual([
      ['spotCheck-2024', '2024-06-01', '2024-12-31', '2024-09-10', 'on_time'],
      ['spotCheck-2025', '2025-01-01', '2025-12-31', null, 'overdue'],
      ['spotCheck-2026', '2026-01-01', '2026-12-31', '2026-02-01', 'on_time'],
    ]);
    expect(r.steps[1]?.lateByDays).toBeGreaterThan(0);
    // The year not yet over is pending, not missed; it is missed the day after it ends.
    expect(supervisionTimeline({ recognizedOn: '2025-01-05' }, { asOf: '2025-12-31' }).steps[0]?.status).toBe(
      'pending',
    );
    expect(supervisionTimeline({ recognizedOn: '2025-01-05' }, { asOf: '2026-01-01' }).steps[0]?.status).toBe(
      'overdue',
    );
    // An empty list of checks is a fact: no check was made.
    expect(supervisionTimeline({ recognizedOn: '2025-01-05', spotChecks: [] }, { asOf }).steps[0]?.status).toBe(
      'overdue',
    );
  });
  it('the spec dates supervision with it', () => {
    const spec = tianjinPolicy.procedures.find((p) => p.id === 'supervision');
    expect(spec?.date).toBe(supervisionTimeline);
    expect(spec?.keys).toEqual(['recognizedOn', 'spotChecks', 'orderedOn', 'rectifiedOn', 'changedOn', 'filedOn']);
  });
});

describe('bad records are problems', () => {
  it('a deadline met before its event is premature and an error of the record', () => {
    const r = supervisionTimeline({ changedOn: '2026-03-10', filedOn: '2026-03-09' }, { asOf });
    expect(r.steps[0]?.status).toBe('premature');
    expect(r.problems).toMatchObject([{ path: ['filedOn'], code: 'out_of_order', severity: 'error' }]);
    expect(supervisionTimeline({ changedOn: '2026-03-10', filedOn: '2026-03-10' }, { asOf }).problems).toEqual([]);
  });
  it('a done date without its event names the event missing', () => {
    expect(supervisionTimeline({ filedOn: '2026-03-09' }, { asOf }).problems).toMatchObject([
      { path: ['changedOn'], code: 'missing' },
    ]);
    expect(supervisionTimeline({ rectifiedOn: '2026-03-09' }, { asOf }).problems).toMatchObject([
      { path: ['orderedOn'], code: 'missing' },
    ]);
    expect(supervisionTimeline({ spotChecks: ['2026-03-09'] }, { asOf }).problems).toMatchObject([
      { path: ['recognizedOn'], code: 'missing' },
    ]);
  });
  it('recognised after the as-of date: no year owed yet, said as such (the day itself owes one)', () => {
    expect(supervisionTimeline({ recognizedOn: '2026-11-21' }, { asOf })).toMatchObject({
      steps: [],
      problems: [{ path: ['recognizedOn'], code: 'not_yet', severity: 'warning' }],
    });
    const onTheDay = supervisionTimeline({ recognizedOn: asOf }, { asOf });
    expect(onTheDay.problems).toEqual([]);
    expect(onTheDay.steps).toHaveLength(1);
  });
  it('no event at all, impossible dates, unknown keys, a throwing Proxy: problems, no throw', () => {
    expect(supervisionTimeline({}, { asOf })).toMatchObject({ steps: [], problems: [{ code: 'missing' }] });
    expect(supervisionTimeline({ changedOn: '2026-02-30' }, { asOf }).problems[0]).toMatchObject({
      path: ['changedOn'],
      code: 'invalid_date',
    });
    expect(supervisionTimeline({ changedOn: '2026-02-10', spotCheck: 1 }, { asOf }).problems).toMatchObject([
      { path: ['spotCheck'], code: 'unknown_key' },
    ]);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(() => supervisionTimeline(hostile, { asOf })).not.toThrow();
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => supervisionTimeline(v, { asOf })).not.toThrow();
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
