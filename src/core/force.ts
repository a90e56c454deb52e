// When a text is in force, and which version of it: the first thing a check asks. Outside
// a text's force nothing can be judged under it — the verdict is not_applicable, never a
// failed condition ("Read like an official"), citing the clause that sets the period.
import { citedClauses, fieldsOf, headerOf } from './context.js';
import { ProblemList, parseFacts, readInput } from './input.js';
import { subjectNameOf } from './labels.js';
import { render } from './messages.js';
import type {
  Bilingual,
  InputProblem,
  Policy,
  Report,
  ReportVersion,
  Rule,
  RuleContext,
  RuleResult,
  SubjectId,
} from './types.js';

/**
 * The version of a text in force on `asOf` (the policy itself when it has no versions).
 * Before every version, the first: the check then finds it not yet in force, and names
 * that version's document and clause — not the latest's, whose period is not the one missed.
 */
export function versionAt(policy: Policy, asOf: string): { policy: Policy; version?: ReportVersion } {
  const versions = policy.versions;
  let found = versions?.[0];
  if (!versions || !found) return { policy };
  // Stryker disable next-line ConditionalExpression: every version has a start (policyVersions refuses one without); the guard states the type
  for (const v of versions) if (v.effective.from !== null && v.effective.from <= asOf) found = v;
  return {
    policy: found,
    version: {
      title: { zh: found.title.zh, en: found.title.en },
      docNumber: found.docNumber,
      effective: { from: found.effective.from, to: found.effective.to },
    },
  };
}

/** The period a check's policy is in force, for this check (its parameters, the caller's effectiveFrom). */
export function periodOf(policy: Policy, context: RuleContext): { from: string | null; to: string | null } {
  const { period, from, to } = policy.effective;
  return period ? period(context) : { from, to };
}

/** Whether `asOf` falls outside the period (an open end is no limit). */
export function outside(period: { from: string | null; to: string | null }, asOf: string): boolean {
  // Stryker disable next-line ConditionalExpression: the null guards state the types; a date compared with null is false either way
  return (period.from !== null && asOf < period.from) || (period.to !== null && asOf > period.to);
}

/**
 * The report of a check dated outside the text's force: one not-applicable result citing
 * the clause, and the input's own problems (an input error still makes it invalid).
 */
export function notInForceReport(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  context: RuleContext,
  period: { from: string | null; to: string | null },
  problems: readonly InputProblem[],
  extra: Pick<Report, 'version' | 'parameters' | 'reform' | 'guidance'>,
  run: (rules: readonly Rule<unknown>[], facts: unknown, context: RuleContext) => RuleResult[],
): Report {
  const { asOf } = context;
  // biome-ignore lint/style/noNonNullAssertion: the caller found the subject
  const spec = policy.checks[subject]!;
  const clause = policy.effective.clause;
  const cite = clause ? `（${clause}）` : '';
  const label: Bilingual = { zh: `不适用${cite}`, en: `Not applicable${clause ? ` (${clause})` : ''}` };
  const params = { label, asOf, range: `${period.from ?? '…'} – ${period.to ?? '…'}` };
  const message = render('not_in_force', params);
  const generic: RuleResult = {
    ruleId: `${policy.id}.in_force`,
    status: 'not_applicable',
    clauses: clause ? [clause] : [],
    provenance: 'text',
    code: 'not_in_force',
    message,
    expected: { from: period.from, to: period.to },
    actual: asOf,
    severity: 'requirement',
  };
  const read = readInput(input);
  const parsed = parseFacts(spec.schema, read.value);
  const list = new ProblemList();
  list.addAll(problems);
  list.addAll(read.problems);
  list.addAll(parsed.problems);
  const all = list.list();
  // The policy's own in-force rule, where it names one, words the result (it reads no facts).
  const own = spec.rules.find((r) => policy.effective.rules?.includes(r.id));
  // Stryker disable next-line LogicalOperator: the in-force rule reads no facts
  const ownResult = own ? run([own], parsed.facts ?? {}, context)[0] : undefined;
  const result = ownResult ? { ...ownResult, status: 'not_applicable' as const } : generic;
  const results = [result];
  const name = subjectNameOf(spec.labels, read.value);
  const applicant = subjectNameOf(spec.labels, read.value, 'applicant');
  return {
    policy: policy.id,
    subject,
    asOf,
    verdict: all.some((p) => p.severity === 'error') ? 'invalid' : 'not_applicable',
    ...(extra.guidance ? { guidance: extra.guidance } : {}),
    results,
    problems: all,
    ...headerOf(policy, subject, spec),
    ...(name === undefined ? {} : { name }),
    ...(applicant === undefined ? {} : { applicant }),
    cited: citedClauses(policy, results),
    fields: fieldsOf(spec.labels, read.value, results, all),
    ...(extra.parameters ? { parameters: extra.parameters } : {}),
    ...(extra.reform ? { reform: extra.reform } : {}),
    ...(extra.version ? { version: extra.version } : {}),
    notApplicable: { zh: result.message.zh, en: result.message.en },
  };
}
