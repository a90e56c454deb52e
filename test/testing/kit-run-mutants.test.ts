// The kit's reading of a policy and its runner (src/testing/run.ts): what each argument
// must be (the InvalidArgumentError naming it), what a case runs at, what an evaluation's
// rules see, and what the run records. Written against the mutants the kit's own tests let
// survive.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { definePolicy, policyVersions } from '../../src/define/index.js';
import { fail, pass } from '../../src/define/outcomes.js';
import { InvalidArgumentError, type Policy } from '../../src/index.js';
import { citationFindings, parameterFindings, thresholdFindings } from '../../src/testing/index.js';
import { readCase, readCases, readDates, readObject, readPolicy, runCases } from '../../src/testing/run.js';
import { clauses, definition, examplePolicy, mentors } from '../define/fixture.js';

type Raw = Record<string, unknown>;
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
const subjectOf = (rules: unknown[]) => ({ label: { zh: '工作室', en: 'Studio' }, schema, rules });
const withRules = (rules: unknown[], extra: Raw = {}) => raw({ checks: { studio: subjectOf(rules) }, ...extra });
const thrown = (call: () => unknown): InvalidArgumentError => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return e as InvalidArgumentError;
  }
  throw new Error('nothing thrown');
};
const argumentOf = (call: () => unknown) => thrown(call).argument;
type Ctx = {
  asOf: string;
  period?: { from: string; to: string };
  evaluatedOn?: string;
  param: (p: unknown) => unknown;
};
/** An evaluation whose applicability rule records the context it is given. */
const evaluationPolicy = (seen: Ctx[], extra: Raw = {}) =>
  withRules([rawRule({})], {
    evaluation: {
      schema,
      applicability: rawRule({
        id: 'example.applicable',
        clauses: ['第一条'],
        check: (_: unknown, ctx: Ctx) => {
          seen.push(ctx);
          return pass('ok');
        },
      }),
      gates: [],
      gradeClauses: [],
      defaultStandard: { areas: [] },
      counts: () => ({}),
      assessments: () => ({}),
      ...extra,
    },
  });

describe('readPolicy', () => {
  it('a policy, as plain data', () => {
    const view = readPolicy(examplePolicy);
    expect(view.id).toBe('example-city');
    expect(view.clauses).toEqual(clauses.map(({ id, text, coverage }) => ({ id, text, coverage })));
    expect(view.parameters).toEqual([
      {
        id: 'mentors.min',
        value: 3,
        clause: '第二条',
        quote: '3名以上',
        informative: false,
        provenance: 'text',
        note: '',
      },
    ]);
    expect(view.subjects).toEqual(['studio']);
    expect(view.rules.map((r) => [r.id, r.subject, r.clauses])).toEqual([['example.mentors', 'studio', ['第二条']]]);
    expect(view.graded).toEqual([]);
    expect(view.stepped).toEqual([]);
  });

  it('what is not a string reads as an empty one; informative is a flag', () => {
    const view = readPolicy(
      raw({
        id: 5,
        clauses: [{ id: 1, text: null, coverage: {} }],
        parameters: [{ id: 2, value: 'v', clause: 3, quote: 4, informative: 1, provenance: 5, note: 6 }],
      }),
    );
    expect(view.id).toBe('');
    expect(view.clauses).toEqual([{ id: '', text: '', coverage: '' }]);
    expect(view.parameters).toEqual([
      { id: '', value: 'v', clause: '', quote: '', informative: true, provenance: '', note: '' },
    ]);
  });

  it('an evaluation’s applicability and gates are rules of the subject "evaluation"; grades and steps cite clauses', () => {
    const view = readPolicy(
      withRules([rawRule({})], {
        evaluation: {
          applicability: rawRule({ id: 'a', clauses: ['第一条'] }),
          gates: [rawRule({ id: 'g', clauses: ['第二条', 7] })],
          gradeClauses: ['第三条'],
          defaultStandard: { areas: [{ clause: '第一条' }, {}] },
        },
        procedures: [{ steps: [{ clauses: ['第二条'] }, { clauses: ['第三条', 8] }] }],
      }),
    );
    expect(view.subjects).toEqual(['studio']);
    expect(view.rules.map((r) => [r.id, r.subject, r.clauses])).toEqual([
      ['example.raw', 'studio', ['第二条']],
      ['a', 'evaluation', ['第一条']],
      ['g', 'evaluation', ['第二条', '']],
    ]);
    expect(view.graded).toEqual(['第三条', '第一条', '']);
    expect(view.stepped).toEqual(['第二条', '第三条', '']);
  });

  it('a subject left undefined in checks is not ruled', () => {
    expect(readPolicy(raw({ checks: { studio: subjectOf([rawRule({})]), mentor: undefined } })).subjects).toEqual([
      'studio',
    ]);
  });

  it('anything else is the InvalidArgumentError naming the policy', () => {
    const notAPolicy = 'a policy (from definePolicy, or a bundled one)';
    for (const bad of [
      null,
      undefined,
      'national',
      1,
      {},
      raw({ clauses: 'x' }),
      raw({ parameters: undefined }),
      raw({ checks: null }),
      raw({ checks: 'studio' }),
      raw({ checks: { studio: { ...subjectOf([]), rules: 'x' } } }),
      withRules([rawRule({ clauses: '第二条' })]),
      withRules([null]),
      raw({ procedures: [{ steps: 'x' }] }),
      raw({ procedures: [{ steps: [{ clauses: 'x' }] }] }),
      raw({ evaluation: { applicability: rawRule({}), gates: 'x' } }),
      new Proxy(
        {},
        {
          get() {
            throw new Error('no');
          },
        },
      ),
    ]) {
      const e = thrown(() => readPolicy(bad));
      expect(e.argument).toBe('policy');
      expect(e.expected).toBe(notAPolicy);
    }
  });

  it('versions together are refused: each is tested against its own text', () => {
    const v1 = definePolicy({ ...definition(), effective: { from: '2020-01-01', to: null } });
    const v2 = definePolicy({ ...definition(), effective: { from: '2026-01-01', to: null } });
    const e = thrown(() => readPolicy(policyVersions([v1, v2])));
    expect(e.argument).toBe('policy');
    expect(e.expected).toBe('one version of a text (test each of policy.versions against its own source)');
  });
});

