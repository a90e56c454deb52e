// What a report carries so that it reads on its own: the document, the subject and its
// name, the clauses it cites (verbatim) and words for the input paths it names. Renderers
// are then pure functions of the report, with no policy lookups.
import { labelsOfPaths, subjectNameOf } from './labels.js';
import type { Clause, InputProblem, Policy, Report, RuleResult, SubjectRules } from './types.js';

/** The clauses the results cite, in the text's order, each copied. */
export function citedClauses(policy: Policy, results: readonly { clauses: readonly string[] }[]): Clause[] {
  const ids = new Set<string>();
  for (const r of results) for (const id of r.clauses) ids.add(id);
  const out: Clause[] = [];
  for (const c of policy.clauses) if (ids.has(c.id)) out.push({ id: c.id, text: c.text, coverage: c.coverage });
  return out;
}

export function reportContext(
  policy: Policy,
  // biome-ignore lint/suspicious/noExplicitAny: any subject's rules
  spec: SubjectRules<any>,
  results: readonly RuleResult[],
  problems: readonly InputProblem[],
  input: unknown,
): Required<Pick<Report, 'document' | 'subjectLabel' | 'cited' | 'fields'>> & Pick<Report, 'name' | 'applicant'> {
  const paths: string[] = [];
  for (const r of results) if (r.missing) for (const p of r.missing) paths.push(p);
  for (const p of problems) paths.push(p.path.join('.'));
  const name = subjectNameOf(spec.labels, input);
  const applicant = subjectNameOf(spec.labels, input, 'applicant');
  return {
    document: {
      title: { zh: policy.title.zh, en: policy.title.en },
      issuer: { zh: policy.issuer.zh, en: policy.issuer.en },
      docNumber: policy.docNumber,
      binding: policy.binding,
    },
    subjectLabel: { zh: spec.label.zh, en: spec.label.en },
    ...(name === undefined ? {} : { name }),
    ...(applicant === undefined ? {} : { applicant }),
    cited: citedClauses(policy, results),
    fields: labelsOfPaths(spec.labels, paths, input),
  };
}
