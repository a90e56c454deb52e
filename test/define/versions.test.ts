// Versions of a text that share their rules: a rule reads a parameter by its id in the
// version checked (core/parameters.ts), so one rule set serves the 2020 text (2 mentors)
// and the 2026 revision (3). A caller's reading or changed value wins under either; a
// version without the id is read as the rule's object holds it, and the kit finds it.
import { check, type Policy } from 'chuangye-rules';
import {
  atLeast,
  type Clause,
  definePolicy,
  type Parameter,
  PolicyDefinitionError,
  policyVersions,
  rule,
  subject,
} from 'chuangye-rules/define';
import { type PolicyCase, parameterFindings, thresholdFindings } from 'chuangye-rules/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const clausesOf = (n: number, force: string): Clause[] => [
  { id: '第一条', text: '为规范示例市创业指导工作室管理，制定本办法。', coverage: 'informative' },
  { id: '第二条', text: `工作室应有${n}名以上创业导师；领办人可计入。`, coverage: 'rule' },
  { id: '第三条', text: force, coverage: 'informative' },
];
const mentorsOf = (n: number, id = 'mentors.min'): Parameter<number> => ({
  id,
  value: n,
  clause: '第二条',
  quote: `${n}名以上`,
  provenance: 'text',
  label: { zh: '创业导师人数', en: 'Mentors' },
  unit: { zh: '名', en: 'persons' },
});
/** An ambiguity both versions share: whether the lead person counts as a mentor. */
const leadCounts: Parameter<boolean> = {
  id: 'lead.countsAsMentor',
  value: false,
  clause: '第二条',
  quote: '领办人可计入',
  provenance: 'interpretation',
  note: '“可计入” read as not counted unless the caller reads it so',
  choices: [false, true],
  label: { zh: '领办人计入导师人数', en: 'The lead counts as a mentor' },
};
const mentors2020 = mentorsOf(2);

const schema = z.strictObject({ mentors: z.optional(z.int().check(z.nonnegative())), lead: z.optional(z.boolean()) });
/** The one rule both versions share, written with the 2020 parameter object. */
const shared = rule<z.infer<typeof schema>>({
  id: 'example.mentors',
  clauses: ['第二条'],
  provenance: 'text',
  title: { zh: '创业导师人数达到规定', en: 'Enough mentors' },
  check: (s, ctx) => {
    const lead = ctx.param(leadCounts).value && s.lead === true ? 1 : 0;
    return atLeast(ctx.param(mentors2020), s.mentors === undefined ? undefined : s.mentors + lead, 'mentors');
  },
});
const studio = subject(schema, { label: { zh: '示例市工作室', en: 'Example studio' }, rules: [shared] });

const version = (year: number, n: number, mentors: Parameter<number>, more: object = {}) =>
  definePolicy({
    id: 'example-city',
    title: { zh: `示例市办法（${year}，虚构）`, en: `Example City measures ${year} (invented)` },
    issuer: { zh: '示例市人力资源和社会保障局（虚构）', en: 'Example City HRSS Bureau (invented)' },
    docNumber: `示人社〔${year}〕1号`,
    effective: { from: `${year}-01-01`, to: null, clause: '第三条' },
    clauses: clausesOf(n, `本办法自${year}年1月1日起施行。`),
    parameters: [mentors, leadCounts],
    checks: { studio },
    ...more,
  });
const v2020 = version(2020, 2, mentors2020);
const v2026 = version(2026, 3, mentorsOf(3), { repeals: ['示人社〔2020〕1号'] });
const both = policyVersions([v2020, v2026]);

const BEFORE = '2025-12-31';
const AFTER = '2026-01-01';
const failing = (p: Policy, input: object, asOf: string, options: object = {}) => {
  const r = check(p, 'studio', input, { asOf, ...options });
  return {
    verdict: r.verdict,
    doc: r.version?.docNumber,
    expected: r.results.filter((x) => x.ruleId === 'example.mentors').map((x) => x.expected),
  };
};

