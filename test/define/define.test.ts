import { check, compare, evaluate, renderReport } from 'chuangye-rules';
import {
  atLeast,
  checkPolicy,
  definePolicy,
  InvalidArgumentError,
  isPolicy,
  type Parameter,
  PolicyDefinitionError,
  policyVersions,
  reachesYears,
  rule,
  subject,
  yearsAtLeast,
} from 'chuangye-rules/define';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { clauses, definition, examplePolicy, mentors, studio, studioSchema } from './fixture.js';

const problemsOf = (def: unknown, options?: object) => {
  try {
    definePolicy(def as never, options);
  } catch (e) {
    if (e instanceof PolicyDefinitionError) return e.problems.map((p) => `${p.path.join('.')}:${p.code}`);
    throw e;
  }
  return [];
};

describe('definePolicy', () => {
  it('returns a frozen policy that check, renderReport and compare take like a bundled one', () => {
    expect(isPolicy(examplePolicy)).toBe(true);
    expect(Object.isFrozen(examplePolicy)).toBe(true);
    expect(Object.isFrozen(examplePolicy.clauses[0])).toBe(true);
    const ok = check(examplePolicy, 'studio', { mentors: 3 }, { asOf: '2026-06-01' });
    expect(ok.policy).toBe('example-city');
    expect(ok.verdict).toBe('eligible');
    expect(check(examplePolicy, 'studio', { mentors: 2 }, { asOf: '2026-06-01' }).verdict).toBe('ineligible');
    expect(check(examplePolicy, 'studio', {}, { asOf: '2026-06-01' }).verdict).toBe('incomplete');
    expect(checkPolicy(examplePolicy, 'studio', { mentors: 3 }, { asOf: '2026-06-01' })).toEqual(ok);
    expect(renderReport(ok, { format: 'text' })).toContain('示例市');
    // A reform of a defined policy's parameter moves its verdict.
    const reform = check(
      examplePolicy,
      'studio',
      { mentors: 3 },
      { asOf: '2026-06-01', parameters: { 'mentors.min': 4 } },
    );
    expect(reform.verdict).toBe('ineligible');
    expect(
      compare.reform(examplePolicy, 'studio', [{ mentors: 3 }], {
        asOf: '2026-06-01',
        parameters: { 'mentors.min': 4 },
      }).summary.fromEligible,
    ).toBe(1);
  });

  it('outside the period in force: not applicable, citing the clause, both sides of each end', () => {
    for (const [asOf, verdict] of [
      ['2025-12-31', 'not_applicable'],
      ['2026-01-01', 'eligible'],
      ['2027-12-31', 'eligible'],
      ['2028-01-01', 'not_applicable'],
    ] as const) {
      const r = check(examplePolicy, 'studio', { mentors: 3 }, { asOf });
      expect(r.verdict, asOf).toBe(verdict);
      if (verdict === 'not_applicable') {
        expect(r.results.map((x) => [x.status, x.clauses])).toEqual([['not_applicable', ['第三条']]]);
        expect(r.notApplicable?.zh).toContain('第三条');
        expect(r.notApplicable?.en).toContain('第三条');
        expect(r.cited?.map((c) => c.id)).toEqual(['第三条']);
      }
    }
    // Bad input outside the force is still invalid input.
    expect(check(examplePolicy, 'studio', { mentors: -1 }, { asOf: '2025-01-01' }).verdict).toBe('invalid');
  });

  it('a bad definition throws PolicyDefinitionError listing every problem with its path', () => {
    const d = definition();
    expect(problemsOf({ ...d, id: 'Tianjin X' })).toEqual(['id:invalid_id']);
    expect(problemsOf({ ...d, id: 'tianjin' })).toEqual(['id:bundled_id']);
    expect(problemsOf({ ...d, id: 'tianjin' }, { allowBundledId: true })).toEqual([]);
    expect(problemsOf({ ...d, clauses: [...clauses, clauses[0]] })).toEqual(['clauses.3.id:duplicate_id']);
    expect(problemsOf({ ...d, parameters: [{ ...mentors, clause: '第九条' }] })).toEqual([
      'parameters.0.clause:unknown_clause',
    ]);
    expect(problemsOf({ ...d, subjects: ['mentor'] })).toEqual(['subjects:subjects_mismatch']);
    expect(problemsOf({ ...d, effective: { from: '2026-02-30', to: null } })).toEqual(['effective.from:invalid_date']);
    expect(problemsOf({ ...d, effective: { from: '2027-01-01', to: '2026-01-01' } })).toEqual([
      'effective.to:invalid_period',
    ]);
    expect(problemsOf({ ...d, staf: 1 })).toEqual(['staf:unknown_key']);
    expect(problemsOf({ ...d, effective: { from: null, to: null, rules: ['example.nope'] } })).toEqual([
      'effective.rules.0:unknown_rule',
    ]);
    expect(problemsOf({ ...d, effective: { from: null, to: null, clause: '第九条' } })).toEqual([
      'effective.clause:unknown_clause',
    ]);
    // A rule clause no rule cites.
    expect(problemsOf({ ...d, clauses: [...clauses, { id: '第四条', text: '应有场地。', coverage: 'rule' }] })).toEqual(
      ['clauses.3.coverage:uncited_rule_clause'],
    );
    // A rule citing a clause the text does not list, and two at once.
    const bad = { ...studio, rules: [{ ...studio.rules[0], clauses: ['第九条'] }] };
    expect(problemsOf({ ...d, id: 'X', checks: { studio: bad } })).toEqual([
      'id:invalid_id',
      'checks.studio.rules.0.clauses.0:unknown_clause',
    ]);
    for (const hostile of [
      null,
      1,
      'x',
      [],
      new Proxy(
        {},
        {
          get: () => {
            throw new Error();
          },
        },
      ),
    ])
      expect(() => definePolicy(hostile as never)).toThrow(PolicyDefinitionError);
  });

  it('types: subjects must be those of checks; a rule reads the facts its schema gives', () => {
    expectTypeOf(examplePolicy.id).toEqualTypeOf<string>();
    const notCompiled = () => {
      // @ts-expect-error: 'mentor' is not a subject of checks
      definePolicy({ ...definition(), subjects: ['mentor'] });
      subject(studioSchema, {
        label: { zh: '工作室', en: 'Studio' },
        rules: [
          rule({
            id: 'x',
            clauses: ['第二条'],
            provenance: 'text',
            title: { zh: '场地', en: 'Venue' },
            // @ts-expect-error: the schema has no venue
            check: (s) => atLeast(mentors, s.venue, 'venue'),
          }),
        ],
      });
    };
    expectTypeOf(notCompiled).toBeFunction();
  });

  it('evaluate refuses a policy without an evaluation with a typed error', () => {
    expect(() => evaluate(examplePolicy, {})).toThrow(/no subject "evaluation"/u);
    expect(() => check({ ...examplePolicy } as never, 'studio', {})).toThrow(/definePolicy/u);
  });
});

