import { isIsoDate, todayInChina } from '../calendar/date.js';
import { reportContext } from './context.js';
import { langOf, readOptions, UnknownSubjectError } from './errors.js';
import { guardOf } from './guard.js';
import { ProblemList, parseFacts, preview, readInput } from './input.js';
import { render } from './messages.js';
import { resolveParameters } from './parameters.js';
import { policyBehind } from './public.js';
import type {
  AppliedParameter,
  Bilingual,
  InputProblem,
  Lang,
  Policy,
  Report,
  Rule,
  RuleContext,
  RuleResult,
  SubjectId,
  Verdict,
} from './types.js';

export interface CheckOptions {
  /** The date the facts are judged at, `YYYY-MM-DD`; today in China (UTC+8) by default. */
  asOf?: string;
  /** Accepted for symmetry with the renderers; every report carries both languages. */
  lang?: Lang;
  /**
   * The caller's readings of the text's ambiguities, by parameter id: one of the
   * parameter's `choices` (`{ 'studio.leadCountsAsMentor': true }`). Only parameters whose
   * provenance is not 'text' and that a rule reads; anything else is a problem.
   */
  readings?: Readonly<Record<string, unknown>>;
  /**
   * Changed values, by parameter id, of any parameter a rule reads (`{ 'venue.areaSqm':
   * '80' }`): a reform. The report lists them and says it is not the text's verdict.
   */
  parameters?: Readonly<Record<string, unknown>>;
  /** For a text without a date of its own: the day it took effect, `YYYY-MM-DD`. */
  effectiveFrom?: string;
}

/** The option names every checking function reads. */
export const CHECK_OPTIONS = Object.freeze(['asOf', 'lang', 'readings', 'parameters', 'effectiveFrom'] as const);

/** What a report computed under readings or changed values says of itself. */
export const REFORM_NOTICE: Readonly<Bilingual> = Object.freeze({
  zh: '按调整后的参数计算，非政策原文结论',
  en: "Computed with changed parameters — not the text's verdict",
});

/** The parameters and the effective date a check runs under, validated: a bad option is a problem, never a throw. */
export function contextOptions(
  policy: Policy,
  options: { readings?: unknown; parameters?: unknown; effectiveFrom?: unknown },
  problems: InputProblem[],
): Pick<RuleContext, 'param' | 'effectiveFrom'> & { applied: AppliedParameter[] } {
  const from = options.effectiveFrom;
  const out: Pick<RuleContext, 'effectiveFrom'> = {};
  if (from !== undefined) {
    if (isIsoDate(from)) out.effectiveFrom = from;
    else
      problems.push({
        path: ['options', 'effectiveFrom'],
        code: 'invalid_option',
        severity: 'error',
        message: render('invalid_option', { detail: `effectiveFrom = ${preview(from)}` }),
      });
  }
  const { param, applied } = resolveParameters(policy, options, problems);
  return { ...out, param, applied };
}

/** The report's account of the readings and changed values it was computed under. */
export function appliedOf(applied: readonly AppliedParameter[]): Pick<Report, 'parameters' | 'reform'> {
  if (applied.length === 0) return {};
  return {
    parameters: applied.slice(),
    ...(applied.some((a) => a.kind === 'reform') ? { reform: REFORM_NOTICE } : {}),
  };
}

/** What a report under a non-binding text says in its header. */
export const GUIDANCE: Readonly<Bilingual> = Object.freeze({
  zh: '本指引为技术指引，以供参考：结果为参考意见，不构成认定结论',
  en: 'This guideline is for reference ("以供参考"): the results are guidance, not a decision',
});

/**
 * Contract: invalid ⇔ an input error; else ineligible ⇔ a requirement failed; else
 * incomplete ⇔ a requirement unknown. Advice (一般, 可以) never moves the verdict.
 */
export function verdictOf(results: readonly RuleResult[], problems: readonly InputProblem[]): Verdict {
  if (problems.some((p) => p.severity === 'error')) return 'invalid';
  const binding = results.filter((r) => r.severity !== 'advice');
  if (binding.some((r) => r.status === 'fail')) return 'ineligible';
  if (binding.some((r) => r.status === 'unknown')) return 'incomplete';
  return 'eligible';
}

/** What an advice result adds to its message when it is not met or not known. */
const ADVICE_NOTE: Readonly<Bilingual> = Object.freeze({
  zh: '（原文为“一般”“可以”等，属建议，不影响认定结论）',
  en: ' (the text says "一般"/"可以": advice, not a condition of eligibility)',
});

