import * as z from 'zod/mini';
import { addYears, formatIsoDate, isIsoDate, parseIsoDate, todayInChina } from '../calendar/date.js';
import { appliedOf, type CheckOptions, contextOptions, GUIDANCE, runRules } from './check.js';
import { citedClauses, fieldsOf } from './context.js';
import { langOf, readOptions, UnknownSubjectError } from './errors.js';
import {
  type EvaluationReport,
  type EvaluationStandard,
  GRADE_LABELS,
  type Grade,
  type GradeReason,
  gradeFor,
  type NotGraded,
  type ProgressLine,
  SCORE_ROUNDING,
  score,
  standardSchema,
} from './grading.js';
import { ProblemList, parseFacts, preview, readInput } from './input.js';
import { subjectNameOf } from './labels.js';
import { render } from './messages.js';
import { policyBehind } from './public.js';
import type {
  AppliedParameter,
  Bilingual,
  EvaluationSpec,
  InputProblem,
  Policy,
  Provenance,
  RuleContext,
  RuleResult,
} from './types.js';

export interface EvaluateOptions {
  /** First day of the evaluation period; by default the day after `to` one year earlier. */
  from?: string;
  /** Last day of the evaluation period; by default the day before `asOf` (the last finished year). */
  to?: string;
  /**
   * The day the evaluation is made, `YYYY-MM-DD`; today in China by default. Only one
   * full year that ended before this day (its last day over at 24:00) is graded.
   */
  asOf?: string;
  /** Progress so far against the yearly minimums, without a grade (what a studio asks in October). */
  progress?: boolean;
  /** That year's standard (四（二）1), replacing the library's default. */
  standard?: unknown;
  lang?: 'zh' | 'en';
  /** Readings of the text's ambiguities, by parameter id, as for `check`. */
  readings?: CheckOptions['readings'];
  /** Changed values, by parameter id, as for `check`: a reform, not the text's verdict. */
  parameters?: CheckOptions['parameters'];
  /** For a text without a date of its own: the day it took effect, `YYYY-MM-DD`. */
  effectiveFrom?: string;
}

const UNDECIDED = Object.freeze({ zh: '暂无法确定', en: 'Not yet decidable' });
const NOT_APPLICABLE = Object.freeze({ zh: '不适用', en: 'Not applicable' });

const PROGRESS = Object.freeze({ zh: '进度（不评等级）', en: 'Progress (not graded)' });
const PROGRESS_REASON: NotGraded = {
  code: 'progress',
  reason: { zh: '进度查询：统计截至评估日的数量，不评定等级', en: 'A progress query: counts so far, no grade' },
};

/**
 * Only one full year that has ended is graded (四（二）"运行满1年", one year of record):
 * a period of another length, or one whose last day is not over before `asOf`, gets no
 * grade, with the reason and the day it becomes due.
 */
function ungradable(period: { from: string; to: string }, asOf: string): NotGraded | null {
  const yearFrom = formatIsoDate(addYears(parseIsoDate(period.to) as number, -1) + 1);
  if (period.from !== yearFrom)
    return {
      code: 'not_one_year',
      reason: {
        zh: `评估期间须为完整的一年（${yearFrom}至${period.to}），所给期间为${period.from}至${period.to}`,
        en: `The period must be one full year (${yearFrom} to ${period.to}); ${period.from} to ${period.to} was given`,
      },
    };
  const dueOn = formatIsoDate((parseIsoDate(period.to) as number) + 1);
  if (asOf < dueOn)
    return {
      code: 'year_not_over',
      reason: {
        zh: `评估年度至${period.to}结束，${dueOn}起方可评定等级（评估日${asOf}）`,
        en: `The year ends on ${period.to}; it can be graded from ${dueOn} (as of ${asOf})`,
      },
      dueOn,
    };
  return null;
}

/** The yearly minimums against the counts so far, from the gates that count. */
function progressOf(gates: readonly RuleResult[], period: { from: string; to: string }): ProgressLine[] {
  const out: ProgressLine[] = [];
  for (const g of gates) {
    const min = (g.expected as { min?: unknown } | undefined)?.min;
    if (typeof min !== 'number') continue;
    out.push({
      ruleId: g.ruleId,
      clauses: g.clauses,
      minimum: min,
      count: typeof g.actual === 'number' ? g.actual : null,
      ...period,
    });
  }
  return out;
}

type Period = { from: string; to: string };

/** The standard a check under these parameters uses by default: the text's, or one built from changed values. */
function standardOf(
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  spec: EvaluationSpec<any>,
  param: RuleContext['param'],
  applied: readonly AppliedParameter[],
): EvaluationStandard {
  return spec.standardUnder && applied.length > 0 ? spec.standardUnder(param) : spec.defaultStandard;
}

