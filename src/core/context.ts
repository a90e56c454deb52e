// What a report carries so that it reads on its own: the document, the subject and its
// name, the clauses it cites (verbatim) and words for the input paths it names. Renderers
// are then pure functions of the report, with no policy lookups.
import { deepFreeze } from './freeze.js';
import { type FieldLabels, labelsOfPaths } from './labels.js';
import type { Bilingual, Clause, InputProblem, Policy, ReportDocument, SubjectId, SubjectRules } from './types.js';

/** The clauses the results cite, in the text's order: a list of the report's own. */
export function citedClauses(
  policy: Policy,
  results: readonly { ruleId?: string; clauses: readonly string[] }[],
): Clause[] {
  return sharedCited(policy, results).slice();
}

/**
 * The clauses the results cite, in the text's order: one frozen list shared by every
 * report whose rules ran in this order (a check's header costs nothing per check).
 */
export function sharedCited(
  policy: Policy,
  results: readonly { ruleId?: string; clauses: readonly string[] }[],
): readonly Clause[] {
  // A rule cites fixed clauses, so the same rules cite the same list: it is found once per
  // sequence of rule ids (walked as a trie, no key built) and kept. The clauses are the
  // policy's frozen objects; the array is the report's own.
  let node: CitedNode | undefined = citedCache.get(policy);
  // Stryker disable next-line ConditionalExpression,BlockStatement: the cache only saves work: without it every answer is the same
  if (!node) {
    node = { next: new Map() };
    citedCache.set(policy, node);
  }
  for (const r of results) {
    // Stryker disable next-line LogicalOperator,StringLiteral: the cache only saves work: without it every answer is the same
    const id = r.ruleId ?? '';
    let child: CitedNode | undefined = node.next.get(id);
    // Stryker disable next-line ConditionalExpression,BlockStatement: the cache only saves work: without it every answer is the same
    if (!child) {
      // Bounded: a policy has few sequences of results; past the cap, compute without keeping.
      // Stryker disable next-line all: the cache only saves work: without it every answer is the same
      if (++citedNodes > 100_000) return citedOf(policy, results);
      child = { next: new Map() };
      node.next.set(id, child);
    }
    node = child;
  }
  node.cited ??= Object.freeze(citedOf(policy, results));
  return node.cited;
}

function citedOf(policy: Policy, results: readonly { clauses: readonly string[] }[]): readonly Clause[] {
  const ids = new Set<string>();
  for (const r of results) for (const id of r.clauses) ids.add(id);
  return policy.clauses.filter((c) => ids.has(c.id));
}

interface CitedNode {
  next: Map<string, CitedNode>;
  cited?: readonly Clause[];
}
const citedCache = new WeakMap<Policy, CitedNode>();
let citedNodes = 0;

/**
 * Words for every input path a report names: the facts its results ask for, its problems'
 * paths, and any `more` (an evaluation's unscored items).
 */
export function fieldsOf(
  labels: FieldLabels | undefined,
  input: unknown,
  /** The results, or the outcomes they are built from: only their missing facts are read. */
  results: readonly { missing?: readonly string[] | undefined }[],
  problems: readonly InputProblem[],
  more: readonly string[] = [],
): Record<string, Bilingual> {
  const paths: string[] = [];
  for (const r of results) if (r.missing) for (const p of r.missing) paths.push(p);
  for (const p of problems) paths.push(p.path.join('.'));
  for (const p of more) paths.push(p);
  return labelsOfPaths(labels, paths, input);
}

/** The frozen parts of a report of one subject under one policy, built on its first check. */
export interface Header {
  document: ReportDocument;
  subjectLabel: Bilingual;
}
const headers = new WeakMap<Policy, Map<string, Header>>();

export function headerOf(policy: Policy, subject: SubjectId, spec: SubjectRules<unknown>): Header {
  let bySubject = headers.get(policy);
  // Stryker disable next-line ConditionalExpression,BlockStatement: a cache; building again gives the same header
  if (bySubject === undefined) {
    bySubject = new Map();
    headers.set(policy, bySubject);
  }
  let header = bySubject.get(subject);
  // Stryker disable next-line ConditionalExpression,BlockStatement: a cache; building again gives the same header
  if (header === undefined) {
    header = deepFreeze({
      document: {
        title: { zh: policy.title.zh, en: policy.title.en },
        issuer: { zh: policy.issuer.zh, en: policy.issuer.en },
        docNumber: policy.docNumber,
        binding: policy.binding,
      },
      subjectLabel: { zh: spec.label.zh, en: spec.label.en },
    });
    bySubject.set(subject, header);
  }
  return header;
}
