// Proves each encoding complete and faithful: every provision of the source has a clause,
// every clause and every parameter quote is found verbatim in the source, and every
// clause marked 'rule' or 'declaration' is cited by a rule that exists. The checks a
// third party's policy gets are the test kit's (chuangye-rules/testing), run here on the
// bundled policies; what only the bundled sources need (their provision numbering, the
// rule-id prefix) stays here.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/index.js';
import { policies } from '../../src/index.js';
import { citationFindings, verbatimFindings } from '../../src/testing/index.js';
import { articleProvisions, numberedProvisions, seed } from '../helpers/seeds.js';

const SOURCES: Record<string, { file: string; provisions: (text: string) => string[] }> = {
  national: { file: 'national-studio-guideline.txt', provisions: (t) => numberedProvisions(t) },
  tianjin: { file: 'tianjin-studio-pilot-notice.txt', provisions: (t) => numberedProvisions(t, '联 系 人') },
  taiyuan: { file: 'taiyuan-expert-team-measures.txt', provisions: (t) => articleProvisions(t) },
  pingdingshan: { file: 'pingdingshan-master-studio-measures.txt', provisions: articleProvisions },
};

describe.each(Object.values(policies) as Policy[])('clause coverage: $id', (policy) => {
  const source = SOURCES[policy.id];
  if (!source) throw new Error(`no seed registered for ${policy.id}`);
  const ids = policy.clauses.map((c) => c.id);
  const evaluation = policy.evaluation;
  const rules = [
    ...Object.values(policy.checks).flatMap((s) => s?.rules ?? []),
    ...(evaluation ? [evaluation.applicability, ...evaluation.gates] : []),
  ];
  const verbatim = verbatimFindings(policy, seed(source.file));
  // No cases here: that each rule clause can fail is the kit's check over each policy's
  // corpus, in test/testing/bundled-clauses-can-fail.test.ts.
  const citations = citationFindings(policy, []).filter((f) => f.kind !== 'rule_clause_never_fails');
  const ofKind = (findings: typeof verbatim, ...kinds: string[]) =>
    findings.filter((f) => kinds.includes(f.kind)).map((f) => f.id);

  it('clause ids are unique', () => expect(ofKind(verbatim, 'clause_id_repeated')).toEqual([]));

  it('every numbered provision of the source has a clause', () => {
    const provisions = source.provisions(seed(source.file));
    expect(provisions.length).toBeGreaterThan(10);
    expect(provisions.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every clause text is found verbatim in the source', () => {
    expect(ofKind(verbatim, 'clause_not_verbatim')).toEqual([]);
  });

  it('every rule, procedure step and scoring area cites clauses that exist', () => {
    expect(citations.filter((f) => f.kind === 'citation_dangling')).toEqual([]);
  });

  it("every 'rule' or 'declaration' clause is cited by a rule, every 'procedure' clause by a step", () => {
    expect(ofKind(citations, 'rule_clause_uncited')).toEqual([]);
  });

  it('nothing else is found: rule ids are unique, and the rules run', () => {
    expect(citations.filter((f) => !['citation_dangling', 'rule_clause_uncited'].includes(f.kind))).toEqual([]);
  });

  it('every rule id is unique and prefixed by the policy id', () => {
    const ruleIds = rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id.startsWith(`${policy.id}.`)).toBe(true);
  });

  it('every parameter cites an existing clause and quotes the source verbatim', () => {
    expect(ofKind(verbatim, 'parameter_clause_missing', 'parameter_not_verbatim')).toEqual([]);
  });

  it('every interpretation or default parameter explains itself; parameter ids are unique', () => {
    expect(ofKind(verbatim, 'parameter_unexplained', 'id_repeated')).toEqual([]);
  });
});
