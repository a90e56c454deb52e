// The kit's assertions (src/testing/checks.ts) on a three-clause invented text, finding by
// finding: the exact kind, id and message of each, each guard on both sides, and the
// argument each InvalidArgumentError names. Written against the mutants the kit's own
// tests (kit.test.ts, on the national guideline) let survive.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fail, pass } from '../../src/define/outcomes.js';
import type { Policy } from '../../src/index.js';
import { InvalidArgumentError, policies } from '../../src/index.js';
import { seededRandom } from '../../src/testing/hostile.js';
import {
  assertNoFindings,
  assertPolicy,
  citationFindings,
  type Finding,
  hostileFindings,
  normaliseText,
  type PolicyCase,
  PolicyTestError,
  parameterFindings,
  policyFindings,
  thresholdFindings,
  verbatimFindings,
} from '../../src/testing/index.js';
import { clauses, examplePolicy, mentors } from '../define/fixture.js';

const SOURCE = clauses.map((c) => c.text).join('\n');
const studio = (mentorCount?: number, asOf?: string): PolicyCase => ({
  subject: 'studio',
  input: mentorCount === undefined ? {} : { mentors: mentorCount },
  ...(asOf ? { asOf } : {}),
});
const PAIR = { parameter: 'mentors.min', pass: studio(3), fail: studio(2) };
type Raw = Record<string, unknown>;
/** A plain copy of the example policy with some fields replaced (the kit takes plain policies too). */
const raw = (patch: Raw): Policy => ({ ...(examplePolicy as unknown as Raw), ...patch }) as unknown as Policy;
const rawRule = (patch: Raw) => ({
  id: 'example.raw',
  clauses: ['第二条'],
  provenance: 'text',
  title: { zh: '规则', en: 'Rule' },
  check: () => pass('ok'),
  ...patch,
});
const schema = z.object({ mentors: z.optional(z.number()) });
const withRules = (rules: unknown[], extra: Raw = {}) =>
  raw({ checks: { studio: { label: { zh: '工作室', en: 'Studio' }, schema, rules } }, ...extra });
/** The argument an InvalidArgumentError names (or a failed expectation when none is thrown). */
const argumentOf = (call: () => unknown): string => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as InvalidArgumentError).argument;
  }
  throw new Error('nothing thrown');
};
const kinds = (findings: readonly Finding[]) => findings.map((f) => `${f.kind} ${f.id}`);

describe('normaliseText and the source', () => {
  it('every kind of whitespace goes, nothing else', () => {
    expect(normaliseText(' 第一条\n\t为规范　示例市 ')).toBe('第一条为规范示例市');
    expect(normaliseText('abc')).toBe('abc');
    expect(argumentOf(() => normaliseText(1 as never))).toBe('text');
  });
  it('a source that is not a non-empty text is refused', () => {
    for (const bad of ['', ' \n ', 1, undefined])
      expect(argumentOf(() => verbatimFindings(examplePolicy, bad))).toBe('source');
    expect(verbatimFindings(examplePolicy, SOURCE.replace(/。/gu, '。 \n'))).toEqual([]);
  });
});

describe('verbatimFindings', () => {
  it('the example as encoded: nothing', () => expect(verbatimFindings(examplePolicy, SOURCE)).toEqual([]));

  it('a clause: its own id, a text found in the source (a blank text is not found)', () => {
    const [c0, c1, c2] = clauses as unknown as [Raw, Raw, Raw];
    expect(verbatimFindings(raw({ clauses: [c0, { ...c1, id: c0.id }, { ...c2, id: c0.id }] }), SOURCE)).toEqual([
      { kind: 'clause_id_repeated', id: '第一条', message: 'two clauses have this id' },
      { kind: 'clause_id_repeated', id: '第一条', message: 'two clauses have this id' },
      // 第二条 is gone, so its parameter cites nothing listed.
      { kind: 'parameter_clause_missing', id: 'mentors.min', message: 'cites 第二条' },
    ]);
    expect(verbatimFindings(raw({ clauses: [c0, { ...c1, text: ' ' }, c2] }), SOURCE)).toEqual([
      { kind: 'clause_not_verbatim', id: '第二条', message: 'not in the source: “ ”' },
    ]);
    // Quoted whole up to 60 characters, cut with an ellipsis past them.
    const sixty = '甲'.repeat(60);
    expect(verbatimFindings(raw({ clauses: [c0, { ...c1, text: sixty }, c2] }), SOURCE)).toEqual([
      { kind: 'clause_not_verbatim', id: '第二条', message: `not in the source: “${sixty}”` },
    ]);
    expect(verbatimFindings(raw({ clauses: [c0, { ...c1, text: `${sixty}乙` }, c2] }), SOURCE)).toEqual([
      { kind: 'clause_not_verbatim', id: '第二条', message: `not in the source: “${sixty}…”` },
    ]);
  });

  it('a parameter: its own id, a clause listed, a quote found, a note where it is not the text', () => {
    const at = (patch: Raw) => verbatimFindings(raw({ parameters: [{ ...mentors, ...patch }] }), SOURCE);
    expect(verbatimFindings(raw({ parameters: [mentors, mentors] }), SOURCE)).toEqual([
      { kind: 'id_repeated', id: 'mentors.min', message: 'two parameters have this id' },
    ]);
    expect(at({ clause: '第九条' })).toEqual([
      { kind: 'parameter_clause_missing', id: 'mentors.min', message: 'cites 第九条' },
    ]);
    expect(at({ clause: undefined })).toEqual([
      { kind: 'parameter_clause_missing', id: 'mentors.min', message: 'cites (none)' },
    ]);
    expect(at({ quote: ' ' })).toEqual([
      { kind: 'parameter_not_verbatim', id: 'mentors.min', message: 'quote not in the source: “ ”' },
    ]);
    expect(at({ quote: '4名以上' })).toEqual([
      { kind: 'parameter_not_verbatim', id: 'mentors.min', message: 'quote not in the source: “4名以上”' },
    ]);
    expect(at({ quote: '3名 以上' })).toEqual([]);
    expect(at({ provenance: 'text', note: undefined })).toEqual([]);
    for (const provenance of ['interpretation', 'default']) {
      expect(at({ provenance, note: 'why, and the alternative' })).toEqual([]);
      for (const note of [undefined, ' '])
        expect(at({ provenance, note })).toEqual([
          {
            kind: 'parameter_unexplained',
            id: 'mentors.min',
            message: `provenance '${provenance}' without a note saying why it reads so, and the alternative`,
          },
        ]);
    }
  });
});

