// What a reform entry and summary say, field by field, and the bounds of its arguments:
// the survivors of a mutation run over src/compare/reform.ts and src/core/parameters.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveParameters, sameShape } from '../../src/core/parameters.js';
import type { InputProblem, Policy } from '../../src/core/types.js';
import { compare, InvalidArgumentError, policies } from '../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const small = { ...app, venue: { ...app.venue, areaSqm: 95 } };
const AS_OF = '2026-11-22';

describe('a reform entry and its summary', () => {
  it('each entry: its index, its file where named, the studio’s name, both verdicts and the rules moved', () => {
    const run = compare.startReform('tianjin', 'studio', { asOf: AS_OF, parameters: { 'venue.areaSqm': '90' } });
    expect(run.problems).toEqual([]);
    const first = run.entry(small, 'a.json');
    const second = run.entry({ ...app, name: undefined });
    expect(first).toEqual({
      index: 0,
      file: 'a.json',
      name: app.name,
      text: 'ineligible',
      reform: 'eligible',
      moved: [{ ruleId: 'tianjin.venue.area', clauses: ['二（一）2'], text: 'fail', reform: 'pass' }],
    });
    expect(second.index).toBe(1);
    expect('file' in second).toBe(false);
    expect('name' in second).toBe(false);
  });
  it('tightening moves applications to fail: counted by rule, and out of eligible', () => {
    const r = compare.reform('tianjin', 'studio', [app, app, small], {
      asOf: AS_OF,
      parameters: { 'venue.areaSqm': '1000' },
    });
    expect(r.summary).toEqual({
      total: 3,
      changed: 2,
      toEligible: 0,
      fromEligible: 2,
      byRule: [{ ruleId: 'tianjin.venue.area', clauses: ['二（一）2'], toPass: 0, toFail: 2 }],
    });
    expect(r.entries[2]?.moved).toEqual([]);
  });
  it('a summary is a fresh copy each time', () => {
    const run = compare.startReform('tianjin', 'studio', { asOf: AS_OF, parameters: { 'venue.areaSqm': '90' } });
    run.entry(small);
    const a = run.summary();
    (a.byRule[0] as { toPass: number }).toPass = 99;
    a.total = 99;
    expect(run.summary()).toMatchObject({ total: 1, byRule: [{ toPass: 1 }] });
  });
  it('the date and the reading are the caller’s', () => {
    const r = compare.reform('tianjin', 'studio', [app], {
      asOf: '2028-11-22',
      readings: { 'venue.useRightReading': 'term' },
    });
    expect(r.parameters).toMatchObject([{ id: 'venue.useRightReading', kind: 'reading', value: 'term' }]);
    // On 2028-11-22 the right (to 2030-12-31) has not 3 years left: the text's reading fails;
    // the term reading asks for the lease's first day, which the application does not give.
    expect(r.entries[0]?.moved).toEqual([
      { ruleId: 'tianjin.venue.use_right', clauses: ['二（一）2'], text: 'fail', reform: 'unknown' },
    ]);
  });
  it('with a refused option nothing runs, and entry is the typed error', () => {
    const run = compare.startReform('tianjin', 'studio', { readings: { 'venue.useRightReading': 'lease' } });
    expect(run.problems).toMatchObject([{ path: ['options', 'readings', 'venue.useRightReading'] }]);
    expect(run.problems.every((p) => p.path[0] === 'options')).toBe(true);
    expect(() => run.entry(app)).toThrow(InvalidArgumentError);
  });
  it('a batch of 100,000 is taken, one more is refused up front', () => {
    const big = new Array(100_001).fill(null);
    expect(() => compare.reform('national', 'studio', big, { parameters: { nope: 1 } })).toThrow(/at most 100000/u);
    big.pop();
    // With a refused parameter nothing is checked, so the largest batch returns at once.
    expect(compare.reform('national', 'studio', big, { parameters: { nope: 1 } }).entries).toEqual([]);
    expect(() => compare.reform('national', 'studio', 'x' as never)).toThrow(InvalidArgumentError);
  });
});

describe('resolveParameters and sameShape at their bounds', () => {
  const tianjin = policies.tianjin as Policy;
  const problemsOf = (options: object): InputProblem[] => {
    const problems: InputProblem[] = [];
    resolveParameters(tianjin, options, problems);
    return problems;
  };
  it('1,000 entries are read, 1,001 are refused in one problem', () => {
    const ids = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
    expect(problemsOf({ parameters: ids(1000) })).toHaveLength(1000);
    expect(problemsOf({ parameters: ids(1000) }).every((p) => p.code === 'unknown_parameter')).toBe(true);
    expect(problemsOf({ parameters: ids(1001) })).toEqual([
      {
        path: ['options', 'parameters'],
        code: 'invalid_option',
        severity: 'error',
        message: {
          zh: '选项无效：parameters: more than 1000 entries',
          en: 'Invalid option: parameters: more than 1000 entries',
        },
      },
    ]);
  });
  it('a value shown in a message is cut at 60 characters', () => {
    const [p] = problemsOf({ parameters: { 'venue.areaSqm': ['x'.repeat(80)] } });
    expect(p?.message.en).toContain(`the text's ${JSON.stringify('100')}`);
    const [q] = problemsOf({ readings: { 'venue.useRightReading': 'y'.repeat(80) } });
    expect(q?.message.en).toContain('is not one of "remaining" | "term"');
  });
  it('a reading is checked against its choices; a reform against the text’s type only', () => {
    expect(problemsOf({ readings: { 'venue.useRightReading': 'term' } })).toEqual([]);
    // 'lease' is a string like the text's value: as a reform it is taken, as a reading it is not a choice.
    expect(problemsOf({ parameters: { 'venue.useRightReading': 'lease' } })).toEqual([]);
    expect(problemsOf({ readings: { 'venue.useRightReading': 'lease' } })[0]?.code).toBe('reading_choice');
  });
  it.each([
    [-1, -5, true],
    [-1, 3, true],
    [0, 0, true],
    [0, -0.5, false],
    [-1.5, Number.NaN, false],
    [3, '3', false],
    [null, null, true],
    [null, 0, false],
    [undefined, undefined, true],
    [[1], 'not a list', false],
    [[], [null, 'a', 2], true],
    [[], [[1]], false],
    [{ a: 1 }, null, false],
    [{ a: 1 }, [1], false],
    [{ a: 1 }, 'a', false],
    [{ a: 1 }, { a: 2 }, true],
    [{ a: 1 }, {}, false],
    [Symbol.iterator, Symbol.iterator, false],
  ])('sameShape(%j ← %j) is %s', (template, given, ok) => {
    expect(sameShape(given as never, template)).toBe(ok);
  });
});