const GENERIC_GATE_READING: Bilingual = {
  zh: '标准所列的硬性要求未达到即为不合格',
  en: 'a hard requirement of the standard unmet makes the year 不合格',
};

/** A 不合格 decided by gates, with the score beside it (the score alone gives `byScore`). */
function gateReason(
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  spec: EvaluationSpec<any>,
  failed: readonly RuleResult[],
  provenance: Provenance,
  byScore: Grade | null,
  report: Pick<EvaluationReport, 'score' | 'scoreRange'>,
): GradeReason {
  const reading = spec.gatesReading ?? GENERIC_GATE_READING;
  const score = report.score ?? (report.scoreRange ? `${report.scoreRange.min}–${report.scoreRange.max}` : '—');
  const by = byScore ? GRADE_LABELS[byScore] : UNDECIDED;
  const zhWhy = failed.map((g) => `${g.clauses[g.clauses.length - 1]} ${g.message.zh}`).join('；');
  const enWhy = failed.map((g) => `${g.clauses[g.clauses.length - 1]} ${g.message.en}`).join('; ');
  const zhKind = provenance === 'text' ? '标准' : '解读';
  const enKind = provenance === 'text' ? 'standard' : 'reading';
  return {
    code: 'gate',
    gates: failed.map((g) => ({ ruleId: g.ruleId, clauses: g.clauses, message: g.message })),
    provenance,
    byScore,
    score: report.score,
    ...(report.scoreRange ? { scoreRange: report.scoreRange } : {}),
    reason: {
      zh: `不合格 — 因${zhWhy}（${zhKind}：${reading.zh}）；得分${score}（按得分为${by.zh}）`,
      en: `不合格 (fail) — because ${enWhy} (${enKind}: ${reading.en}); score ${score} (by the score alone: ${by.en})`,
    },
  };
}

/** The guideline is guidance ("以供参考"): every report under it says so. */
function guidanceOf(policy: Policy): { guidance?: Bilingual } {
  return policy.binding ? {} : { guidance: GUIDANCE };
}

function entryLeftOut(path: (string | number)[]): InputProblem {
  return { path, code: 'entry_left_out', severity: 'warning', message: render('entry_left_out') };
}

export function optionProblem(path: (string | number)[], detail: string): InputProblem {
  return {
    path: ['options', ...path],
    code: 'invalid_option',
    severity: 'error',
    message: render('invalid_option', { detail }),
  };
}