describe('policyVersions', () => {
  // The 2020 text asked for 2 mentors: its own parameter, read by its own rule.
  const mentors2020 = { ...mentors, value: 2, quote: '2名以上' };
  const v1 = definePolicy({
    ...definition(),
    docNumber: '示人社〔2020〕9号',
    title: { zh: '示例市办法（2020，虚构）', en: 'Example City measures 2020 (invented)' },
    effective: { from: '2020-01-01', to: null, clause: '第三条' },
    clauses: clauses.map((c) => (c.id === '第二条' ? { ...c, text: '工作室应有2名以上创业导师。' } : c)),
    parameters: [mentors2020],
    checks: {
      studio: subject(studio.schema, {
        label: studio.label,
        rules: [
          rule({
            ...(studio.rules[0] as (typeof studio.rules)[number]),
            check: (s, ctx) => atLeast(ctx.param(mentors2020), s.mentors, 'mentors'),
          }),
        ],
      }),
    },
  });
  const v2 = definePolicy({
    ...definition(),
    effective: { from: '2026-01-01', to: '2030-12-31', clause: '第三条' },
    repeals: ['示人社〔2020〕9号'],
  });
  const both = policyVersions([v1, v2]);

  it('check takes the version in force on asOf and names it', () => {
    const before = check(both, 'studio', { mentors: 2 }, { asOf: '2025-12-31' });
    expect(before.verdict).toBe('eligible');
    expect(before.version?.docNumber).toBe('示人社〔2020〕9号');
    expect(before.version?.effective).toEqual({ from: '2020-01-01', to: '2025-12-31' });
    const after = check(both, 'studio', { mentors: 2 }, { asOf: '2026-01-01' });
    expect(after.verdict).toBe('ineligible');
    expect(after.version?.docNumber).toBe('示人社〔2026〕1号');
    expect(check(both, 'studio', { mentors: 2 }, { asOf: '2019-12-31' }).verdict).toBe('not_applicable');
    expect(check(both, 'studio', { mentors: 3 }, { asOf: '2031-01-01' }).verdict).toBe('not_applicable');
  });

  it('refuses versions out of order, of other ids, or without a start', () => {
    expect(() => policyVersions([v2, v1])).toThrow(PolicyDefinitionError);
    expect(() => policyVersions([v1, definePolicy({ ...definition(), id: 'other' })])).toThrow(PolicyDefinitionError);
    expect(() => policyVersions([])).toThrow(TypeError);
  });
});

