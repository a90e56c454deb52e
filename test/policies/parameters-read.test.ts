// Every parameter is read by a rule at check time, or declared informative (quoted only,
// and then refused as a reading or a changed value): a reading a caller passes can
// never be silently ignored. The rules run over every bundled example and the inputs in
// test/fixtures/parameter-coverage/, with a context that records what they ask for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/core/check.js';
import type { Policy, SubjectId } from '../../src/core/types.js';
import { policies } from '../../src/index.js';
import { type PolicyCase, parameterFindings } from '../../src/testing/index.js';

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

/** Each input as a case of every subject and of the evaluation: the kit runs those whose schema reads it. */
function casesOf(policy: Policy): PolicyCase[] {
  const inputs = [
    ...jsonFiles(`examples/${policy.id}/`).map((input) => ({ input, asOf: undefined as string | undefined })),
    ...coverageInputs(policy.id),
  ];
  const subjects = [...Object.keys(policy.checks), ...(policy.evaluation ? ['evaluation'] : [])];
  return inputs.flatMap(({ input, asOf }) =>
    subjects.map((subject) => ({ subject, input, ...(asOf ? { asOf } : {}) })),
  );
}

describe.each(Object.values(policies) as Policy[])('parameters of $id', (policy) => {
  const findings = parameterFindings(policy, casesOf(policy), { dates: AS_OF_DATES });
  const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.id);
  it('the cases run without a rule throwing', () =>
    expect(findings.filter((f) => f.kind === 'rule_threw')).toEqual([]));
  it('every parameter a rule reads at check time, or declared informative', () => {
    expect(of('parameter_unread')).toEqual([]);
  });
  it('no informative parameter is read by a rule (it would then be a reading a caller cannot choose)', () => {
    expect(of('informative_parameter_read')).toEqual([]);
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
