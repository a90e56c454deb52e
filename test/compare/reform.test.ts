// Reforms over a batch (compare.reform): the laws a reform obeys whatever the input, and
// every reading a caller can choose changing some result on some input.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/core/check.js';
import { evaluatePolicy } from '../../src/core/evaluate.js';
import type { Parameter, Policy, PolicyId, SubjectId } from '../../src/core/types.js';
import { compare, policies } from '../../src/index.js';

const root = new URL('../../', import.meta.url);
/** An input, at its own date and, for an evaluation, its own period where it names one. */
type Case = { input: unknown; asOf?: string; from?: string; to?: string };

/** The bundled examples, and the inputs of test/fixtures/parameter-coverage/ with their dates. */
function casesOf(id: string): Case[] {
  const dir = new URL(`examples/${id}/`, root);
  const examples = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ input: JSON.parse(readFileSync(new URL(n, dir), 'utf8')) as unknown }));
  let extra: Case[] = [];
  try {
    extra = JSON.parse(readFileSync(new URL(`test/fixtures/parameter-coverage/${id}.json`, root), 'utf8'));
  } catch {
    // No coverage inputs for this policy.
  }
  return [...examples, ...extra];
}
const inputsOf = (id: string): unknown[] => casesOf(id).map((c) => c.input);

const ALL = Object.values(policies) as Policy[];
const AS_OF = ['2026-03-01', '2026-11-22', '2027-06-30', '2029-12-31'];

describe('a reform to the text’s own values is the text’s verdict', () => {
  it.each(ALL.map((p) => [p.id, p] as const))('%s: every parameter set to its own value moves nothing', (_, policy) => {
    const subject = policy.subjects[0] as SubjectId;
    const inputs = inputsOf(policy.id);
    for (const p of policy.parameters.filter((q) => !q.informative)) {
      const r = compare.reform(policy, subject, inputs, { asOf: '2026-11-22', parameters: { [p.id]: p.value } });
      expect(r.problems).toEqual([]);
      expect(r.summary.changed).toBe(0);
      expect(r.entries.flatMap((e) => e.moved)).toEqual([]);
    }
  });
  it('no change at all: zero flips, and the reform says it changed nothing', () => {
    const r = compare.reform('tianjin', 'studio', inputsOf('tianjin'), { asOf: '2026-11-22', parameters: {} });
    expect(r.parameters).toEqual([]);
    expect(r.summary).toMatchObject({ changed: 0, toEligible: 0, fromEligible: 0, byRule: [] });
  });
});

/** Minimums the texts set: relaxing one (a lower value) may only help an application. */
const MINIMUMS: [PolicyId, SubjectId, string][] = [
  ['national', 'studio', 'lead.serviceYears'],
  ['national', 'studio', 'staff.count'],
  ['national', 'studio', 'staff.experienceYears'],
  ['tianjin', 'studio', 'venue.areaSqm'],
  ['tianjin', 'studio', 'staff.count'],
  ['tianjin', 'studio', 'lead.serviceYears'],
  ['pingdingshan', 'studio', 'studio.staff'],
  ['pingdingshan', 'mentor', 'mentor.serviceYears'],
];

