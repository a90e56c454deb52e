// Every clause marked 'rule' can make a subject fail: the test kit's citation check
// (chuangye-rules/testing), run on each bundled policy over the corpus the rule tests walk
// (each example with every value removed or moved to an edge, and a few inputs written
// for branches one change cannot reach). The clauses whose rules cannot fail by design
// are exempted below, each with the reason (the same as rule-statuses.test.ts gives).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../src/index.js';
import { policies } from '../../src/index.js';
import { citationFindings, type PolicyCase } from '../../src/testing/index.js';
import { unlistedKinds, variants } from '../helpers/corpus.js';

vi.setConfig({ testTimeout: 120_000 });
const root = new URL('../../', import.meta.url);
/** Every example of a policy (a roster's entries one by one). */
const examples = (id: string): unknown[] =>
  readdirSync(new URL(`examples/${id}/`, root))
    .filter((n) => n.endsWith('.json'))
    .flatMap((n) => {
      const value = JSON.parse(readFileSync(new URL(`examples/${id}/${n}`, root), 'utf8'));
      return Array.isArray(value) ? value : [value];
    });
const read = (path: string) => JSON.parse(readFileSync(new URL(`examples/${path}`, root), 'utf8'));

/** Inputs one change of an example cannot reach. */
const EXTRA: Record<string, unknown[]> = {
  national: [unlistedKinds(read('national/eligible-studio.json'))],
  tianjin: [unlistedKinds(read('tianjin/studio-application.json'))],
  pingdingshan: [{ ...read('pingdingshan/studio-application.json'), host: { kind: 'other', kindAccepted: false } }],
  // An expert in a current term with one record of each kind that is a ground for dismissal.
  taiyuan: [
    ...['resignation_request', 'personal_gain', 'unlawful_conduct', 'criminal_penalty'].map((kind) => [{ kind }]),
    [{ kind: 'secret_leak', adverseConsequences: true }],
    ['F-1', 'F-2', 'F-3'].map((id) => ({ id, kind: 'dissatisfied_feedback', aboutAttitude: true })),
  ].map((records) => ({
    ...read('taiyuan/roster.json')[3],
    records: records.map((r, i) => ({ id: `K-${i}`, date: '2026-06-01', ...r })),
  })),
};
const DATES: Record<string, string[]> = { taiyuan: ['2027-03-15'] };

const SUPPLIED = 'a defect in the file is to be supplied (补正): unknown, never fail';
const CANNOT_FAIL: Record<string, Record<string, string>> = {
  pingdingshan: {
    第七条: SUPPLIED,
    第七条1: SUPPLIED,
    第七条2: SUPPLIED,
    第七条3: SUPPLIED,
    第十四条: 'before the measures nothing is judged: open, never fail',
  },
  taiyuan: {
    第四条: '第四条 attaches no consequence of its own: a leak is reported, dismissal follows 第十二条（五）',
    第十五条: 'outside 第十五条 the measures do not apply: not_applicable, never fail',
  },
};

describe.each(Object.values(policies) as Policy[])('$id', (policy) => {
  it("every 'rule' clause is cited by a rule that fails on the corpus, but those exempted with their reason", () => {
    const subjects = [...Object.keys(policy.checks), ...(policy.evaluation ? ['evaluation'] : [])];
    const inputs = [...examples(policy.id), ...(EXTRA[policy.id] ?? [])].flatMap((e) => [...variants(e)]);
    const cases: PolicyCase[] = inputs.flatMap((input) => subjects.map((subject) => ({ subject, input })));
    const exempt = CANNOT_FAIL[policy.id] ?? {};
    const dates = DATES[policy.id] ?? ['2026-11-22'];
    const findings = citationFindings(policy, cases, { dates });
    const never = findings.filter((f) => f.kind === 'rule_clause_never_fails').map((f) => f.id);
    expect(findings.filter((f) => f.kind !== 'rule_clause_never_fails')).toEqual([]);
    // Exactly the exempted clauses: an exemption whose rule now fails is stale, and fails here.
    expect(never.sort()).toEqual(Object.keys(exempt).sort());
    expect(citationFindings(policy, cases.slice(0, 1), { dates, exempt }).map((f) => f.id)).not.toContain(never[0]);
  });
});