describe('versions that share one rule set', () => {
  it('the rule written with the 2020 object reads each version’s own value, either side of the change', () => {
    expect(failing(both, { mentors: 2 }, BEFORE)).toEqual({
      verdict: 'eligible',
      doc: '示人社〔2020〕1号',
      expected: [{ min: 2 }],
    });
    expect(failing(both, { mentors: 2 }, AFTER)).toEqual({
      verdict: 'ineligible',
      doc: '示人社〔2026〕1号',
      expected: [{ min: 3 }],
    });
    expect(failing(both, { mentors: 3 }, AFTER).verdict).toBe('eligible');
  });

  it('a version checked on its own reads its own value too', () => {
    expect(check(v2026, 'studio', { mentors: 2 }, { asOf: AFTER }).verdict).toBe('ineligible');
    expect(check(v2020, 'studio', { mentors: 2 }, { asOf: AFTER }).verdict).toBe('eligible');
  });

  it('a changed value wins under either version, and the report says what it replaced', () => {
    const reform = { parameters: { 'mentors.min': 4 } };
    for (const asOf of [BEFORE, AFTER]) {
      expect(failing(both, { mentors: 3 }, asOf, reform)).toMatchObject({
        verdict: 'ineligible',
        expected: [{ min: 4 }],
      });
      expect(failing(both, { mentors: 4 }, asOf, reform).verdict).toBe('eligible');
    }
    const replaced = (asOf: string) => check(both, 'studio', {}, { asOf, ...reform }).parameters?.[0]?.replaced;
    expect([replaced(BEFORE), replaced(AFTER)]).toEqual([2, 3]);
  });

  it('a reading applies under either version, with its own threshold', () => {
    const reading = { readings: { 'lead.countsAsMentor': true } };
    expect(failing(both, { mentors: 1, lead: true }, BEFORE, reading).verdict).toBe('eligible');
    expect(failing(both, { mentors: 1, lead: true }, BEFORE).verdict).toBe('ineligible');
    expect(failing(both, { mentors: 2, lead: true }, AFTER, reading).verdict).toBe('eligible');
    expect(failing(both, { mentors: 2, lead: true }, AFTER).verdict).toBe('ineligible');
    expect(check(both, 'studio', {}, { asOf: AFTER, ...reading }).parameters?.map((a) => [a.id, a.kind])).toEqual([
      ['lead.countsAsMentor', 'reading'],
    ]);
  });

  it('the kit tests each version’s threshold through the shared rule', () => {
    const at = (input: object): PolicyCase => ({ subject: 'studio', input, asOf: AFTER });
    const exempt = {};
    expect(
      thresholdFindings(v2026, [{ parameter: 'mentors.min', pass: at({ mentors: 3 }), fail: at({ mentors: 2 }) }], {
        exempt,
      }),
    ).toEqual([]);
    // The 2020 sides do not flip the 2026 rule: 2 is below its 3 on both.
    expect(
      thresholdFindings(v2026, [{ parameter: 'mentors.min', pass: at({ mentors: 2 }), fail: at({ mentors: 1 }) }]).map(
        (f) => f.kind,
      ),
    ).toEqual(['threshold_not_flipped']);
  });
});

describe('a version that lacks a parameter id a shared rule reads', () => {
  // The revision renames the id: the shared rule still asks for 'mentors.min'.
  const renamed = version(2026, 3, mentorsOf(3, 'mentors.minimum'));
  const cases: PolicyCase[] = [{ subject: 'studio', input: { mentors: 2, lead: true }, asOf: AFTER }];

  it('is read as the rule’s object holds it (the value it was written with)', () => {
    expect(failing(renamed, { mentors: 2 }, AFTER)).toEqual({
      verdict: 'eligible',
      doc: undefined,
      expected: [{ min: 2 }],
    });
  });

  it('the kit finds it: the id read is undeclared, and the version’s own is unread', () => {
    expect(parameterFindings(renamed, cases).map((f) => `${f.kind} ${f.id}`)).toEqual([
      'parameter_undeclared mentors.min',
      'parameter_unread mentors.minimum',
    ]);
    expect(parameterFindings(v2026, cases)).toEqual([]);
  });

  it('a changed value of it is refused as unknown under that version', () => {
    const r = check(renamed, 'studio', { mentors: 2 }, { asOf: AFTER, parameters: { 'mentors.min': 1 } });
    expect(r.verdict).toBe('invalid');
    expect(r.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['options.parameters.mentors.min', 'unknown_parameter'],
    ]);
  });
});

