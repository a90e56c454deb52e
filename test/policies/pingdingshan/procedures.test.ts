import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ballotMajority,
  majorMatterReport,
  recognitionTimeline,
  secretBallot,
} from '../../../src/policies/pingdingshan/index.js';
import { arbitraryHostile } from '../../helpers/arbitraries.js';

describe('recognition, 第六条', () => {
  it('5 working days of publicity on the official calendar, skipping National Day', () => {
    const { steps, problems } = recognitionTimeline(
      { notice: '2026-09-01', recommendation: '2026-09-15', expertReview: '2026-09-25', publicity: '2026-09-28' },
      { asOf: '2026-10-12' },
    );
    expect(problems).toEqual([]);
    const publicity = steps.find((s) => s.id === 'publicity');
    // 09-28, 09-29, 09-30, then 10-09 and 10-10 (make-up working days after the holiday)
    expect(publicity).toMatchObject({ from: '2026-09-28', status: 'done' });
    expect(publicity?.due).toBe('2026-10-09');
    expect(publicity?.period?.skipped.some((r) => r.holiday?.zh.includes('国庆'))).toBe(true);
  });
  it('confirmation on the last day of publicity is premature; the working day after is fine', () => {
    const dates = { notice: '2026-05-06', publicity: '2026-06-01' };
    const on = recognitionTimeline({ ...dates, confirmation: '2026-06-05' }, { asOf: '2026-06-30' }).steps;
    expect(on.find((s) => s.id === 'confirmation')?.status).toBe('premature');
    const after = recognitionTimeline({ ...dates, confirmation: '2026-06-08' }, { asOf: '2026-06-30' }).steps;
    expect(after.find((s) => s.id === 'confirmation')?.status).toBe('done');
  });
  it('never throws: bad dates and unknown steps are problems', () => {
    expect(recognitionTimeline({ notice: '2026-02-30' }).problems[0]?.path).toEqual(['notice']);
    expect(recognitionTimeline({ notice: '2026-01-05', plaqe: '2026-03-01' }).problems[0]?.code).toBe('unknown_key');
    expect(recognitionTimeline({ notice: '1999-01-04', publicity: '1999-02-01' }).problems.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbitraryHostile, (input) => {
        expect(() => recognitionTimeline(input, { asOf: '2026-11-22' })).not.toThrow();
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('secret ballot, 第六条（三）', () => {
  it('default majority (labelled): more than half of the panel — 3 of 7 fails, 4 passes; 3 of 6 fails, 4 passes', () => {
    expect(secretBallot({ panel: 7, for: 3 })).toMatchObject({ passed: false, required: 4, provenance: 'default' });
    expect(secretBallot({ panel: 7, for: 4 }).passed).toBe(true);
    expect(secretBallot({ panel: 6, for: 3 }).passed).toBe(false);
    expect(secretBallot({ panel: 6, for: 4 }).passed).toBe(true);
    expect(secretBallot({ panel: 7, for: 4 }).message.zh).toContain('本库默认');
    expect(ballotMajority.provenance).toBe('default');
  });
  it("the city's rule replaces it: two thirds of the votes cast", () => {
    const rule = { share: '2/3', strict: false, base: 'cast' };
    expect(secretBallot({ panel: 9, for: 4, against: 2 }, rule)).toMatchObject({
      passed: true,
      required: 4,
      provenance: 'text',
    });
    expect(secretBallot({ panel: 9, for: 3, against: 2 }, rule).passed).toBe(false);
  });
  it('impossible counts and rules say so and never throw', () => {
    expect(secretBallot({ panel: 3, for: 2, against: 2 }).passed).toBeNull();
    expect(secretBallot({ panel: -1, for: 0 }).passed).toBeNull();
    expect(secretBallot({ panel: 5, for: 3 }, { share: '3/2', strict: true, base: 'panel' }).passed).toBeNull();
    fc.assert(
      fc.property(arbitraryHostile, arbitraryHostile, (c, r) => {
        expect(() => secretBallot(c, r)).not.toThrow();
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('property: one more vote for never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat({ max: 49 }), (panel, f) => {
        fc.pre(f + 1 <= panel);
        if (secretBallot({ panel, for: f }).passed) expect(secretBallot({ panel, for: f + 1 }).passed).toBe(true);
      }),
      { seed: 42 },
    );
  });
});

describe('major matters, 第十一条（五）', () => {
  it('"及时" sets no deadline: owed until reported; with a caller deadline it is dated', () => {
    const trigger = { kind: 'mentor_change' as const, date: '2026-09-30' };
    expect(majorMatterReport(trigger)).toMatchObject({ status: 'owed', due: null, clauses: ['第十一条（五）'] });
    expect(majorMatterReport(trigger, '2026-10-08').status).toBe('reported');
    const dated = majorMatterReport(trigger, undefined, { withinWorkdays: 5, asOf: '2026-10-20' });
    expect(dated).toMatchObject({ due: '2026-10-13', status: 'overdue' });
    expect(majorMatterReport({ kind: 'major_result', date: 'x' }).status).toBe('invalid');
  });
});

describe('inputs that misbehave', () => {
  it('a getter that throws, or an unreadable rule, never escapes', () => {
    const evil = {
      panel: 5,
      get for(): number {
        throw new Error('boom');
      },
    };
    expect(() => secretBallot(evil)).not.toThrow();
    expect(secretBallot({ panel: 5, for: 3 }, null)).toMatchObject({ passed: null, provenance: 'text' });
    expect(() => majorMatterReport(evil as never)).not.toThrow();
  });
});

describe('time runs forward', () => {
  it('a step dated before an earlier step is a problem at its path; the same day is fine', () => {
    const r = recognitionTimeline({ notice: '2026-09-10', recommendation: '2026-09-09' }, { asOf: '2026-10-01' });
    expect(r.problems).toMatchObject([{ path: ['recommendation'], code: 'out_of_order', severity: 'error' }]);
    expect(recognitionTimeline({ notice: '2026-09-10', recommendation: '2026-09-10' }).problems).toEqual([]);
  });
});