describe('readCases and readCase', () => {
  it('none when absent; a list otherwise, each case named by its index', () => {
    expect(readCases(undefined, 'cases')).toEqual([]);
    expect(readCases([], 'cases')).toEqual([]);
    expect(argumentOf(() => readCases({}, 'kit.cases'))).toBe('kit.cases');
    expect(argumentOf(() => readCases([{ subject: 'studio', input: {} }, 1], 'kit.cases'))).toBe('kit.cases[1]');
  });

  it('a case: an object with a subject; asOf only when given', () => {
    expect(readCase({ subject: 'studio', input: { a: 1 }, other: 1 }, 'c')).toEqual({
      subject: 'studio',
      input: { a: 1 },
    });
    expect(Object.hasOwn(readCase({ subject: 'studio', input: 1 }, 'c'), 'asOf')).toBe(false);
    expect(readCase({ subject: 'studio', input: 1, asOf: '2026-01-01' }, 'c')).toEqual({
      subject: 'studio',
      input: 1,
      asOf: '2026-01-01',
    });
    for (const bad of [null, undefined, 1, 'studio']) expect(argumentOf(() => readCase(bad, 'c'))).toBe('c');
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(argumentOf(() => readCase(throwing, 'c'))).toBe('c');
    expect(argumentOf(() => readCase({ input: {} }, 'c'))).toBe('c.subject');
    expect(argumentOf(() => readCase({ subject: 1, input: {} }, 'c'))).toBe('c.subject');
    expect(argumentOf(() => readCase({ subject: 'studio', asOf: '2026-02-30' }, 'c'))).toBe('c.asOf');
    expect(argumentOf(() => readCase({ subject: 'studio', asOf: null }, 'c'))).toBe('c.asOf');
  });

  it('a period: two dates, from ≤ to; one day is a period', () => {
    const c = (period: unknown) => readCase({ subject: 'evaluation', input: {}, period }, 'c');
    expect(c({ from: '2026-01-01', to: '2026-01-01' }).period).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(c({ from: '2025-01-01', to: '2026-01-01', extra: 1 }).period).toEqual({
      from: '2025-01-01',
      to: '2026-01-01',
    });
    expect(Object.hasOwn(c(undefined), 'period')).toBe(false);
    for (const bad of [
      { from: '2026-01-02', to: '2026-01-01' },
      { from: 'x', to: '2026-01-01' },
      { from: '2026-01-01', to: 'x' },
      { from: '2026-01-01' },
      {},
      1,
    ])
      expect(argumentOf(() => c(bad))).toBe('c.period');
    expect(argumentOf(() => c(null))).toBe('c.period');
    const e = thrown(() => c({ from: '2026-01-02', to: '2026-01-01' }));
    expect(e.expected).toBe('a period { from, to } of dates, from ≤ to');
  });
});