function inForce(policy: Policy, asOf: string): RuleResult | undefined {
  const { from, to } = policy.effective;
  if (from === null && to === null) return undefined;
  const ok = (from === null || asOf >= from) && (to === null || asOf <= to);
  const params = { label: { zh: '施行期间', en: 'Period in force' }, asOf, range: `${from ?? '…'} – ${to ?? '…'}` };
  return {
    ruleId: `${policy.id}.in_force`,
    status: ok ? 'pass' : 'fail',
    clauses: [],
    provenance: 'text',
    code: ok ? 'in_force' : 'not_in_force',
    message: render(ok ? 'in_force' : 'not_in_force', params),
    expected: { from, to },
    actual: asOf,
    severity: 'requirement',
  };
}

/**
 * A list copied, so that a report shares no array with the policy, the input or another
 * report. A plain loop: `slice` of a frozen array takes V8's slow path.
 */
function copyList<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as T);
  return out;
}
const own = (value: unknown): unknown => (Array.isArray(value) ? copyList(value) : value);

/** Runs rules over parsed facts and renders their messages. */
export function runRules<F>(rules: readonly Rule<F>[], facts: F, context: RuleContext): RuleResult[] {
  return rules.map((r) => {
    const o = r.check(facts, context);
    const message = o.message ?? render(o.code, o.params);
    const severity = r.severity ?? 'requirement';
    const note = severity === 'advice' && (o.status === 'fail' || o.status === 'unknown');
    const words = r.adviceNote ?? ADVICE_NOTE;
    // One shape for every result (absent fields undefined, dropped by JSON): faster to build and read.
    return {
      ruleId: r.id,
      status: o.status,
      clauses: copyList(r.clauses),
      provenance: r.provenance,
      code: o.code,
      message: note ? { zh: message.zh + words.zh, en: message.en + words.en } : { zh: message.zh, en: message.en },
      expected: own(o.expected),
      actual: own(o.actual),
      missing: o.missing,
      severity,
      ...(o.duplicates && o.duplicates.length > 0 ? { duplicates: o.duplicates } : {}),
    };
  });
}

/**
 * Checks one subject's input against a policy at a date. Never throws on bad input or
 * options: problems are reported with paths. Throws only for a subject the policy lacks.
 */
export function checkPolicy(view: Policy, subject: SubjectId, input: unknown, rawOptions?: CheckOptions): Report {
  // A caller's view of a policy hands out separate schemas; the checks use their own.
  const policy = policyBehind(view);
  const spec =
    typeof subject === 'string' && Object.hasOwn(policy.checks, subject) ? policy.checks[subject] : undefined;
  if (!spec) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  const options = readOptions<CheckOptions>(rawOptions, CHECK_OPTIONS);
  langOf(options.lang);
  const problems: InputProblem[] = [];
  const requested = options.asOf;
  let asOf = requested === undefined ? todayInChina() : requested;
  if (requested !== undefined && !isIsoDate(requested)) {
    asOf = todayInChina();
    problems.push({
      path: ['options', 'asOf'],
      code: 'invalid_option',
      severity: 'error',
      message: render('invalid_option', { detail: `asOf = ${preview(requested)}` }),
    });
  }
  const { applied, ...chosen } = contextOptions(policy, options, problems);
  return checkUnder(policy, subject, input, { asOf, ...chosen }, applied, problems);
}

/**
 * A check under a context already resolved (a reform checks a batch under one): the
 * option problems found so far join the input's.
 */
export function checkUnder(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  context: RuleContext,
  applied: readonly AppliedParameter[],
  problems: readonly InputProblem[] = [],
): Report {
  const spec = Object.hasOwn(policy.checks, subject) ? policy.checks[subject] : undefined;
  if (!spec) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  const { asOf } = context;
  const results: RuleResult[] = [];
  const force = inForce(policy, asOf);
  if (force) results.push(force);

  // The caller's value is read once, into the library's own copy; the rules read that copy.
  // The common case, a clean and valid application, is recognised by the compiled guard
  // (core/guard.ts) without zod's parse; anything else takes zod's way with its messages.
  // Either way the report is the same (test/core/fast-path.test.ts), only slower.
  const read = readInput(input);
  const guard = guardOf(spec.schema);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: either path, the same report
  const clean = guard !== null && problems.length === 0 && read.problems.length === 0 && guard(read.value);
  const list = new ProblemList();
  list.addAll(problems);
  list.addAll(read.problems);
  let facts: unknown = read.value;
  // Stryker disable next-line ConditionalExpression,BlockStatement: either path, the same report
  if (!clean) {
    const parsed = parseFacts(spec.schema, read.value, spec.labels);
    list.addAll(parsed.problems);
    facts = parsed.facts;
  }
  const all = list.list();
  if (facts !== undefined) for (const r of runRules(spec.rules, facts, context)) results.push(r);
  return {
    policy: policy.id,
    subject,
    asOf,
    verdict: verdictOf(results, all),
    ...(policy.binding ? {} : { guidance: GUIDANCE }),
    results,
    problems: all,
    ...reportContext(policy, spec, results, all, read.value),
    ...appliedOf(applied),
  };
}
