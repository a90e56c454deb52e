// The printed score earns the printed grade: one rounding rule (SCORE_ROUNDING), applied
// once; items sum to their area and areas to the score exactly as printed.
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_ROUNDING } from '../../src/core/grading.js';
import { evaluate } from '../../src/index.js';
import { defaultStandard } from '../../src/policies/tianjin/evaluation.js';

const YEAR = JSON.parse(readFileSync(new URL('../../examples/tianjin/year-record.json', import.meta.url), 'utf8'));
const PERIOD = { from: '2025-06-20', to: '2026-06-19' };
const SEED = { seed: 20261129, numRuns: 500 };
const ITEMS = defaultStandard.areas.flatMap((a) =>
  a.items.filter((i) => i.measure.kind === 'assessed').map((i) => i.id),
);
const gradeOf = (score: Decimal) =>
  score.gte(90) ? 'excellent' : score.gte(75) ? 'good' : score.gte(60) ? 'pass' : 'fail';

/** Fractions with up to 6 digits, as evaluators' sheets give them, and the edges. */
const fraction = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
  fc.constantFrom(0, 1, 0.5, 0.93625, 0.43625, 0.005, 0.995),
);

describe('the printed score earns the printed grade', () => {
  it('items sum to areas, areas to the score, and the grade is the score’s', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ITEMS), fraction), (changes) => {
        const record = { ...YEAR, assessments: { ...YEAR.assessments, ...changes } };
        const r = evaluate('tianjin', record, PERIOD);
        expect(r.score).not.toBeNull();
        let total = new Decimal(0);
        for (const area of r.areas) {
          const sum = area.items.reduce((s, i) => s.plus(i.points ?? 0), new Decimal(0));
          expect(sum.eq(area.points)).toBe(true);
          for (const i of area.items) expect(new Decimal(i.points ?? 0).decimalPlaces()).toBeLessThanOrEqual(2);
          total = total.plus(area.points);
        }
        expect(total.eq(r.score as string)).toBe(true);
        expect(r.grade).toBe(gradeOf(new Decimal(r.score as string)));
        expect(r.rounding).toEqual(SCORE_ROUNDING);
      }),
      SEED,
    );
  });

  it('the issue’s cases: a printed 90 is 优秀, a printed 60 is 合格', () => {
    const at = (changes: object) =>
      evaluate('tianjin', { ...YEAR, assessments: { ...YEAR.assessments, ...changes } }, PERIOD);
    const base = evaluate('tianjin', YEAR, PERIOD);
    expect(base.grade).toBe(gradeOf(new Decimal(base.score as string)));
    for (const value of [0.93625, 0.43625]) {
      const r = at({ 'operations.systems': value, 'operations.stability': value });
      expect(r.grade).toBe(gradeOf(new Decimal(r.score as string)));
    }
  });

  it('rounding is stated as an interpretation', () => {
    expect(SCORE_ROUNDING).toMatchObject({ places: 2, mode: 'half_up', provenance: 'interpretation' });
  });
});