describe('citationFindings', () => {
  it('a case failing the rule clause: nothing; none failing it: the clause, with the rules citing it', () => {
    expect(citationFindings(examplePolicy, [studio(2)])).toEqual([]);
    expect(citationFindings(examplePolicy, [studio(3), studio()])).toEqual([
      {
        kind: 'rule_clause_never_fails',
        id: '第二条',
        message: 'no case makes a rule citing it fail (example.mentors): add a case that fails because of this clause',
      },
    ]);
    expect(citationFindings(examplePolicy, [studio(3)], { exempt: { 第二条: 'cannot fail by design' } })).toEqual([]);
    // Exempting another clause exempts nothing here.
    expect(kinds(citationFindings(examplePolicy, [studio(3)], { exempt: { 第一条: 'why' } }))).toEqual([
      'rule_clause_never_fails 第二条',
    ]);
  });

  it('a rule clause cited by two rules is proved by either failing; unproved, both are named', () => {
    const passing = rawRule({ id: 'example.a' });
    const failing = rawRule({ id: 'example.b', check: () => fail('no') });
    expect(citationFindings(withRules([passing, failing]), [studio(3)])).toEqual([]);
    expect(citationFindings(withRules([failing, passing]), [studio(3)])).toEqual([]);
    expect(citationFindings(withRules([passing, rawRule({ id: 'example.c' })]), [studio(3)])).toEqual([
      {
        kind: 'rule_clause_never_fails',
        id: '第二条',
        message:
          'no case makes a rule citing it fail (example.a, example.c): add a case that fails because of this clause',
      },
    ]);
  });

  it('rules: their own ids, citing clauses listed; an uncited rule clause is only uncited', () => {
    const twice = withRules([rawRule({ check: () => fail('no') }), rawRule({})]);
    expect(citationFindings(twice, [studio(3)])).toEqual([
      { kind: 'id_repeated', id: 'example.raw', message: 'two rules have this id' },
    ]);
    const dangling = withRules([rawRule({ clauses: ['第九条'] })]);
    expect(citationFindings(dangling, [studio(3)])).toEqual([
      { kind: 'citation_dangling', id: 'example.raw', message: 'cites 第九条, not a clause' },
      { kind: 'rule_clause_uncited', id: '第二条', message: "marked 'rule', but no rule cites it" },
    ]);
  });

  it('declaration clauses need a rule citing them, not a failing one; informative and assessment clauses nothing', () => {
    const declaration = { id: '第四条', text: '声明。', coverage: 'declaration' };
    const policy = (coverage: string, cited: boolean) =>
      withRules(
        [rawRule({ check: () => fail('no') }), ...(cited ? [rawRule({ id: 'example.d', clauses: ['第四条'] })] : [])],
        { clauses: [...clauses, { ...declaration, coverage }] },
      );
    expect(citationFindings(policy('declaration', true), [studio(3)])).toEqual([]);
    expect(citationFindings(policy('declaration', false), [studio(3)])).toEqual([
      { kind: 'rule_clause_uncited', id: '第四条', message: "marked 'declaration', but no rule cites it" },
    ]);
    for (const coverage of ['informative', 'assessment'])
      expect(citationFindings(policy(coverage, false), [studio(3)]), coverage).toEqual([]);
    expect(kinds(citationFindings(policy('rule', true), [studio(3)]))).toEqual(['rule_clause_never_fails 第四条']);
  });

  it('procedure clauses are cited by a step (or a grade); steps and grades cite listed clauses', () => {
    const procedureClause = { id: '第四条', text: '程序。', coverage: 'procedure' };
    const steps = (cited: string[]) => [
      { id: 'p', label: { zh: '程序', en: 'P' }, steps: [{ id: 's', clauses: cited }] },
    ];
    const failing = rawRule({ check: () => fail('no') });
    const policy = (extra: Raw) => withRules([failing], { clauses: [...clauses, procedureClause], ...extra });
    expect(citationFindings(policy({ procedures: steps(['第四条']) }), [studio(3)])).toEqual([]);
    expect(citationFindings(policy({ procedures: [] }), [studio(3)])).toEqual([
      { kind: 'rule_clause_uncited', id: '第四条', message: "marked 'procedure', but no step cites it" },
    ]);
    expect(citationFindings(policy({ procedures: steps(['第四条', '第九条']) }), [studio(3)])).toEqual([
      { kind: 'citation_dangling', id: 'procedures', message: 'cites 第九条, not a clause' },
    ]);
    const evaluation = (gradeClauses: string[], areas: unknown[] = []) => ({
      schema,
      applicability: rawRule({ id: 'example.applicable', clauses: ['第一条'] }),
      gates: [],
      gradeClauses,
      defaultStandard: { areas },
      counts: () => ({}),
    });
    expect(citationFindings(policy({ evaluation: evaluation(['第四条']) }), [studio(3)])).toEqual([]);
    expect(citationFindings(policy({ evaluation: evaluation([], [{ clause: '第四条' }]) }), [studio(3)])).toEqual([]);
    expect(citationFindings(policy({ evaluation: evaluation(['第四条', '第八条']) }), [studio(3)])).toEqual([
      { kind: 'citation_dangling', id: 'evaluation', message: 'cites 第八条, not a clause' },
    ]);
    // A rule clause the evaluation grades is proved by its grades: no rule, no case needed.
    const graded = withRules([rawRule({ clauses: ['第一条'] })], { evaluation: evaluation(['第二条']) });
    expect(citationFindings(graded, [studio(3)])).toEqual([]);
  });

  it('what the run finds comes first', () => {
    const policy = withRules([
      rawRule({
        check: () => {
          throw new Error('boom');
        },
      }),
    ]);
    expect(citationFindings(policy, [studio(3, '2026-06-01')])).toEqual([
      { kind: 'rule_threw', id: 'example.raw', message: 'on case 0 at 2026-06-01: Error: boom' },
      {
        kind: 'rule_clause_never_fails',
        id: '第二条',
        message: 'no case makes a rule citing it fail (example.raw): add a case that fails because of this clause',
      },
    ]);
  });

  it('options: an object of dates and exemptions with reasons', () => {
    expect(argumentOf(() => citationFindings(examplePolicy, [], 1 as never))).toBe('options');
    expect(argumentOf(() => citationFindings(examplePolicy, [], { exempt: null as never }))).toBe('options.exempt');
    expect(argumentOf(() => citationFindings(examplePolicy, [], { exempt: 'x' as never }))).toBe('options.exempt');
    expect(argumentOf(() => citationFindings(examplePolicy, [], { exempt: { 第二条: ' ' } }))).toBe(
      'options.exempt.第二条',
    );
    expect(argumentOf(() => citationFindings(examplePolicy, [], { exempt: { 第二条: 1 as never } }))).toBe(
      'options.exempt.第二条',
    );
    const unreadable = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(argumentOf(() => citationFindings(examplePolicy, [], { exempt: unreadable }))).toBe('options.exempt');
    expect(citationFindings(examplePolicy, [studio(2)], { exempt: {} })).toEqual([]);
  });
});