describe('readDates', () => {
  const view = readPolicy(examplePolicy);
  it('the day the text takes effect by default, none when it states none', () => {
    expect(readDates(undefined, view)).toEqual(['2026-01-01']);
    expect(readDates(undefined, readPolicy(raw({ effective: { from: null, to: null } })))).toEqual([]);
    expect(readDates(undefined, readPolicy(raw({ effective: undefined })))).toEqual([]);
    expect(readDates(undefined, readPolicy(raw({ effective: { from: '2026-02-30', to: null } })))).toEqual([]);
  });
  it('given: a non-empty list of dates, at most 1000 read', () => {
    expect(readDates(['2026-03-01', '2026-01-01'], view)).toEqual(['2026-03-01', '2026-01-01']);
    for (const bad of [[], ['2026-01-01', 'x'], '2026-01-01', null, {}]) {
      const e = thrown(() => readDates(bad, view));
      expect(e.argument).toBe('options.dates');
      expect(e.expected).toBe('a non-empty list of dates YYYY-MM-DD');
    }
    const unreadable = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(argumentOf(() => readDates(unreadable, view))).toBe('options.dates');
    const many = Array.from({ length: 1001 }, () => '2026-01-01');
    expect(readDates(many, view)).toHaveLength(1000);
    // One bad date past the thousandth is not read.
    expect(readDates([...many.slice(0, 1000), 'x'], view)).toHaveLength(1000);
  });
});

describe('readObject', () => {
  it('absent is empty; only the keys named are read; anything else is the error naming it', () => {
    expect(readObject(undefined, 'o', ['a'])).toEqual({});
    expect(readObject(null, 'o', ['a'])).toEqual({});
    expect(readObject({ a: 1, b: 2 }, 'o', ['a'])).toEqual({ a: 1 });
    expect(readObject({ b: 2 }, 'o', ['a'])).toEqual({ a: undefined });
    for (const bad of [1, 'x', true])
      expect(argumentOf(() => readObject(bad, 'kit.hostile', ['a']))).toBe('kit.hostile');
    const throwing = {
      get a() {
        throw new Error('no');
      },
    };
    expect(argumentOf(() => readObject(throwing, 'o', ['a']))).toBe('o');
  });
});