/** The period: explicit, or the year ending on `to` (to − 1 year + 1 day … to); `to` by default the day before `asOf`. */
export function periodOf(
  options: Pick<EvaluateOptions, 'from' | 'to'>,
  asOf: string,
  problems: InputProblem[],
): { from: string; to: string } {
  let to = formatIsoDate((parseIsoDate(asOf) as number) - 1);
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
export function evaluatePolicy(view: Policy, input: unknown, rawOptions?: EvaluateOptions): EvaluationReport {
  const policy = policyBehind(view);
  const spec = policy.evaluation;
  if (!spec) throw new UnknownSubjectError(policy.id, 'evaluation', policy.subjects);
  const report = grade(policy, spec, input, rawOptions);
  // The clauses the report cites, verbatim, and the document: it reads without the policy.
  const cited = citedClauses(policy, [
    ...report.results,
    ...report.areas.map((a) => ({ clauses: [a.clause] })),
    { clauses: spec.gradeClauses },
  ]);
  const name = subjectNameOf(spec.labels, input);
  report.document = {
    title: { zh: policy.title.zh, en: policy.title.en },
    issuer: { zh: policy.issuer.zh, en: policy.issuer.en },
    docNumber: policy.docNumber,
    binding: policy.binding,
  };
  if (name !== undefined) report.name = name;
  report.cited = cited;
  const unscored = report.areas.flatMap((a) => a.items.flatMap((i) => i.missingPaths ?? []));
  report.fields = fieldsOf(spec.labels, input, report.results, report.problems, unscored);
  return report;
}

function grade(
  policy: Policy,
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  spec: EvaluationSpec<any>,
  input: unknown,
  rawOptions?: EvaluateOptions,
): EvaluationReport {
  const options = readOptions<EvaluateOptions>(rawOptions, [
    'from',
    'to',
    'asOf',
    'progress',
    'standard',
    'lang',
    'readings',
    'parameters',
    'effectiveFrom',
  ]);
  langOf(options.lang);
  const problems: InputProblem[] = [];
  let asOf = todayInChina();
  if (options.asOf !== undefined) {
    if (isIsoDate(options.asOf)) asOf = options.asOf;
    else problems.push(optionProblem(['asOf'], `asOf = ${preview(options.asOf)}`));
  }
  if (options.progress !== undefined && typeof options.progress !== 'boolean')
    problems.push(optionProblem(['progress'], `progress = ${preview(options.progress)}`));
  const progress = options.progress === true;
  // The text's own year is found from the record (below); a period the caller names, here.
  const named = options.from !== undefined || options.to !== undefined || !spec.defaultPeriod;
  let period: Period | null = named ? periodOf(options, asOf, problems) : null;

  const { applied, ...chosen } = contextOptions(policy, options, problems);
  const textStandard = standardOf(spec, chosen.param, applied);
  let standard: EvaluationStandard = textStandard;
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
        // readInput keeps no symbol key, so zod's path has none.
        problems.push(optionProblem(['standard', ...(issue.path as (string | number)[])], issue.message));
      }
    }
  }

  const read = readInput(input);
  const parsed = parseFacts(spec.schema, read.value, spec.labels);
  const list = new ProblemList();
  list.addAll(problems);
  list.addAll(read.problems);
  list.addAll(parsed.problems);
  // An entry with two bad fields is dropped once and listed once.
  for (const path of new Map(parsed.dropped.map((d) => [JSON.stringify(d), d])).values()) list.add(entryLeftOut(path));
  const all = list.list();
  // A record with an error is scored as far as it goes, but not graded: a left-out entry
  // could have met a minimum, and a grade of 不合格 entails losing the studio's status.
  const erroneous = list.hasError();
  const record = parsed.facts;
  let unfound: NotGraded | undefined;
  if (period === null && record !== undefined && spec.defaultPeriod) {
    const own = spec.defaultPeriod(record, asOf, progress);
    if ('code' in own) unfound = own;
    else period = own;
  }

  // The gates belong to the standard (四（二）1: the year's standard decides); a caller's
  // standard without `gates` keeps the default's, `gates: []` switches them off.
  const gateIds = standard.gates ?? textStandard.gates ?? spec.gates.map((g) => g.id);
  const appliedGates = spec.gates.filter((g) => gateIds.includes(g.id));
  const gatesProvenance: Provenance =
    standard.gates !== undefined && standard !== textStandard ? 'text' : (spec.gatesProvenance ?? 'interpretation');
  const base = {
    policy: policy.id,
    period,
    asOf,
    standard: { id: standard.id, label: standard.label, provenance },
    gates: {
      applied: appliedGates.map((g) => g.id),
      provenance: gatesProvenance,
      ...(spec.gatesNote ? { note: spec.gatesNote } : {}),
    },
    ...guidanceOf(policy),
    problems: all,
    ...appliedOf(applied),
  };
  if (record === undefined || period === null || all.some((p) => p.severity === 'error' && p.path[0] === 'options')) {
    return {
      ...base,
      grade: null,
      gradeLabel: UNDECIDED,
      ...(unfound ? { notGraded: unfound } : {}),
      score: null,
      areas: [],
      results: [],
    };
  }
  // Progress counts the records so far: the period cut at the as-of date.
  // Stryker disable next-line EqualityOperator: on the period's last day both cuts are the period
  const counted = progress && asOf <= period.to ? { from: period.from, to: asOf } : period;
  const context: RuleContext = { asOf: period.to, period: counted, evaluatedOn: asOf, ...chosen };
  const [applicability] = runRules([spec.applicability], record, { ...context, period });
  const gates = runRules(appliedGates, record, context);
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
    Object.entries(spec.counts(record, counted, context)).filter((e): e is [string, number] => e[1] !== undefined),
  );
  const notGraded = progress ? PROGRESS_REASON : ungradable(period, asOf);
  const scored = score(standard, counts, spec.assessments(record), spec.countPaths);
  // A pass/fail standard without scored items has no score to show.
  const scores = standard.areas.some((a) => a.items.length > 0);
  const exact = scores && scored.min.eq(scored.max);
  const gateFailed = gates.some((g) => g.status === 'fail');
  const gateOpen = gates.some((g) => g.status === 'unknown');
  const low = gradeFor(standard, scored.min);
  const high = gradeFor(standard, scored.max);
  const grade =
    erroneous || notGraded !== null
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
    grade,
    gradeLabel: grade ? GRADE_LABELS[grade] : progress ? PROGRESS : UNDECIDED,
    ...(notGraded ? { notGraded } : {}),
    ...(progress ? { progress: progressOf(gates, counted) } : {}),
    score: exact ? scored.min.toString() : null,
    ...(exact || !scores
      ? {}
      : {
          scoreRange: { min: scored.min.toString(), max: scored.max.toString() },
        }),
    areas: scored.areas,
    ...(scores ? { rounding: SCORE_ROUNDING } : {}),
    results,
  };
  if (grade === 'fail' && spec.consequenceOfFail) report.consequence = spec.consequenceOfFail;
  // Stryker disable next-line EqualityOperator: high is never below low
  if (grade === 'fail' && gateFailed && high !== 'fail')
    report.gradeReason = gateReason(
      spec,
      gates.filter((g) => g.status === 'fail'),
      gatesProvenance,
      low === high ? low : null,
      report,
    );
  return report;
}