describe('thresholdFindings', () => {
  it('a pair that flips: nothing; none: the threshold, with its value', () => {
    expect(thresholdFindings(examplePolicy, [PAIR])).toEqual([]);
    expect(thresholdFindings(examplePolicy, [])).toEqual([
      {
        kind: 'threshold_untested',
        id: 'mentors.min',
        message: 'no boundary pair tests 3 on both sides (or exempt it, with the reason)',
      },
    ]);
    expect(thresholdFindings(examplePolicy, [], { exempt: { 'mentors.min': 'tested elsewhere' } })).toEqual([]);
    expect(kinds(thresholdFindings(examplePolicy, [], { exempt: { other: 'x' } }))).toEqual([
      'threshold_untested mentors.min',
    ]);
    expect(thresholdFindings(raw({ parameters: [{ ...mentors, informative: true }] }), [])).toEqual([]);
  });

  it('a threshold is a finite number or a decimal written as a string', () => {
    const values: [unknown, boolean][] = [
      [0, true],
      [2.5, true],
      ['100', true],
      ['99.5', true],
      ['99.55', true],
      [Number.POSITIVE_INFINITY, false],
      [Number.NaN, false],
      ['1e3', false],
      ['.5', false],
      ['5.', false],
      ['a100', false],
      ['100a', false],
      ['-1', false],
      [true, false],
      [[3], false],
    ];
    const parameters = values.map(([value], i) => ({ ...mentors, id: `p${i}`, value }));
    const untested = thresholdFindings(raw({ parameters }), []).map((f) => f.id);
    expect(untested).toEqual(values.flatMap(([, yes], i) => (yes ? [`p${i}`] : [])));
  });

  it('a pair that does not flip, or flips the wrong way, or names no parameter', () => {
    const notFlipped = {
      kind: 'threshold_not_flipped',
      id: 'mentors.min',
      message: 'boundary 0 (mentors.min): no rule that reads it passes on the pass side and fails on the fail side',
    };
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, fail: studio(3) }])).toEqual([notFlipped]);
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, pass: studio(2), fail: studio(3) }])).toEqual([notFlipped]);
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, pass: studio(2), fail: studio(2) }])).toEqual([notFlipped]);
    expect(thresholdFindings(examplePolicy, [PAIR, { ...PAIR, parameter: 'no.such' }])).toEqual([
      { kind: 'boundary_invalid', id: 'no.such', message: 'boundary 1 (no.such): the policy has no such parameter' },
    ]);
    // A rule that flips without reading the parameter proves nothing about it.
    const blind = withRules([
      rawRule({ check: (s: { mentors?: number }) => ((s.mentors ?? 0) >= 3 ? pass('y') : fail('n')) }),
    ]);
    expect(kinds(thresholdFindings(blind, [PAIR]))).toEqual(['threshold_not_flipped mentors.min']);
  });

  it('any one rule reading the parameter that flips is enough, whichever comes first', () => {
    const reads = (check: (n: number | undefined) => boolean, id: string) =>
      rawRule({
        id,
        check: (s: { mentors?: number }, ctx: { param: (p: unknown) => unknown }) => {
          ctx.param(mentors);
          return check(s.mentors) ? pass('y') : fail('n');
        },
      });
    const always = reads(() => true, 'example.always');
    const flips = reads((n) => (n ?? 0) >= 3, 'example.flips');
    expect(thresholdFindings(withRules([always, flips]), [PAIR])).toEqual([]);
    expect(thresholdFindings(withRules([flips, always]), [PAIR])).toEqual([]);
    expect(kinds(thresholdFindings(withRules([always, reads(() => false, 'example.never')]), [PAIR]))).toEqual([
      'threshold_not_flipped mentors.min',
    ]);
  });

  it('a side with input errors proves nothing: which side is named', () => {
    const invalid = (which: string) => ({
      kind: 'boundary_invalid',
      id: 'mentors.min',
      message: `boundary 0 (mentors.min): the ${which} side has input errors, so it proves nothing`,
    });
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, pass: studio(-1) }])).toEqual([invalid('pass')]);
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, fail: studio(-1) }])).toEqual([invalid('fail')]);
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, pass: studio(-1), fail: studio(-2) }])).toEqual([
      invalid('pass and fail'),
    ]);
    expect(thresholdFindings(examplePolicy, [{ ...PAIR, fail: { subject: 'expert', input: {} } }])).toEqual([
      {
        kind: 'case_invalid',
        id: 'expert',
        message: 'boundary 0 (mentors.min): case 1 names a subject the policy does not rule (it rules: studio)',
      },
      invalid('fail'),
    ]);
  });

  it('each side runs at its own date, or the first of the options’ dates', () => {
    // A rule that passes from 2026-06-01 on, reading the parameter.
    const dated = withRules([
      rawRule({
        check: (_: unknown, ctx: { asOf: string; param: (p: unknown) => unknown }) => {
          ctx.param(mentors);
          return ctx.asOf >= '2026-06-01' ? pass('y') : fail('n');
        },
      }),
    ]);
    const pair = { parameter: 'mentors.min', pass: studio(3), fail: studio(3, '2026-05-31') };
    expect(thresholdFindings(dated, [pair], { dates: ['2026-06-01', '2026-01-01'] })).toEqual([]);
    expect(kinds(thresholdFindings(dated, [pair], { dates: ['2026-01-01', '2026-06-01'] }))).toEqual([
      'threshold_not_flipped mentors.min',
    ]);
    // Without dates, the day the text takes effect (2026-01-01): before the rule passes.
    expect(kinds(thresholdFindings(dated, [pair]))).toEqual(['threshold_not_flipped mentors.min']);
    const undated = raw({ effective: { from: null, to: null } });
    expect(argumentOf(() => thresholdFindings(undated, [PAIR]))).toBe('boundaries[0].pass.asOf');
    expect(argumentOf(() => thresholdFindings(undated, [{ ...PAIR, pass: studio(3, '2026-01-01') }]))).toBe(
      'boundaries[0].fail.asOf',
    );
    expect(
      thresholdFindings(undated, [{ ...PAIR, pass: studio(3, '2026-01-01'), fail: studio(2, '2026-01-01') }]),
    ).toEqual([]);
  });

  it('boundaries: a list of { parameter, pass, fail }', () => {
    expect(argumentOf(() => thresholdFindings(examplePolicy, {} as never))).toBe('boundaries');
    expect(argumentOf(() => thresholdFindings(examplePolicy, [1] as never))).toBe('boundaries[0]');
    expect(argumentOf(() => thresholdFindings(examplePolicy, [PAIR, { ...PAIR, parameter: 1 }] as never))).toBe(
      'boundaries[1].parameter',
    );
    expect(argumentOf(() => thresholdFindings(examplePolicy, [null] as never))).toBe('boundaries[0].parameter');
    expect(argumentOf(() => thresholdFindings(examplePolicy, [{ ...PAIR, pass: 1 }] as never))).toBe(
      'boundaries[0].pass',
    );
    expect(argumentOf(() => thresholdFindings(examplePolicy, [{ ...PAIR, fail: undefined }] as never))).toBe(
      'boundaries[0].fail',
    );
    // At most 10,000 are read: one past them is not.
    const many = [...Array.from({ length: 10_000 }, () => ({ ...PAIR, parameter: 'no.such' })), { parameter: 1 }];
    expect(thresholdFindings(examplePolicy, many as never)).toHaveLength(10_001);
  });
});

