// Grades and item scores at their edges: each cutoff at, just below and just above,
// drawn on purpose (a uniform draw would almost never land on a cutoff), and the
// clamping of fractions and counts at 0 and 1.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationStandard, gradeFor, score } from '../../src/core/grading.js';

const bilingual = { zh: '项', en: 'Item' };
const standard = (cutoffs: EvaluationStandard['cutoffs']): EvaluationStandard => ({
  id: 's',
  label: bilingual,
  areas: [],
  cutoffs,
});
const fourGrades = standard({ excellent: '90', good: '75', pass: '60' });
const passOnly = standard({ pass: '60' });

describe('gradeFor at every cutoff', () => {
  it.each([
    ['90', 'excellent'],
    ['89.99', 'good'],
    ['90.01', 'excellent'],
    ['75', 'good'],
    ['74.99', 'pass'],
    ['75.01', 'good'],
    ['60', 'pass'],
    ['59.99', 'fail'],
    ['60.01', 'pass'],
    ['0', 'fail'],
    ['100', 'excellent'],
  ])('%s → %s', (value, grade) => {
    expect(gradeFor(fourGrades, new Decimal(value))).toBe(grade);
  });
  it('a pass/fail standard never gives excellent or good', () => {
    expect(gradeFor(passOnly, new Decimal('100'))).toBe('pass');
    expect(gradeFor(passOnly, new Decimal('60'))).toBe('pass');
    expect(gradeFor(passOnly, new Decimal('59.999999'))).toBe('fail');
    expect(gradeFor(standard({ good: '80', pass: '60' }), new Decimal('95'))).toBe('good');
  });
  it('property: a score at a cutoff earns its grade, one hundredth below earns the next lower (seeded)', () => {
    const cutoff = fc.integer({ min: 1, max: 9_998 }).map((n) => new Decimal(n).div(100));
    fc.assert(
      fc.property(fc.tuple(cutoff, cutoff, cutoff), fc.constantFrom(-1, 0, 1), fc.nat(2), (cs, offset, which) => {
        const [pass, good, excellent] = [...cs].sort((a, b) => a.comparedTo(b)) as [Decimal, Decimal, Decimal];
        fc.pre(pass.lt(good) && good.lt(excellent));
        const s = standard({ excellent: excellent.toString(), good: good.toString(), pass: pass.toString() });
        const at = [pass, good, excellent][which] as Decimal;
        const grades = ['pass', 'good', 'excellent'] as const;
        const below = which === 0 ? 'fail' : grades[which - 1];
        const value = at.plus(new Decimal(offset).div(100));
        expect(gradeFor(s, value)).toBe(offset < 0 ? below : grades[which]);
      }),
      { seed: 75, numRuns: 500 },
    );
  });
});

describe('score: counts and fractions at their edges', () => {
  const areas = [
    {
      id: 'a',
      label: bilingual,
      clause: '1',
      items: [
        { id: 'counted', label: bilingual, points: '10', measure: { kind: 'count' as const, count: 'n', target: 4 } },
        { id: 'assessed', label: bilingual, points: '5', measure: { kind: 'assessed' as const } },
      ],
    },
  ];
  it.each([
    [0, 0, '0'],
    [3, 0.5, '10'],
    [4, 1, '15'],
    [5, 1.5, '15'],
    [8, -0.5, '10'],
  ])('count %d of 4 and assessment %d give %s', (n, a, total) => {
    const r = score({ areas }, { n }, { assessed: a });
    expect(r.min.toString()).toBe(total);
    expect(r.max.toString()).toBe(total);
    expect(r.areas[0]?.points).toBe(total);
    expect(r.areas[0]?.max).toBe('15');
  });
  it('an unscored item widens the range by its points and names its path', () => {
    const r = score({ areas }, { n: 2 }, {});
    expect(r.min.toString()).toBe('5');
    expect(r.max.toString()).toBe('10');
    expect(r.areas[0]?.items[1]).toMatchObject({ points: null, missing: 'assessments.assessed', max: '5' });
    expect(r.areas[0]?.items[0]).toMatchObject({ points: '5', max: '10' });
    const none = score({ areas }, {}, {});
    expect([none.min.toString(), none.max.toString()]).toEqual(['0', '15']);
    expect(none.areas[0]?.points).toBe('0');
  });
  it('an inherited key is not a count or an assessment', () => {
    const item = {
      id: 'toString',
      label: bilingual,
      points: '10',
      measure: { kind: 'count' as const, count: 'toString', target: 1 },
    };
    const r = score({ areas: [{ id: 'a', label: bilingual, clause: '1', items: [item] }] }, {}, {});
    expect([r.min.toString(), r.max.toString()]).toEqual(['0', '10']);
    const assessed = { ...item, measure: { kind: 'assessed' as const } };
    const q = score({ areas: [{ id: 'a', label: bilingual, clause: '1', items: [assessed] }] }, {}, {});
    expect([q.min.toString(), q.max.toString()]).toEqual(['0', '10']);
  });
});