describe('relaxing a minimum never makes an eligible application ineligible; tightening never the reverse', () => {
  it.each(MINIMUMS)('%s %s %s', (policyId, subject, id) => {
    const policy = policies[policyId] as Policy;
    const param = policy.parameters.find((p) => p.id === id) as Parameter<number | string>;
    expect(param).toBeDefined();
    const inputs = inputsOf(policyId);
    const base = Number(param.value);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * base + 2 }), fc.constantFrom(...AS_OF), (n, asOf) => {
        const value = typeof param.value === 'string' ? String(n) : n;
        const r = compare.reform(policyId, subject, inputs, { asOf, parameters: { [id]: value } });
        expect(r.problems).toEqual([]);
        if (n <= base) expect(r.summary.fromEligible).toBe(0);
        if (n >= base) expect(r.summary.toEligible).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
  it('a relaxed area moves an application of 95 m² to eligible, and names the rule', () => {
    const app = JSON.parse(readFileSync(new URL('examples/tianjin/studio-application.json', root), 'utf8'));
    const small = { ...app, venue: { ...app.venue, areaSqm: 95 } };
    const r = compare.reform('tianjin', 'studio', [small, app], {
      asOf: '2026-11-22',
      parameters: { 'venue.areaSqm': '90' },
    });
    expect(r.entries[0]).toMatchObject({ text: 'ineligible', reform: 'eligible' });
    expect(r.entries[0]?.moved.map((m) => [m.ruleId, m.text, m.reform])).toEqual([
      ['tianjin.venue.area', 'fail', 'pass'],
    ]);
    expect(r.entries[1]?.moved).toEqual([]);
    expect(r.summary).toMatchObject({ total: 2, changed: 1, toEligible: 1, fromEligible: 0 });
    expect(r.parameters).toMatchObject([{ id: 'venue.areaSqm', kind: 'reform', value: '90', replaced: '100' }]);
  });
  it('a refused parameter checks nothing and says why', () => {
    const r = compare.reform('tianjin', 'studio', [{}], { parameters: { 'venue.areaSqm': 'big' } });
    expect(r.entries).toEqual([]);
    expect(r.problems).toMatchObject([{ path: ['options', 'parameters', 'venue.areaSqm'], code: 'parameter_type' }]);
  });
});

/** Every parameter with choices a caller may pass as a reading. */
const READINGS = ALL.flatMap((policy) =>
  policy.parameters
    .filter((p) => p.choices && p.provenance !== 'text' && !p.informative)
    .flatMap((p) =>
      (p.choices as readonly unknown[])
        .filter((c) => JSON.stringify(c) !== JSON.stringify(p.value))
        .map((choice) => [policy.id, p.id, choice, policy] as const),
    ),
);

describe('every reading a caller can choose changes some result on some input', () => {
  it.each(READINGS)('%s %s = %j', (_, id, choice, policy) => {
    // Each input at its own date, and the examples at several.
    const cases = casesOf(policy.id).flatMap((c) =>
      c.asOf
        ? [c as Case & { asOf: string }]
        : AS_OF.map((asOf): Case & { asOf: string } => ({ input: c.input, asOf })),
    );
    const signature = (r: { results: { ruleId: string; status: string; code: string; actual?: unknown }[] }) =>
      JSON.stringify(r.results.map((x) => [x.ruleId, x.status, x.code, x.actual]));
    // A search over the inputs, dates and subjects.
    const found = fc
      .sample(fc.tuple(fc.constantFrom(...cases), fc.constantFrom(...policy.subjects)), { numRuns: 400, seed: 26 })
      .some(([{ input, asOf, from, to }, subject]) => {
        const text = checkPolicy(policy, subject, input, { asOf });
        const read = checkPolicy(policy, subject, input, { asOf, readings: { [id]: choice } });
        if (read.problems.some((p) => p.path[0] === 'options')) return false;
        if (signature(text) !== signature(read)) return true;
        if (!policy.evaluation) return false;
        // The text's own year, and a year across two calendar years (a quarter cut by it).
        const y = Number(asOf.slice(0, 4));
        const across = { from: `${y - 1}-07-01`, to: `${y}-06-30` };
        const own = from && to ? [{ from, to }] : [];
        return [{}, across, ...own].some((period) => {
          const e1 = evaluatePolicy(policy, input, { asOf, ...period });
          const e2 = evaluatePolicy(policy, input, { asOf, ...period, readings: { [id]: choice } });
          return signature(e1) !== signature(e2) || e1.grade !== e2.grade;
        });
      });
    expect(found, `no input found on which reading ${id} = ${JSON.stringify(choice)} changes a result`).toBe(true);
  });
});

describe('a reform reads each application once for both its checks', () => {
  it.each(ALL.map((p) => [p.id, p] as const))('%s: each entry is the two checks a caller would make', (_, policy) => {
    const subject = policy.subjects[0] as SubjectId;
    const p = policy.parameters.find((q) => !q.informative && typeof q.value === 'number') as Parameter<number>;
    const parameters = { [p.id]: p.value + 1 };
    const run = compare.startReform(policy, subject, { asOf: '2026-11-22', parameters });
    for (const input of inputsOf(policy.id)) {
      const entry = run.entry(input);
      expect(entry.text).toBe(checkPolicy(policy, subject, input, { asOf: '2026-11-22' }).verdict);
      expect(entry.reform).toBe(checkPolicy(policy, subject, input, { asOf: '2026-11-22', parameters }).verdict);
    }
  });

  it('a getter is read once per entry, and both checks see what it gave', () => {
    const application = JSON.parse(readFileSync(new URL('examples/tianjin/studio-application.json', root), 'utf8')) as {
      venue: Record<string, unknown>;
    };
    let reads = 0;
    // 95 m² on the first read, 85 after: read again for the reform, it would fail its 90 too.
    Object.defineProperty(application.venue, 'areaSqm', {
      enumerable: true,
      get: () => (reads++ === 0 ? '95' : '85'),
    });
    const run = compare.startReform('tianjin', 'studio', { asOf: '2026-11-22', parameters: { 'venue.areaSqm': '90' } });
    const entry = run.entry(application);
    expect(reads).toBe(1);
    expect([entry.text, entry.reform]).toEqual(['ineligible', 'eligible']);
  });
});