describe('parameterFindings', () => {
  it('a parameter no rule reads on the cases, after what the run finds', () => {
    expect(parameterFindings(examplePolicy, [studio(3)])).toEqual([]);
    expect(parameterFindings(examplePolicy, [{ subject: 'mentor', input: {} }])).toEqual([
      {
        kind: 'case_invalid',
        id: 'mentor',
        message: 'case 0 names a subject the policy does not rule (it rules: studio)',
      },
      {
        kind: 'parameter_unread',
        id: 'mentors.min',
        message: 'no rule reads it on the cases: add a case that reaches its rule, or declare it informative',
      },
    ]);
    expect(parameterFindings(raw({ parameters: [{ ...mentors, informative: true }] }), [studio(3)])).toEqual([
      { kind: 'informative_parameter_read', id: 'mentors.min', message: 'declared informative, but a rule reads it' },
    ]);
    expect(parameterFindings(raw({ parameters: [{ ...mentors, informative: true }] }), [])).toEqual([]);
  });

  it('a parameter read by the evaluation’s counts or standard is read', () => {
    const counted = { ...mentors, id: 'counted' };
    const standard = { ...mentors, id: 'standard' };
    const policy = withRules([rawRule({})], {
      parameters: [counted, standard],
      evaluation: {
        schema,
        applicability: rawRule({ id: 'example.applicable', clauses: ['第一条'] }),
        gates: [],
        gradeClauses: [],
        defaultStandard: { areas: [] },
        counts: (_: unknown, _p: unknown, ctx: { param: (p: unknown) => unknown }) => {
          ctx.param(counted);
          return {};
        },
        standardUnder: (param: (p: unknown) => unknown) => {
          param(standard);
          return { areas: [] };
        },
      },
    });
    expect(parameterFindings(policy, [{ subject: 'evaluation', input: {}, asOf: '2026-06-01' }])).toEqual([]);
    expect(kinds(parameterFindings(policy, []))).toEqual(['parameter_unread counted']);
  });

  it('options: dates a non-empty list', () => {
    expect(argumentOf(() => parameterFindings(examplePolicy, [], { dates: [] }))).toBe('options.dates');
    expect(argumentOf(() => parameterFindings(examplePolicy, [], 'x' as never))).toBe('options');
  });
});

