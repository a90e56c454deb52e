// Every parameter is read by a rule at check time, or declared informative (quoted only,
// and then refused as a reading or a changed value): a reading a caller passes can
// never be silently ignored. The rules run over every bundled example and the inputs in
// test/fixtures/parameter-coverage/, with a context that records what they ask for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/core/check.js';
import { parseFacts, readInput } from '../../src/core/input.js';
import type { Parameter, Policy, RuleContext, SubjectId } from '../../src/core/types.js';
import { policies } from '../../src/index.js';

const root = new URL('../../', import.meta.url);
const jsonFiles = (dir: string): unknown[] => {
  const url = new URL(dir, root);
  let names: string[] = [];
  try {
    names = readdirSync(url).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(new URL(n, `${url.href}/`), 'utf8')));
};

/** Extra inputs per policy, `[{ asOf?, input }]`, reaching branches the examples do not. */
function coverageInputs(id: string): { asOf?: string; input: unknown }[] {
  try {
    return JSON.parse(readFileSync(new URL(`test/fixtures/parameter-coverage/${id}.json`, root), 'utf8'));
  } catch {
    return [];
  }
}

const AS_OF_DATES = ['2025-06-30', '2026-11-22', '2027-06-30', '2030-12-31'];

function readBy(policy: Policy): Set<string> {
  const read = new Set<string>();
  const param = (<T>(p: Parameter<T>): Parameter<T> => {
    read.add(p.id);
    return p;
  }) as RuleContext['param'];
  const inputs = [
    ...jsonFiles(`examples/${policy.id}/`).map((input) => ({ input, asOf: undefined as string | undefined })),
    ...coverageInputs(policy.id),
  ];
  for (const { input, asOf } of inputs) {
    const dates = asOf ? [asOf] : AS_OF_DATES;
    for (const spec of Object.values(policy.checks)) {
      if (!spec) continue;
      const facts = parseFacts(spec.schema, readInput(input).value).facts;
      if (facts === undefined) continue;
      for (const date of dates) for (const r of spec.rules) r.check(facts, { asOf: date, param });
    }
    const evaluation = policy.evaluation;
    if (!evaluation) continue;
    const record = parseFacts(evaluation.schema, readInput(input).value).facts;
    if (record === undefined) continue;
    for (const date of dates) {
      const period = { from: `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`, to: date };
      const ctx: RuleContext = { asOf: date, period, param };
      for (const r of [evaluation.applicability, ...evaluation.gates]) r.check(record, ctx);
      evaluation.counts(record, period, ctx);
      evaluation.defaultPeriod?.(record, date, false);
    }
  }
  policy.evaluation?.standardUnder?.(param);
  return read;
}

describe.each(Object.values(policies) as Policy[])('parameters of $id', (policy) => {
  const read = readBy(policy);
  it('every parameter a rule reads at check time, or declared informative', () => {
    const unread = policy.parameters.filter((p) => !p.informative && !read.has(p.id)).map((p) => p.id);
    expect(unread).toEqual([]);
  });
  it('no informative parameter is read by a rule (it would then be a reading a caller cannot choose)', () => {
    const misdeclared = policy.parameters.filter((p) => p.informative && read.has(p.id)).map((p) => p.id);
    expect(misdeclared).toEqual([]);
  });
  it('an informative parameter is refused as a reading and as a changed value', () => {
    const subject = policy.subjects[0] as SubjectId;
    for (const p of policy.parameters.filter((q) => q.informative)) {
      for (const option of ['readings', 'parameters'] as const) {
        const report = checkPolicy(policy, subject, {}, { asOf: '2026-11-22', [option]: { [p.id]: p.value } });
        expect(report.problems).toMatchObject([{ path: ['options', option, p.id], code: 'parameter_not_read' }]);
        expect(report.parameters).toBeUndefined();
      }
    }
  });
});