describe('runCases', () => {
  const view = readPolicy(examplePolicy);
  it('each rule of the case’s subject, at each date, with the parameters it read', () => {
    const out = runCases(view, [{ subject: 'studio', input: { mentors: 2 } }], ['2026-01-01', '2026-06-01']);
    expect(out.runs.map((r) => ({ ...r, read: [...r.read] }))).toEqual([
      {
        case: 0,
        date: '2026-01-01',
        ruleId: 'example.mentors',
        subject: 'studio',
        status: 'fail',
        read: ['mentors.min'],
      },
      {
        case: 0,
        date: '2026-06-01',
        ruleId: 'example.mentors',
        subject: 'studio',
        status: 'fail',
        read: ['mentors.min'],
      },
    ]);
    expect(out.invalid).toEqual([false]);
    expect(out.findings).toEqual([]);
    expect([...out.alsoRead]).toEqual([]);
    // Its own date replaces the dates.
    const own = runCases(view, [{ subject: 'studio', input: { mentors: 3 }, asOf: '2026-09-09' }], ['2026-01-01']);
    expect(own.runs.map((r) => [r.date, r.status])).toEqual([['2026-09-09', 'pass']]);
  });

  it('a subject the policy does not rule: a finding naming what it rules', () => {
    for (const subject of ['mentor', 'evaluation', 'toString', '__proto__']) {
      const out = runCases(view, [{ subject, input: {} }], ['2026-01-01']);
      expect(out.findings, subject).toEqual([
        {
          kind: 'case_invalid',
          id: subject,
          message: 'case 0 names a subject the policy does not rule (it rules: studio)',
        },
      ]);
      expect(out.invalid).toEqual([true]);
      expect(out.runs).toEqual([]);
    }
    const withEvaluation = readPolicy(evaluationPolicy([]));
    expect(runCases(withEvaluation, [{ subject: 'expert', input: {} }], ['2026-01-01']).findings[0]?.message).toBe(
      'case 0 names a subject the policy does not rule (it rules: studio, evaluation)',
    );
  });

  it('input with errors is invalid (its rules run without the bad field); with warnings alone it is valid', () => {
    const bad = runCases(view, [{ subject: 'studio', input: { mentors: -1 } }], ['2026-01-01']);
    expect(bad.invalid).toEqual([true]);
    expect(bad.runs.map((r) => [r.status, [...r.read]])).toEqual([['unknown', ['mentors.min']]]);
    expect(bad.findings).toEqual([]);
    // Input that gives no facts at all runs no rule.
    for (const input of ['x', null, [], 5]) {
      const none = runCases(view, [{ subject: 'studio', input }], ['2026-01-01']);
      expect(none, JSON.stringify(input)).toEqual({ runs: [], alsoRead: new Set(), invalid: [true], findings: [] });
    }
    const warned = runCases(view, [{ subject: 'studio', input: { mentors: 3, extra: 1 } }], ['2026-01-01']);
    expect(warned.invalid).toEqual([false]);
    expect(warned.runs.map((r) => r.status)).toEqual(['pass']);
    // So a boundary side with only a warning proves what it shows.
    const pair = {
      parameter: 'mentors.min',
      pass: { subject: 'studio', input: { mentors: 3, extra: 1 } },
      fail: { subject: 'studio', input: { mentors: 2 } },
    };
    expect(thresholdFindings(examplePolicy, [pair])).toEqual([]);
    expect(parameterFindings(examplePolicy, [{ subject: 'studio', input: 'x' }])).toEqual([
      {
        kind: 'parameter_unread',
        id: 'mentors.min',
        message: 'no rule reads it on the cases: add a case that reaches its rule, or declare it informative',
      },
    ]);
  });

  it('a case without a date, where the text states none: the error names the case', () => {
    const e = thrown(() =>
      runCases(
        view,
        [
          { subject: 'studio', input: {}, asOf: '2026-01-01' },
          { subject: 'studio', input: {} },
        ],
        [],
      ),
    );
    expect(e.argument).toBe('cases[1].asOf');
    expect(e.expected).toBe('a date, or options.dates (the text states no date it takes effect)');
    expect(runCases(view, [{ subject: 'studio', input: {}, asOf: '2026-01-01' }], []).runs).toHaveLength(1);
  });

  it('a rule that throws: a finding naming the case, the date and the error', () => {
    const policy = readPolicy(
      withRules([
        rawRule({
          check: () => {
            throw new RangeError('boom');
          },
        }),
        rawRule({
          id: 'example.string',
          check: () => {
            throw 'plain';
          },
        }),
        rawRule({ id: 'example.fails', check: () => fail('no') }),
      ]),
    );
    const out = runCases(policy, [{ subject: 'studio', input: {} }], ['2026-01-01']);
    expect(out.findings).toEqual([
      { kind: 'rule_threw', id: 'example.raw', message: 'on case 0 at 2026-01-01: RangeError: boom' },
      { kind: 'rule_threw', id: 'example.string', message: 'on case 0 at 2026-01-01: "plain"' },
    ]);
    // The rules after it still run.
    expect(out.runs.map((r) => [r.ruleId, r.status])).toEqual([['example.fails', 'fail']]);
  });

  it('an evaluation: the year ending on the date, or the case’s period; asOf its end, evaluatedOn the date', () => {
    const seen: Ctx[] = [];
    const policy = readPolicy(evaluationPolicy(seen));
    runCases(policy, [{ subject: 'evaluation', input: {} }], ['2026-06-01']);
    runCases(
      policy,
      [{ subject: 'evaluation', input: {}, period: { from: '2025-01-01', to: '2025-12-31' } }],
      ['2026-06-01'],
    );
    runCases(policy, [{ subject: 'evaluation', input: {}, asOf: '2026-03-01' }], []);
    expect(seen.map(({ param: _, ...c }) => c)).toEqual([
      { asOf: '2026-06-01', period: { from: '2025-06-02', to: '2026-06-01' }, evaluatedOn: '2026-06-01' },
      { asOf: '2025-12-31', period: { from: '2025-01-01', to: '2025-12-31' }, evaluatedOn: '2026-06-01' },
      { asOf: '2026-03-01', period: { from: '2025-03-02', to: '2026-03-01' }, evaluatedOn: '2026-03-01' },
    ]);
    // A subject's rules get the date alone.
    const dated: unknown[] = [];
    const studioPolicy = readPolicy(
      withRules([
        rawRule({
          check: (_: unknown, { param: _p, ...ctx }: Ctx) => {
            dated.push(ctx);
            return pass('ok');
          },
        }),
      ]),
    );
    runCases(studioPolicy, [{ subject: 'studio', input: {} }], ['2026-06-01']);
    expect(dated).toEqual([{ asOf: '2026-06-01' }]);
  });

  it('an evaluation’s counts and default period are run, and what they throw is found', () => {
    const calls: unknown[] = [];
    const counting = readPolicy(
      evaluationPolicy([], {
        counts: (_: unknown, period: unknown, ctx: Ctx) => {
          calls.push(['counts', period, ctx.asOf, ctx.evaluatedOn]);
          return {};
        },
        defaultPeriod: (_: unknown, date: string, progress: boolean) => {
          calls.push(['defaultPeriod', date, progress]);
          return { from: '2025-01-01', to: '2025-12-31' };
        },
      }),
    );
    expect(runCases(counting, [{ subject: 'evaluation', input: {} }], ['2026-06-01']).findings).toEqual([]);
    expect(calls).toEqual([
      ['counts', { from: '2025-06-02', to: '2026-06-01' }, '2026-06-01', '2026-06-01'],
      ['defaultPeriod', '2026-06-01', false],
    ]);
    // Not for a subject's case.
    calls.length = 0;
    runCases(counting, [{ subject: 'studio', input: {} }], ['2026-06-01']);
    expect(calls).toEqual([]);
    const boom = () => {
      throw new Error('x');
    };
    for (const part of ['counts', 'defaultPeriod'])
      expect(
        runCases(
          readPolicy(evaluationPolicy([], { [part]: boom })),
          [{ subject: 'evaluation', input: {} }],
          ['2026-06-01'],
        ).findings,
        part,
      ).toEqual([{ kind: 'rule_threw', id: 'evaluation', message: 'counting case 0 at 2026-06-01: Error: x' }]);
    expect(runCases(readPolicy(evaluationPolicy([], { standardUnder: boom })), [], []).findings).toEqual([
      { kind: 'rule_threw', id: 'evaluation', message: 'building the standard: Error: x' },
    ]);
  });

  it('the parameters an evaluation’s counts and standard read are recorded apart from the rules', () => {
    const counted = { ...mentors, id: 'counted' };
    const standard = { ...mentors, id: 'standard' };
    const policy = readPolicy(
      evaluationPolicy([], {
        counts: (_: unknown, _p: unknown, ctx: Ctx) => {
          ctx.param(counted);
          return {};
        },
        standardUnder: (param: (p: unknown) => unknown) => {
          param(standard);
          return { areas: [] };
        },
      }),
    );
    const out = runCases(policy, [{ subject: 'evaluation', input: {} }], ['2026-06-01']);
    expect([...out.alsoRead].sort()).toEqual(['counted', 'standard']);
    expect(out.runs.map((r) => [r.ruleId, [...r.read]])).toEqual([['example.applicable', []]]);
  });

  it('the kit’s cases run through the same runner: a rule clause failing at one date of several is proved', () => {
    const dated = withRules([
      rawRule({
        check: (_: unknown, ctx: Ctx) => (ctx.asOf >= '2026-06-01' ? fail('late') : pass('early')),
      }),
    ]);
    const cases = [{ subject: 'studio', input: {} }];
    expect(citationFindings(dated, cases, { dates: ['2026-01-01', '2026-06-01'] })).toEqual([]);
    expect(citationFindings(dated, cases, { dates: ['2026-01-01'] }).map((f) => f.kind)).toEqual([
      'rule_clause_never_fails',
    ]);
  });
});