describe('hostileFindings', () => {
  const throwsOn = (error: () => unknown) =>
    withRules([
      rawRule({
        check: () => {
          throw error();
        },
      }),
    ]);
  const none = raw({ checks: {}, subjects: [] });

  it('runs: a whole number from 0 to 1,000,000; 200 by default', () => {
    for (const runs of [-1, 1.5, '3', 1_000_001, Number.NaN])
      expect(
        argumentOf(() => hostileFindings(examplePolicy, { runs: runs as number })),
        String(runs),
      ).toBe('options.runs');
    expect(hostileFindings(none, { runs: 1_000_000 })).toEqual([]);
    expect(
      hostileFindings(
        throwsOn(() => new Error('x')),
        { runs: 0 },
      ),
    ).toEqual([]);
    let calls = 0;
    hostileFindings(examplePolicy, {
      generate: () => {
        calls++;
        return {};
      },
    });
    expect(calls).toBe(200);
  });

  it('seed: a whole number, 1 by default; each subject starts from it', () => {
    expect(argumentOf(() => hostileFindings(examplePolicy, { seed: 1.5 }))).toBe('options.seed');
    expect(argumentOf(() => hostileFindings(examplePolicy, { seed: '1' as never }))).toBe('options.seed');
    const firsts = (options: { seed?: number }, policy: Policy = examplePolicy) => {
      const seen: number[] = [];
      hostileFindings(policy, {
        ...options,
        runs: 2,
        generate: (next, run) => {
          if (run === 0) seen.push(next());
          return {};
        },
      });
      return seen;
    };
    expect(firsts({})).toEqual([seededRandom(1)()]);
    expect(firsts({ seed: 7 })).toEqual([seededRandom(7)()]);
    const mentorSubject = { label: { zh: '导师', en: 'Mentor' }, schema, rules: [rawRule({ id: 'm' })] };
    const two = raw({ checks: { studio: mentorSubject, mentor: mentorSubject } });
    expect(firsts({ seed: 7 }, two)).toEqual([seededRandom(7)(), seededRandom(7)()]);
  });

  it('cases: a list of cases, named as the options’', () => {
    expect(argumentOf(() => hostileFindings(examplePolicy, { cases: 1 as never }))).toBe('options.cases');
    expect(argumentOf(() => hostileFindings(examplePolicy, { cases: [{ subject: 2 }] as never }))).toBe(
      'options.cases[0].subject',
    );
  });

  it('generate: a function; one that throws is the caller’s mistake', () => {
    expect(argumentOf(() => hostileFindings(examplePolicy, { generate: 'x' as never }))).toBe('options.generate');
    expect(
      argumentOf(() =>
        hostileFindings(examplePolicy, {
          generate: () => {
            throw new Error('mine');
          },
        }),
      ),
    ).toBe('options.generate');
  });

  it('asOf: a date, the day the text takes effect by default', () => {
    expect(argumentOf(() => hostileFindings(examplePolicy, { asOf: '2026-02-30' }))).toBe('options.asOf');
    expect(argumentOf(() => hostileFindings(raw({ effective: { from: null, to: null } }), { runs: 1 }))).toBe(
      'options.asOf',
    );
    const dates: string[] = [];
    const dated = withRules([
      rawRule({
        check: (_: unknown, ctx: { asOf: string }) => {
          dates.push(ctx.asOf);
          return pass('ok');
        },
      }),
    ]);
    hostileFindings(dated, { runs: 1, generate: () => ({ mentors: 1 }) });
    hostileFindings(dated, { runs: 1, generate: () => ({ mentors: 1 }), asOf: '2026-07-01' });
    expect(dates).toEqual(['2026-01-01', '2026-07-01']);
  });

  it('a check that throws: the run, the seed, the input and the error; at most 20', () => {
    const found = hostileFindings(
      throwsOn(() => new Error('boom')),
      { runs: 50, seed: 4, generate: () => ({ mentors: 1 }) },
    );
    expect(found).toHaveLength(20);
    expect(found[0]).toEqual({
      kind: 'input_threw',
      id: 'studio',
      message: 'run 0 of seed 4 (an object) threw Error: boom',
    });
    expect(found[19]?.message).toBe('run 19 of seed 4 (an object) threw Error: boom');
    const long = 'x'.repeat(300);
    expect(
      hostileFindings(
        throwsOn(() => new Error(long)),
        { runs: 1, generate: () => ({}) },
      )[0]?.message,
    ).toBe(`run 0 of seed 1 (an object) threw Error: ${'x'.repeat(200)}`);
    expect(
      hostileFindings(
        throwsOn(() => 'str'),
        { runs: 1, generate: () => ({}) },
      )[0]?.message,
    ).toBe('run 0 of seed 1 (an object) threw "str"');
    const unreadable = () => {
      const e = new Error('x');
      Object.defineProperty(e, 'message', {
        get() {
          throw new Error('no');
        },
      });
      return e;
    };
    expect(hostileFindings(throwsOn(unreadable), { runs: 1, generate: () => ({}) })[0]?.message).toBe(
      'run 0 of seed 1 (an object) threw an unreadable error',
    );
  });

  it('the author’s cases of a subject are varied, and reach the rules', () => {
    let reached = 0;
    // A schema bare hostile values seldom meet: the rule is reached by the variants of the case.
    const counting = raw({
      checks: {
        studio: {
          label: { zh: '工作室', en: 'Studio' },
          schema: z.object({ mentors: z.int() }),
          rules: [
            rawRule({
              check: () => {
                reached++;
                return pass('ok');
              },
            }),
          ],
        },
      },
    });
    const sample = { mentors: 3, a: 1, b: 2, c: 3, d: 4, e: 5 };
    expect(hostileFindings(counting, { runs: 40, cases: [{ subject: 'studio', input: sample }] })).toEqual([]);
    expect(reached).toBeGreaterThan(10);
    // Cases of another subject are not this subject's samples.
    reached = 0;
    hostileFindings(counting, { runs: 40, cases: [{ subject: 'mentor', input: sample }] });
    expect(reached).toBeLessThan(10);
  });

  it('an evaluation is run as a subject of its own, evaluated on the as-of date', () => {
    const seen: number[] = [];
    const evaluatedOn: unknown[] = [];
    const policy = withRules([rawRule({})], {
      evaluation: {
        schema,
        applicability: rawRule({
          id: 'example.applicable',
          clauses: ['第一条'],
          check: (_: unknown, ctx: { evaluatedOn?: string }) => {
            evaluatedOn.push(ctx.evaluatedOn);
            return pass('ok');
          },
        }),
        gates: [],
        gradeClauses: [],
        defaultStandard: (policies.tianjin as Policy).evaluation?.defaultStandard,
        counts: () => ({}),
        assessments: () => ({}),
      },
    });
    expect(
      hostileFindings(policy, {
        runs: 3,
        asOf: '2026-07-01',
        generate: (_, run) => {
          seen.push(run);
          return {};
        },
      }),
    ).toEqual([]);
    expect(seen).toEqual([0, 1, 2, 0, 1, 2]);
    expect(evaluatedOn).toEqual(['2026-07-01', '2026-07-01', '2026-07-01']);
  });
});

