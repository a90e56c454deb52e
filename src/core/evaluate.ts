import * as z from 'zod/mini';
import { addYears, formatIsoDate, isIsoDate, parseIsoDate, todayInChina } from '../calendar/date.js';
import { contextOptions, type ReadingOptions, runRules } from './check.js';
import { citedClauses } from './context.js';
import { langOf, readOptions, UnknownSubjectError } from './errors.js';
import {
  type EvaluationReport,
  type EvaluationStandard,
  GRADE_LABELS,
  gradeFor,
  score,
  standardSchema,
} from './grading.js';
import { ProblemList, parseFacts, preview, readInput } from './input.js';
import { subjectNameOf } from './labels.js';
import { render } from './messages.js';
import type { InputProblem, Policy, RuleResult } from './types.js';

export interface EvaluateOptions {
  /** First day of the evaluation period; by default the day after `to` one year earlier. */
  from?: string;
  /** Last day of the evaluation period; today in China by default. */
  to?: string;
  /** That year's standard (四（二）1), replacing the library's default. */
  standard?: unknown;
  lang?: 'zh' | 'en';
}

const UNDECIDED = { zh: '暂无法确定', en: 'Not yet decidable' };
const NOT_APPLICABLE = { zh: '不适用', en: 'Not applicable' };

function entryLeftOut(path: (string | number)[]): InputProblem {
  return { path, code: 'entry_left_out', severity: 'warning', message: render('entry_left_out') };
}

function optionProblem(path: (string | number)[], detail: string): InputProblem {
  return {
    path: ['options', ...path],
    code: 'invalid_option',
    severity: 'error',
    message: render('invalid_option', { detail }),
  };
}

/** The period: explicit, or the year ending on `to` (to − 1 year + 1 day … to). */
function periodOf(options: EvaluateOptions, problems: InputProblem[]): { from: string; to: string } {
  let to = todayInChina();
  if (options.to !== undefined) {
    if (isIsoDate(options.to)) to = options.to;
    else problems.push(optionProblem(['to'], `to = ${preview(options.to)}`));
  }
  let from = formatIsoDate(addYears(parseIsoDate(to) as number, -1) + 1);
  if (options.from !== undefined) {
    if (isIsoDate(options.from)) from = options.from;
    else problems.push(optionProblem(['from'], `from = ${preview(options.from)}`));
  }
  if (from > to) problems.push(optionProblem(['from'], `from ${from} is after to ${to}`));
  return { from, to };
}

/**
 * Grades a year's record under a policy's evaluation. Never throws on bad input or
 * options; the report says which standard it used.
 */
export function evaluatePolicy(
  policy: Policy,
  input: unknown,
  rawOptions?: EvaluateOptions & ReadingOptions,
): EvaluationReport {
  const report = grade(policy, input, rawOptions);
  // The clauses the report cites, verbatim, and the document: it reads without the policy.
  const cited = citedClauses(policy, [
    ...report.results,
    ...report.areas.map((a) => ({ clauses: [a.clause] })),
    { clauses: policy.evaluation?.gradeClauses ?? [] },
  ]);
  const name = subjectNameOf(policy.evaluation?.labels, input);
  report.document = {
    title: { zh: policy.title.zh, en: policy.title.en },
    issuer: { zh: policy.issuer.zh, en: policy.issuer.en },
    docNumber: policy.docNumber,
    binding: policy.binding,
  };
  if (name !== undefined) report.name = name;
  report.cited = cited;
  return report;
}

function grade(policy: Policy, input: unknown, rawOptions?: EvaluateOptions & ReadingOptions): EvaluationReport {
  const spec = policy.evaluation;
  if (!spec) throw new UnknownSubjectError(policy.id, 'evaluation', policy.subjects);
  const options = readOptions<EvaluateOptions & ReadingOptions>(rawOptions, [
    'from',
    'to',
    'standard',
    'lang',
    'readings',
    'effectiveFrom',
  ]);
  langOf(options.lang);
  const problems: InputProblem[] = [];
  const period = periodOf(options, problems);

  const chosen = contextOptions(policy, options ?? {}, problems);
  let standard: EvaluationStandard = spec.defaultStandard;
  let provenance: 'default' | 'interpretation' | 'text' = spec.defaultProvenance ?? 'default';
  if (options.standard !== undefined) {
    const read = readInput(options.standard);
    const parsed = z.safeParse(standardSchema, read.value);
    if (parsed.success) {
      standard = parsed.data;
      provenance = 'text';
    } else {
      for (const p of read.problems) problems.push({ ...p, path: ['options', 'standard', ...p.path] });
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        problems.push(optionProblem(['standard', ...path], issue.message));
      }
    }
  }

  const read = readInput(input);
  const parsed = parseFacts(spec.schema, read.value);
  const list = new ProblemList();
  list.addAll(problems);
  list.addAll(read.problems);
  list.addAll(parsed.problems);
  for (const path of parsed.dropped) list.add(entryLeftOut(path));
  const all = list.list();
  // A record with an error is scored as far as it goes, but not graded: a left-out entry
  // could have met a minimum, and a grade of 不合格 entails losing the studio's status.
  const erroneous = list.hasError();

  const base = {
    policy: policy.id,
    period,
    standard: { id: standard.id, label: standard.label, provenance },
    problems: all,
  };
  const record = parsed.facts;
  if (record === undefined || all.some((p) => p.severity === 'error' && p.path[0] === 'options')) {
    return { ...base, grade: null, gradeLabel: UNDECIDED, score: null, areas: [], results: [] };
  }
  const context = { asOf: period.to, period, ...chosen };
  const [applicability] = runRules([spec.applicability], record, context);
  const gates = runRules(spec.gates, record, context);
  const results: RuleResult[] = [applicability as RuleResult].concat(gates);
  if (applicability?.status !== 'pass') {
    return {
      ...base,
      grade: null,
      gradeLabel: applicability?.status === 'not_applicable' ? NOT_APPLICABLE : UNDECIDED,
      score: null,
      areas: [],
      results,
    };
  }

  const counts = Object.fromEntries(
    Object.entries(spec.counts(record, period)).filter((e): e is [string, number] => e[1] !== undefined),
  );
  const scored = score(standard, counts, spec.assessments(record));
  // A pass/fail standard without scored items has no score to show.
  const scores = standard.areas.some((a) => a.items.length > 0);
  const exact = scores && scored.min.eq(scored.max);
  const gateFailed = gates.some((g) => g.status === 'fail');
  const gateOpen = gates.some((g) => g.status === 'unknown');
  const low = gradeFor(standard, scored.min);
  const high = gradeFor(standard, scored.max);
  const decided = erroneous
    ? null
    : gateFailed
      ? 'fail'
      : high === 'fail'
        ? 'fail'
        : !gateOpen && low === high
          ? low
          : null;

  const report: EvaluationReport = {
    ...base,
    grade: decided,
    gradeLabel: decided ? GRADE_LABELS[decided] : UNDECIDED,
    score: exact ? scored.min.toDecimalPlaces(2).toString() : null,
    ...(exact || !scores
      ? {}
      : {
          scoreRange: { min: scored.min.toDecimalPlaces(2).toString(), max: scored.max.toDecimalPlaces(2).toString() },
        }),
    areas: scored.areas,
    results,
  };
  if (decided === 'fail' && spec.consequenceOfFail) report.consequence = spec.consequenceOfFail;
  return report;
}
