// Proves each encoding complete and faithful: every provision of the source has a clause,
// every clause and every parameter quote is found verbatim in the source, and every
// clause marked 'rule' or 'declaration' is cited by a rule that exists.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/index.js';
import { policies } from '../../src/index.js';
import { articleProvisions, numberedProvisions, seed, squash } from '../helpers/seeds.js';

const SOURCES: Record<string, { file: string; provisions: (text: string) => string[] }> = {
  national: { file: 'national-studio-guideline.txt', provisions: (t) => numberedProvisions(t) },
  tianjin: { file: 'tianjin-studio-pilot-notice.txt', provisions: (t) => numberedProvisions(t, '联 系 人') },
  taiyuan: { file: 'taiyuan-expert-team-measures.txt', provisions: (t) => articleProvisions(t) },
  pingdingshan: { file: 'pingdingshan-master-studio-measures.txt', provisions: articleProvisions },
};

describe.each(Object.values(policies) as Policy[])('clause coverage: $id', (policy) => {
  const source = SOURCES[policy.id];
  if (!source) throw new Error(`no seed registered for ${policy.id}`);
  const text = squash(seed(source.file));
  const ids = policy.clauses.map((c) => c.id);
  const evaluation = policy.evaluation;
  const rules = [
    ...Object.values(policy.checks).flatMap((s) => s?.rules ?? []),
    ...(evaluation ? [evaluation.applicability, ...evaluation.gates] : []),
  ];
  const evaluationClauses = evaluation
    ? [...evaluation.gradeClauses, ...evaluation.defaultStandard.areas.map((a) => a.clause)]
    : [];
  const steps = policy.procedures.flatMap((p) => p.steps);

  it('clause ids are unique', () => expect(new Set(ids).size).toBe(ids.length));

  it('every numbered provision of the source has a clause', () => {
    const provisions = source.provisions(seed(source.file));
    expect(provisions.length).toBeGreaterThan(10);
    expect(provisions.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every clause text is found verbatim in the source', () => {
    const notFound = policy.clauses.filter((c) => !text.includes(squash(c.text))).map((c) => c.id);
    expect(notFound).toEqual([]);
  });

  it('every rule cites clauses that exist', () => {
    const dangling = rules.flatMap((r) => r.clauses.filter((c) => !ids.includes(c)).map((c) => `${r.id} → ${c}`));
    expect(dangling).toEqual([]);
  });

  it('every procedure step and scoring area cites clauses that exist', () => {
    const cited = [...steps.flatMap((s) => s.clauses), ...evaluationClauses];
    expect(cited.filter((c) => !ids.includes(c))).toEqual([]);
  });

  it("every 'procedure' clause is a step of a procedure", () => {
    const cited = new Set([...steps.flatMap((s) => s.clauses), ...evaluationClauses]);
    expect(policy.clauses.filter((c) => c.coverage === 'procedure' && !cited.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it("every 'rule' or 'declaration' clause is cited by a rule", () => {
    const cited = new Set([...rules.flatMap((r) => r.clauses), ...evaluationClauses]);
    const uncited = policy.clauses
      .filter((c) => (c.coverage === 'rule' || c.coverage === 'declaration') && !cited.has(c.id))
      .map((c) => c.id);
    expect(uncited).toEqual([]);
  });

  it('every rule id is unique and prefixed by the policy id', () => {
    const ruleIds = rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id.startsWith(`${policy.id}.`)).toBe(true);
  });

  it('every parameter cites an existing clause and quotes the source verbatim', () => {
    const bad = policy.parameters
      .filter((p) => !ids.includes(p.clause) || !text.includes(squash(p.quote)))
      .map((p) => p.id);
    expect(bad).toEqual([]);
  });

  it('every interpretation or default parameter explains itself', () => {
    const silent = policy.parameters.filter((p) => p.provenance !== 'text' && !p.note).map((p) => p.id);
    expect(silent).toEqual([]);
  });
});