describe('what each InvalidArgumentError says it wanted', () => {
  it('the argument and what it must be', () => {
    const said = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        const { argument, expected } = e as InvalidArgumentError;
        return `${argument}: ${expected}`;
      }
      return 'nothing thrown';
    };
    const cases: [() => unknown, string][] = [
      [() => normaliseText(1 as never), 'text: a string'],
      [() => verbatimFindings(examplePolicy, ''), "source: the source text, a non-empty string (the document's words)"],
      [() => citationFindings(examplePolicy, 1 as never), 'cases: a list of cases ({ subject, input, asOf? })'],
      [() => citationFindings(examplePolicy, [{ subject: 2 }] as never), 'cases[0].subject: a subject id'],
      [() => parameterFindings(examplePolicy, [{ subject: 2 }] as never), 'cases[0].subject: a subject id'],
      [() => citationFindings(examplePolicy, [], { exempt: 1 as never }), 'options.exempt: an object { id: reason }'],
      [() => citationFindings(examplePolicy, [], { exempt: { a: '' } }), 'options.exempt.a: the reason, in words'],
      [() => thresholdFindings(examplePolicy, 'abc' as never), 'boundaries: a list of { parameter, pass, fail }'],
      [() => thresholdFindings(examplePolicy, [{}] as never), 'boundaries[0].parameter: a parameter id'],
      [() => thresholdFindings(examplePolicy, [], 1 as never), 'options: an object'],
      [() => hostileFindings(examplePolicy, 1 as never), 'options: an object'],
      [() => hostileFindings(examplePolicy, { runs: -1 }), 'options.runs: a whole number from 0 to 1,000,000'],
      [() => hostileFindings(examplePolicy, { seed: 0.5 }), 'options.seed: a whole number'],
      [
        () => hostileFindings(examplePolicy, { runs: 0, generate: 'x' as never }),
        'options.generate: a function (next, run) => input',
      ],
      [
        () =>
          hostileFindings(examplePolicy, {
            generate: () => {
              throw new Error('mine');
            },
          }),
        'options.generate: a generator that returns an input',
      ],
      [() => hostileFindings(examplePolicy, { asOf: 'x' }), 'options.asOf: a date YYYY-MM-DD'],
      [() => policyFindings(examplePolicy, undefined as never), 'kit: an object { source, cases, boundaries }'],
      [() => assertNoFindings('abc' as never), 'findings: a list of findings'],
    ];
    for (const [call, expected] of cases) expect(said(call)).toBe(expected);
  });
});

