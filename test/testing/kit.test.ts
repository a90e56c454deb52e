// The test kit on the national guideline: it finds nothing on the encoding as it is, and
// each kind of mistake in a changed copy is found, named and listed; bad arguments are
// InvalidArgumentErrors. (The example policy's tests, with its deliberately broken copy,
// are in test/examples/custom-policy.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, type Policy, policies } from '../../src/index.js';
import {
  assertNoFindings,
  assertPolicy,
  type Boundary,
  citationFindings,
  hostileFindings,
  normaliseText,
  type PolicyCase,
  PolicyTestError,
  parameterFindings,
  policyFindings,
  thresholdFindings,
  verbatimFindings,
} from '../../src/testing/index.js';
import { seed } from '../helpers/seeds.js';

const national = policies.national as Policy;
const source = seed('national-studio-guideline.txt');
const eligible = JSON.parse(
  readFileSync(new URL('../../examples/national/eligible-studio.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { staff: object[]; venue: object; leads: object[] };
const AS_OF = '2026-11-22';
const studio = (input: unknown, asOf = AS_OF): PolicyCase => ({ subject: 'studio', input, asOf });

/** Both sides of each of the guideline's numeric thresholds, at the threshold itself. */
const boundaries: Boundary[] = [
  { parameter: 'lead.count', pass: studio(eligible), fail: studio({ ...eligible, leads: [] }) },
  // 五年（含）: reached on the anniversary of 2016-09-01, not the day before.
  { parameter: 'lead.serviceYears', pass: studio(eligible, '2021-09-01'), fail: studio(eligible, '2021-08-31') },
  { parameter: 'staff.count', pass: studio(eligible), fail: studio({ ...eligible, staff: eligible.staff.slice(1) }) },
  {
    parameter: 'staff.experienceYears',
    pass: studio({ ...eligible, staff: [...eligible.staff.slice(0, 2), { name: '赵磊', experienceYears: 2 }] }),
    fail: studio({ ...eligible, staff: [...eligible.staff.slice(0, 2), { name: '赵磊', experienceYears: 1.99 }] }),
  },
  {
    parameter: 'venue.activityRoomCapacity',
    pass: studio({ ...eligible, venue: { ...eligible.venue, activityRoomCapacity: 30 } }),
    fail: studio({ ...eligible, venue: { ...eligible.venue, activityRoomCapacity: 29 } }),
  },
];
const kinds = (findings: { kind: string; id: string }[]) => findings.map((f) => `${f.kind} ${f.id}`);

describe('on the national guideline as encoded', () => {
  it('the clauses and quotes are verbatim', () => expect(verbatimFindings(national, source)).toEqual([]));
  it('every numeric threshold flips a rule on its two sides', () => {
    expect(thresholdFindings(national, boundaries)).toEqual([]);
  });
  it('hostile inputs, and hostile variants of an application, never make a check throw', () => {
    expect(hostileFindings(national, { runs: 150, seed: 3, cases: [studio(eligible)], asOf: AS_OF })).toEqual([]);
  });
  it('an application that fails each rule clause proves it can fail (the kit with cases)', () => {
    const failing = [
      studio({ ...eligible, leads: [] }),
      studio({ ...eligible, carrier: { kind: 'other', kindAccepted: false } }),
      studio({ ...eligible, venue: { ...eligible.venue, zones: [] } }),
    ];
    const findings = citationFindings(national, failing);
    // The three cases fail the clauses of the lead, the carrier and the venue — and not, say, the systems.
    const never = findings.filter((f) => f.kind === 'rule_clause_never_fails').map((f) => f.id);
    expect(never).not.toContain('一（三）1');
    expect(never).not.toContain('一（三）2');
    expect(never).toContain('三（三）');
    expect(findings.filter((f) => f.kind !== 'rule_clause_never_fails')).toEqual([]);
  });
});

describe('each kind of mistake is found', () => {
  it('a clause or a quote not in the text, whitespace aside; whitespace alone is no mistake', () => {
    const clause = national.clauses[3] as { id: string; text: string };
    const param = national.parameters[0] as { id: string; quote: string };
    expect(verbatimFindings(national, source.replace(/\s/gu, ' \n'))).toEqual([]);
    const changed = normaliseText(source)
      .replace(normaliseText(clause.text), '')
      .replaceAll(normaliseText(param.quote), '');
    const found = kinds(verbatimFindings(national, changed));
    expect(found).toContain(`clause_not_verbatim ${clause.id}`);
    expect(found).toContain(`parameter_not_verbatim ${param.id}`);
  });

  it('a repeated id, a parameter citing no clause, a reading without its note', () => {
    const [c0, c1] = national.clauses as [Policy['clauses'][number], Policy['clauses'][number]];
    const [p0, p1] = national.parameters as [Policy['parameters'][number], Policy['parameters'][number]];
    const changed = {
      ...national,
      clauses: [c0, { ...c1, id: c0.id }, ...national.clauses.slice(2)],
      parameters: [
        { ...p0, clause: '九（九）' },
        { ...p1, id: p0.id, provenance: 'interpretation' as const, note: undefined },
        ...national.parameters.slice(2),
      ],
    };
    const found = kinds(verbatimFindings(changed, source));
    expect(found).toContain(`clause_id_repeated ${c0.id}`);
    expect(found).toContain(`parameter_clause_missing ${p0.id}`);
    expect(found).toContain(`id_repeated ${p0.id}`);
    expect(found).toContain(`parameter_unexplained ${p0.id}`);
  });

  it('a threshold without a pair, and a pair that does not flip', () => {
    const rest = boundaries.filter((b) => b.parameter !== 'staff.count');
    const flat = { ...boundaries[0], fail: boundaries[0]?.pass } as Boundary;
    expect(kinds(thresholdFindings(national, [flat, ...rest.slice(1)]))).toEqual([
      'threshold_not_flipped lead.count',
      'threshold_untested staff.count',
    ]);
    // Exempted with its reason, a parameter needs no pair.
    expect(thresholdFindings(national, rest, { exempt: { 'staff.count': 'tested elsewhere' } })).toEqual([]);
    // A pair that flips a rule that does not read the parameter proves nothing about it.
    const wrongRule = { parameter: 'staff.count', pass: studio(eligible), fail: studio({ ...eligible, leads: [] }) };
    expect(kinds(thresholdFindings(national, [...rest, wrongRule]))).toEqual(['threshold_not_flipped staff.count']);
  });

  it('a side with input errors, an unknown parameter or subject', () => {
    const bad = [
      { parameter: 'lead.count', pass: studio(eligible), fail: studio({ ...eligible, leads: 'none' }) },
      { parameter: 'no.such', pass: studio(eligible), fail: studio(eligible) },
      { parameter: 'staff.count', pass: { subject: 'expert', input: {}, asOf: AS_OF }, fail: studio(eligible) },
    ];
    expect(kinds(thresholdFindings(national, [...boundaries, ...bad]))).toEqual([
      'boundary_invalid lead.count',
      'boundary_invalid no.such',
      'case_invalid expert',
      'boundary_invalid staff.count',
    ]);
  });

  it('a parameter no rule reads, unless informative', () => {
    const found = kinds(parameterFindings(national, [studio({})]));
    // An empty application stops the lead rules before they read their thresholds.
    expect(found).toContain('parameter_unread lead.serviceYears');
    expect(parameterFindings(national, [studio(eligible)])).toEqual([]);
    const misdeclared = { ...national, parameters: national.parameters.map((p) => ({ ...p, informative: true })) };
    expect(kinds(parameterFindings(misdeclared, [studio(eligible)]))).toContain(
      'informative_parameter_read lead.count',
    );
  });

  it('an uncited rule clause, a dangling citation, a rule that throws, a check that throws', () => {
    const spec = national.checks.studio as NonNullable<Policy['checks']['studio']>;
    const carrier = spec.rules.find((r) => r.id === 'national.carrier.kind');
    const broken = {
      ...national,
      checks: {
        studio: {
          ...spec,
          schema: spec.schema,
          rules: [
            ...spec.rules.map((r) => (r === carrier ? { ...r, clauses: ['九（九）'] } : r)),
            {
              ...carrier,
              id: 'national.throws',
              clauses: [],
              check: () => {
                throw new Error('boom');
              },
            },
          ],
        },
      },
    } as Policy;
    const found = kinds(citationFindings(broken, [studio(eligible)]));
    expect(found).toContain('citation_dangling national.carrier.kind');
    expect(found).toContain('rule_clause_uncited 一（三）2');
    expect(found).toContain('rule_threw national.throws');
    expect(kinds(hostileFindings(broken, { runs: 3, cases: [studio(eligible)], asOf: AS_OF }))).toContain(
      'input_threw studio',
    );
  });
});

describe('assertPolicy and the error', () => {
  const kit = { source, cases: [studio(eligible)], boundaries, hostile: { runs: 20, asOf: AS_OF } };
  it('passes on the guideline, with a case failing each rule clause it needs', () => {
    const findings = policyFindings(national, kit);
    // With one eligible case, no rule clause is shown to fail: each is listed, and nothing else.
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.every((f) => f.kind === 'rule_clause_never_fails')).toBe(true);
    expect(() => assertPolicy(national, kit)).toThrow(PolicyTestError);
  });
  it('the error lists every finding, and its message names each', () => {
    let error: unknown;
    try {
      assertPolicy(national, { ...kit, boundaries: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyTestError);
    const { findings, message } = error as PolicyTestError;
    expect(kinds([...findings])).toContain('threshold_untested lead.count');
    for (const f of findings) expect(message).toContain(`- ${f.kind} ${f.id}: ${f.message}`);
    expect(Object.isFrozen(findings)).toBe(true);
    expect(() => assertNoFindings([])).not.toThrow();
  });
  it('arguments that are not a policy, a text, cases or options are InvalidArgumentErrors', () => {
    const calls = [
      () => verbatimFindings({}, source),
      () => verbatimFindings('national', source),
      () => verbatimFindings(national, ''),
      () => citationFindings(national, [{ subject: 1, input: {} }] as never),
      () => citationFindings(national, [studio(eligible, '2026-02-30')]),
      () => parameterFindings(national, [], { dates: [] }),
      () => thresholdFindings(national, [{ parameter: 'lead.count' }] as never),
      () => thresholdFindings(national, [], { exempt: { 'lead.count': '' } }),
      () => hostileFindings(national, { runs: -1 }),
      () => hostileFindings(national, { generate: 1 as never }),
      () => policyFindings(national, undefined as never),
      () => assertNoFindings('none' as never),
      // A text that states no date it takes effect: a case needs its own, or options.dates.
      () => parameterFindings({ ...national, effective: { from: null, to: null } }, [{ subject: 'studio', input: {} }]),
    ];
    for (const call of calls) expect(call).toThrow(InvalidArgumentError);
  });
  it('a generator of your own replaces the kit’s, seeded the same way', () => {
    const seen: unknown[] = [];
    const generate = (next: () => number, run: number) => {
      seen.push(run);
      return { staff: [{ experienceYears: next() * 10 }] };
    };
    expect(hostileFindings(national, { runs: 5, generate, asOf: AS_OF })).toEqual([]);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});
