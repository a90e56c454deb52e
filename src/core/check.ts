import { isIsoDate, todayInChina } from '../calendar/date.js';
import { reportContext } from './context.js';
import { langOf, readOptions, UnknownSubjectError } from './errors.js';
import { guardOf } from './guard.js';
import { ProblemList, parseFacts, preview, readInput } from './input.js';
import { render } from './messages.js';
import type {
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
}

/** Options beyond the public contract's, taken by a policy's own checking functions. */
export interface ReadingOptions {
  /**
   * The caller's readings of ambiguities, by interpretation parameter id
   * (`{ 'studio.leadCountsAsMentor': true }`); each must be a parameter of the policy
   * whose provenance is not 'text', with a value of the same type.
   */
  readings?: Readonly<Record<string, unknown>>;
  /** For a text without a date of its own: the day it took effect, `YYYY-MM-DD`. */
  effectiveFrom?: string;
}

/** The options every checking function shares, validated: a bad option is a problem, never a throw. */
export function contextOptions(
  policy: Policy,
  options: { readings?: unknown; effectiveFrom?: unknown },
  problems: InputProblem[],
): Pick<RuleContext, 'readings' | 'effectiveFrom'> {
  const out: Pick<RuleContext, 'readings' | 'effectiveFrom'> = {};
  const bad = (path: string[], detail: string) =>
    problems.push({
      path: ['options', ...path],
      code: 'invalid_option',
      severity: 'error',
      message: render('invalid_option', { detail }),
    });
  const from = options.effectiveFrom;
  if (from !== undefined) {
    if (isIsoDate(from)) out.effectiveFrom = from;
    else bad(['effectiveFrom'], `effectiveFrom = ${preview(from)}`);
  }
  const raw = options.readings;
  if (raw === undefined) return out;
  try {
    out.readings = chosenReadings(policy, raw, bad);
  } catch {
    // A Proxy or getter that throws while its readings are listed.
    bad(['readings'], 'readings cannot be read');
  }
  return out;
}

function chosenReadings(
  policy: Policy,
  raw: unknown,
  bad: (path: string[], detail: string) => void,
): Readonly<Record<string, unknown>> {
  const chosen: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    bad(['readings'], `readings = ${preview(raw)}`);
    return Object.freeze(chosen);
  }
  for (const key of Object.keys(raw)) {
    const value = (raw as Record<string, unknown>)[key];
    const param = policy.parameters.find((p) => p.id === key && p.provenance !== 'text');
    if (!param) bad(['readings', key], `${preview(key)} is not a reading of ${policy.id}`);
    else if (typeof value !== typeof param.value) bad(['readings', key], `${key} = ${preview(value)}`);
    else if (param.choices && !param.choices.includes(value))
      bad(['readings', key], `${key} = ${preview(value)} (one of ${param.choices.join(', ')})`);
    // A key is a parameter's id here, never '__proto__'.
    else chosen[key] = value;
  }
  return Object.freeze(chosen);
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
    // One shape for every result (absent fields undefined, dropped by JSON): faster to build and read.
    return {
      ruleId: r.id,
      status: o.status,
      clauses: copyList(r.clauses),
      provenance: r.provenance,
      code: o.code,
      message: note
        ? { zh: message.zh + ADVICE_NOTE.zh, en: message.en + ADVICE_NOTE.en }
        : { zh: message.zh, en: message.en },
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
export function checkPolicy(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  rawOptions?: CheckOptions & ReadingOptions,
): Report {
  const spec =
    typeof subject === 'string' && Object.hasOwn(policy.checks, subject) ? policy.checks[subject] : undefined;
  if (!spec) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  const options = readOptions<CheckOptions & ReadingOptions>(rawOptions, ['asOf', 'lang', 'readings', 'effectiveFrom']);
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
  const context: RuleContext = { asOf, ...contextOptions(policy, options ?? {}, problems) };
  const results: RuleResult[] = [];
  const force = inForce(policy, asOf);
  if (force) results.push(force);

  // The common case, a clean and valid application, in one read-only pass (core/guard.ts).
  // Anything else, or anything that throws on the way, takes the full path below.
  // Which path a report takes is not observable: the full path gives the same report
  // (test/core/fast-path.test.ts), only slower.
  const guard = guardOf(spec.schema);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: either path, the same report
  if (guard !== null && problems.length === 0) {
    // Stryker disable next-line BlockStatement: either path, the same report
    try {
      // Stryker disable next-line ConditionalExpression,BlockStatement: either path, the same report
      if (guard(input)) {
        const fast = results.concat(runRules(spec.rules, input, context));
        return {
          policy: policy.id,
          subject,
          asOf,
          verdict: verdictOf(fast, problems),
          ...(policy.binding ? {} : { guidance: GUIDANCE }),
          results: fast,
          problems,
          ...reportContext(policy, spec, fast, problems, input),
        };
      }
    } catch {
      // A getter or Proxy that misbehaves: the full path copies the input first.
    }
  }

  const read = readInput(input);
  const parsed = parseFacts(spec.schema, read.value);
  const list = new ProblemList();
  list.addAll(problems);
  list.addAll(read.problems);
  list.addAll(parsed.problems);
  const all = list.list();
  if (parsed.facts !== undefined) for (const r of runRules(spec.rules, parsed.facts, context)) results.push(r);
  return {
    policy: policy.id,
    subject,
    asOf,
    verdict: verdictOf(results, all),
    ...(policy.binding ? {} : { guidance: GUIDANCE }),
    results,
    problems: all,
    ...reportContext(policy, spec, results, all, read.value),
  };
}