describe('policyFindings and assertPolicy', () => {
  const kit = { source: SOURCE, cases: [studio(2)], boundaries: [PAIR] };

  it('the example with a kit that covers it: nothing, and assertPolicy passes', () => {
    expect(policyFindings(examplePolicy, kit)).toEqual([]);
    expect(() => assertPolicy(examplePolicy, kit)).not.toThrow();
  });

  it('every assertion, in order: verbatim, citations, thresholds, parameters, hostile', () => {
    const broken = withRules(
      [
        rawRule({
          check: (_: unknown, ctx: { param: (p: unknown) => unknown }) => {
            ctx.param({ ...mentors, id: 'informative.one' });
            throw new Error('boom');
          },
        }),
      ],
      {
        parameters: [
          { ...mentors, quote: '九名' },
          { ...mentors, id: 'informative.one', value: 'text', informative: true },
        ],
      },
    );
    expect(
      kinds(policyFindings(broken, { source: SOURCE, cases: [studio(3)], boundaries: [], hostile: { runs: 1 } })),
    ).toEqual([
      'parameter_not_verbatim mentors.min',
      'rule_threw example.raw',
      'rule_clause_never_fails 第二条',
      'threshold_untested mentors.min',
      'rule_threw example.raw',
      'parameter_unread mentors.min',
      'input_threw studio',
    ]);
    expect(() => assertPolicy(broken, { source: SOURCE, cases: [], boundaries: [], hostile: false })).toThrow(
      PolicyTestError,
    );
  });

  it('the boundaries’ sides are cases too; the hostile run takes only the cases', () => {
    expect(policyFindings(examplePolicy, { source: SOURCE, cases: [], boundaries: [PAIR] })).toEqual([]);
    expect(kinds(policyFindings(examplePolicy, { source: SOURCE, cases: [studio(2)], boundaries: [] }))).toEqual([
      'threshold_untested mentors.min',
    ]);
    const omitted = { source: SOURCE, boundaries: [PAIR] } as never;
    expect(policyFindings(examplePolicy, omitted)).toEqual([]);
    expect(kinds(policyFindings(examplePolicy, { source: SOURCE, cases: [studio(2)] } as never))).toEqual([
      'threshold_untested mentors.min',
    ]);
  });

  it('the hostile run: on by default, off with false', () => {
    const throwing = withRules([
      rawRule({
        check: () => {
          throw new Error('boom');
        },
      }),
    ]);
    const base = {
      source: SOURCE,
      cases: [],
      boundaries: [],
      cannotFail: { 第二条: 'x' },
      exempt: { 'mentors.min': 'x' },
    };
    expect(kinds(policyFindings(throwing, { ...base, hostile: false }))).toEqual(['parameter_unread mentors.min']);
    const byDefault = kinds(policyFindings(throwing, base));
    expect(byDefault).toContain('input_threw studio');
    expect(byDefault).toHaveLength(21);
    expect(kinds(policyFindings(throwing, { ...base, hostile: { runs: 2 } }))).toEqual([
      'parameter_unread mentors.min',
      'input_threw studio',
      'input_threw studio',
    ]);
  });

  it('the kit’s hostile options reach the hostile run', () => {
    const firsts: number[] = [];
    const dates: string[] = [];
    const dated = withRules([
      rawRule({
        check: (_: unknown, ctx: { asOf: string }) => {
          dates.push(ctx.asOf);
          return fail('no');
        },
      }),
    ]);
    const hostile = {
      runs: 2,
      seed: 9,
      asOf: '2026-08-01',
      generate: (next: () => number, run: number) => {
        if (run === 0) firsts.push(next());
        return { mentors: 1 };
      },
    };
    expect(
      policyFindings(dated, {
        source: SOURCE,
        cases: [],
        boundaries: [],
        exempt: { 'mentors.min': 'x' },
        cannotFail: { 第二条: 'x' },
        hostile,
      }),
    ).toEqual([
      {
        kind: 'parameter_unread',
        id: 'mentors.min',
        message: 'no rule reads it on the cases: add a case that reaches its rule, or declare it informative',
      },
    ]);
    expect(firsts).toEqual([seededRandom(9)()]);
    expect(dates).toEqual(['2026-08-01', '2026-08-01']);
  });

  it('the kit’s options reach the assertions', () => {
    expect(policyFindings(examplePolicy, { ...kit, cases: [studio(3)], cannotFail: { 第二条: 'why' } })).toEqual([]);
    expect(policyFindings(examplePolicy, { ...kit, boundaries: [], exempt: { 'mentors.min': 'why' } })).toEqual([]);
    expect(argumentOf(() => policyFindings(examplePolicy, { ...kit, dates: [] }))).toBe('options.dates');
    expect(argumentOf(() => policyFindings(examplePolicy, { ...kit, hostile: 1 as never }))).toBe('kit.hostile');
    expect(argumentOf(() => policyFindings(examplePolicy, null as never))).toBe('kit');
    expect(argumentOf(() => policyFindings(examplePolicy, 1 as never))).toBe('kit');
    expect(argumentOf(() => policyFindings(examplePolicy, { ...kit, cases: 1 as never }))).toBe('kit.cases');
  });

  it('assertNoFindings: a list; throws listing it when it is not empty', () => {
    const finding: Finding = { kind: 'id_repeated', id: 'x', message: 'm' };
    expect(() => assertNoFindings([])).not.toThrow();
    let error: unknown;
    try {
      assertNoFindings([finding]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyTestError);
    expect((error as PolicyTestError).findings).toEqual([finding]);
    expect(argumentOf(() => assertNoFindings({} as never))).toBe('findings');
    const unreadable = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(argumentOf(() => assertNoFindings(unreadable))).toBe('findings');
  });
});
