// Time runs forward, and late means at least one day late: properties over generated
// timelines and deadlines on the official calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays, workdaysBetween } from '../../src/calendar/index.js';
import { changeFiling, recognitionTimeline, rectification } from '../../src/policies/tianjin/procedures.js';

const SEED = { seed: 20261129, numRuns: 400 };
const DAY = 86_400_000;
const BASE = Date.parse('2026-01-05T00:00:00Z');
const day = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);
const offset = fc.integer({ min: 0, max: 200 });

describe('late means at least one day late', () => {
  it('the issue’s case: a filing on the Saturday after a Friday due date is 1 working day and 1 day late', () => {
    const r = changeFiling('2026-03-06', '2026-03-21', { asOf: '2026-04-01' });
    expect(r).toMatchObject({ due: '2026-03-20', status: 'late', lateByWorkdays: 1, lateByDays: 1 });
    const overdue = changeFiling('2026-03-06', undefined, { asOf: '2026-03-21' });
    expect(overdue).toMatchObject({ status: 'overdue', lateByWorkdays: 1, lateByDays: 1 });
  });

  it('any late or overdue filing or rectification is late by ≥ 1 working day and ≥ 1 day', () => {
    fc.assert(
      fc.property(offset, fc.integer({ min: 0, max: 40 }), fc.boolean(), (start, after, done) => {
        const event = day(start);
        const on = day(start + after);
        for (const r of [
          changeFiling(event, done ? on : undefined, { asOf: on }),
          rectification(event, done ? { rectifiedOn: on } : {}, { asOf: on }),
        ]) {
          if (r.status === 'late' || r.status === 'overdue') {
            expect(r.lateByWorkdays).toBeGreaterThanOrEqual(1);
            expect(r.lateByDays).toBeGreaterThanOrEqual(1);
            expect(r.lateByDays).toBe((Date.parse(on) - Date.parse(r.due)) / DAY);
          } else expect(r.lateByWorkdays).toBeUndefined();
        }
      }),
      SEED,
    );
  });

  it('finishing a step earlier never makes it late', () => {
    fc.assert(
      fc.property(offset, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (start, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const at = (n: number) => changeFiling(day(start), day(start + n), { asOf: day(start + 60) });
        if (at(late).status === 'on_time') expect(at(early).status).toBe('on_time');
        expect(at(early).lateByWorkdays ?? 0).toBeLessThanOrEqual(at(late).lateByWorkdays ?? 0);
      }),
      SEED,
    );
  });

  it('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: -60, max: 60 }), (d, n) => {
        const date = new Date(Date.parse('2025-01-01T00:00:00Z') + d * DAY).toISOString().slice(0, 10);
        expect(workdaysBetween(date, addWorkdays(date, n))).toBe(n);
      }),
      SEED,
    );
  });
});

describe('time runs forward', () => {
  const STEPS = ['application', 'initialReview', 'cityReview', 'publicity', 'approval', 'plaque'] as const;
  const record = fc.tuple(
    offset,
    fc.array(fc.option(fc.integer({ min: -30, max: 40 }), { nil: undefined }), {
      minLength: 5,
      maxLength: 5,
    }),
  );

  it('a step before an earlier step is never on time, is reported, and counting never goes backwards', () => {
    fc.assert(
      fc.property(record, ([start, gaps]) => {
        const dates: Record<string, string> = { application: day(start) };
        let at = start;
        gaps.forEach((gap, i) => {
          if (gap === undefined) return;
          at += gap;
          dates[STEPS[i + 1] as string] = day(at);
        });
        const r = recognitionTimeline(dates, { asOf: day(start + 120) });
        let latest = '';
        let lastDue = '';
        // Among steps recorded in sequence (no step skipped), due dates never go backwards.
        const prefix = gaps.findIndex((g) => g === undefined);
        const inSequence = prefix < 0 || gaps.slice(prefix).every((g) => g === undefined);
        for (const step of r.steps) {
          if (step.done !== null) {
            if (step.done < latest) {
              expect(['premature']).toContain(step.status);
              expect(r.problems.some((p) => p.code === 'out_of_order' && p.path[0] === step.id)).toBe(true);
            } else latest = step.done;
          }
          // Counting starts never go backwards, and no step is due before its count starts.
          if (inSequence && step.status !== 'premature') {
            expect(step.from >= lastDue).toBe(true);
            lastDue = step.from;
          }
          if (step.due !== null) expect(step.due >= step.from).toBe(true);
        }
      }),
      SEED,
    );
  });

  it('the issue’s case: a review before the application is premature, and nothing is due before the application', () => {
    const r = recognitionTimeline({ application: '2026-09-28', initialReview: '2026-09-01' }, { asOf: '2026-10-20' });
    expect(r.steps[1]?.status).toBe('premature');
    expect(r.problems.map((p) => p.code)).toContain('out_of_order');
    for (const step of r.steps) if (step.due !== null) expect(step.due > '2026-09-28').toBe(true);
  });
});