describe('policyVersions refuses an id that holds another kind of value in another version', () => {
  it('a number in one, a decimal string in the other: a problem at the later value', () => {
    const asText = version(2026, 3, { ...mentorsOf(3), value: '3' } as unknown as Parameter<number>);
    let error: unknown;
    try {
      policyVersions([v2020, asText]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyDefinitionError);
    expect((error as PolicyDefinitionError).problems).toEqual([
      {
        path: [1, 'parameters', 0, 'value'],
        code: 'parameter_kind',
        message:
          'parameter "mentors.min" is a decimal string here and a number in version 0: a rule shared by the versions reads either',
      },
    ]);
  });

  it('each kind by its name: a list, an object, a text, a decimal string, a boolean, null', () => {
    const kinds = (a: unknown, b: unknown) => {
      const of = (year: number, value: unknown) =>
        version(year, 3, { ...mentorsOf(3), value } as unknown as Parameter<number>);
      try {
        policyVersions([of(2020, a), of(2026, b)]);
        return 'accepted';
      } catch (e) {
        return (e as PolicyDefinitionError).problems[0]?.message.split(':')[0];
      }
    };
    expect(kinds('30.25', 30)).toBe('parameter "mentors.min" is a number here and a decimal string in version 0');
    expect(kinds('30', 'a30')).toBe('parameter "mentors.min" is a text here and a decimal string in version 0');
    expect(kinds('30', '30a')).toBe('parameter "mentors.min" is a text here and a decimal string in version 0');
    expect(kinds([1], { a: 1 })).toBe('parameter "mentors.min" is an object here and a list in version 0');
    expect(kinds(null, true)).toBe('parameter "mentors.min" is a boolean here and null in version 0');
    expect(kinds('30.25', '4')).toBe('accepted');
    expect(kinds([1], [2, 3])).toBe('accepted');
  });

  it('the same kind with another value, or an id only one version has, is accepted', () => {
    expect(policyVersions([v2020, version(2026, 3, mentorsOf(3, 'mentors.minimum'))]).versions).toHaveLength(2);
    expect(policyVersions([v2020, v2026]).versions?.map((v) => v.parameters[0]?.value)).toEqual([2, 3]);
  });
});

describe('policyVersions: what it refuses, exactly', () => {
  const problems = (versions: readonly Policy[]) => {
    try {
      policyVersions(versions);
    } catch (e) {
      return e instanceof PolicyDefinitionError ? e.problems.map((p) => [p.path.join('.'), p.code, p.message]) : e;
    }
    return [];
  };
  const dated = (from: string | null, to: string | null = null, id = 'example-city') =>
    definePolicy({
      id,
      title: { zh: '示例市办法（虚构）', en: 'Example City measures (invented)' },
      issuer: { zh: '示例市人力资源和社会保障局（虚构）', en: 'Example City HRSS Bureau (invented)' },
      effective: { from, to, clause: '第三条' },
      clauses: clausesOf(2, '本办法自印发之日起施行。'),
      parameters: [mentors2020, leadCounts],
      checks: { studio },
    });

  it('out of order, overlapping, another id, no start, a list of versions inside', () => {
    expect(problems([dated('2026-01-01'), dated('2026-01-01')])).toEqual([
      ['1.effective.from', 'out_of_order', 'versions must be given oldest first'],
    ]);
    expect(problems([dated('2020-01-01', '2026-01-01'), dated('2026-01-01')])).toEqual([
      ['0.effective.to', 'overlap', 'overlaps the next version (from 2026-01-01)'],
    ]);
    expect(problems([dated('2020-01-01', '2025-12-31'), dated('2026-01-01')])).toEqual([]);
    expect(problems([dated('2020-01-01'), dated('2026-01-01', null, 'other-city')])).toEqual([
      ['1.id', 'id_mismatch', 'has id "other-city"; the first version has "example-city"'],
    ]);
    expect(problems([dated(null)])).toEqual([
      ['0.effective.from', 'no_start', 'a version needs the fixed date it takes effect (effective.from)'],
    ]);
    expect(problems([both])).toEqual([['0', 'nested_versions', 'is itself a list of versions']]);
  });

  it('a version without an end ends the day before the next begins (across a month, a year, 29 February)', () => {
    const ends = (next: string) =>
      policyVersions([dated('2019-01-01'), dated(next)]).versions?.map((v) => v.effective.to);
    expect(ends('2024-03-01')).toEqual(['2024-02-29', null]);
    expect(ends('2026-01-01')).toEqual(['2025-12-31', null]);
    expect(ends('2026-05-01')).toEqual(['2026-04-30', null]);
  });

  it('anything but a non-empty list of at most 100 defined policies is an InvalidArgumentError', () => {
    const one = dated('2020-01-01');
    for (const bad of [[], 'x', [one, {}], Array.from({ length: 101 }, () => one)])
      expect(() => policyVersions(bad as never)).toThrow(
        expect.objectContaining({
          name: 'InvalidArgumentError',
          argument: 'versions',
          expected: 'a non-empty list of at most 100 policies made by definePolicy',
        }),
      );
    expect(policyVersions([one]).versions).toHaveLength(1);
    // 100 is read (and then refused for being the same date a hundred times, not for the length).
    expect(() => policyVersions(Array.from({ length: 100 }, () => one))).toThrow(PolicyDefinitionError);
  });
});