describe('years in a defined policy: the calendar’s end and whole numbers hold here too', () => {
  const years: Parameter<number> = {
    id: 'lead.years',
    value: 3,
    clause: '第二条',
    quote: '3名以上',
    provenance: 'text',
    label: { zh: '服务年限', en: 'Years of service' },
    unit: { zh: '年', en: 'years' },
  };
  const served = subject(z.strictObject({ since: z.optional(z.iso.date()) }), {
    label: { zh: '导师', en: 'Mentor' },
    rules: [
      rule({
        id: 'example.years',
        clauses: ['第二条'],
        provenance: 'text',
        title: { zh: '服务满3年', en: '3 years of service' },
        check: (m, ctx) => yearsAtLeast(ctx.param(years), { since: m.since }, ctx.asOf, ['since']),
      }),
    ],
  });
  const policy = definePolicy({
    ...definition(),
    id: 'example-years',
    effective: { from: null, to: null },
    parameters: [years],
    checks: { studio: served },
  });
  it('a start whose 3rd anniversary is after 9999-12-31 never reaches it (it passed)', () => {
    expect(check(policy, 'studio', { since: '9999-01-01' }, { asOf: '2026-06-01' }).verdict).toBe('ineligible');
    expect(check(policy, 'studio', { since: '9996-12-31' }, { asOf: '9999-12-31' }).verdict).toBe('eligible');
    expect(check(policy, 'studio', { since: '9997-01-01' }, { asOf: '9999-12-31' }).verdict).toBe('ineligible');
    expect(reachesYears(3, { since: '9997-01-01' }, '9999-12-31')).toBe('fail');
  });
  it('a changed value: 1000 taken, 1001 and 2.5 refused; the helper refuses a fraction as InvalidArgumentError', () => {
    const under = (v: number) =>
      check(policy, 'studio', { since: '2020-01-01' }, { asOf: '2026-06-01', parameters: { 'lead.years': v } });
    expect(under(1000).verdict).toBe('ineligible');
    for (const v of [1001, 2.5]) expect(under(v).problems).toMatchObject([{ code: 'parameter_type' }]);
    expect(() => reachesYears(2.5, { since: '2020-01-01' }, '2026-06-01')).toThrow(InvalidArgumentError);
  });
});
