import { isIsoDate, todayInChina } from '../calendar/date.js';
import { fieldsOf, headerOf, sharedCited } from './context.js';
import { InvalidArgumentError, langOf, readOptions, UnknownSubjectError } from './errors.js';
import { notInForceReport, outside, periodOf, versionAt } from './force.js';
import { deepFreeze } from './freeze.js';
import { shapeOf } from './guard.js';
import { ProblemList, parseFacts, preview, readTested } from './input.js';
import { subjectNameOf } from './labels.js';
import { render } from './messages.js';
import { resolveParameters } from './parameters.js';
import { beginCheck, endCheck } from './per-check.js';
import { policyBehind } from './public.js';
import type {
  AppliedParameter,
  Bilingual,
  Clause,
  InputProblem,
  Lang,
  Outcome,
  Policy,
  Report,
  ReportVersion,
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
  for (const p of problems) if (p.severity === 'error') return 'invalid';
  let open = false;
  for (const r of results) {
    if (r.severity === 'advice') continue;
    if (r.status === 'fail') return 'ineligible';
    if (r.status === 'unknown') open = true;
  }
  return open ? 'incomplete' : 'eligible';
}

/** What an advice result adds to its message when it is not met or not known. */
const ADVICE_NOTE: Readonly<Bilingual> = Object.freeze({
  zh: '（原文为“一般”“可以”等，属建议，不影响认定结论）',
  en: ' (the text says "一般"/"可以": advice, not a condition of eligibility)',
});

// ---- What every report of a policy shares (issue 30) ------------------------------------
// A report carries its document, its subject's words, the clauses it cites and each
// result's clause list. These are the same for every check of a policy, so they are built
// once, frozen, and every report refers to them: a report's own objects (the report, its
// results, problems, fields and any value a rule computed) are fresh, and the parts it
// shares cannot be changed by anyone. JSON.stringify gives exactly what copies gave.

const NO_CLAUSES: readonly string[] = Object.freeze([]);

/** The in-force result's words for the last as-of date asked, per policy: a batch asks one. */
const forceCache = new WeakMap<Policy, { asOf: string; ok: boolean; message: Bilingual; expected: object }>();

function inForce(policy: Policy, asOf: string): RuleResult | undefined {
  const { from, to } = policy.effective;
  if (from === null && to === null) return undefined;
  let known = forceCache.get(policy);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a cache; computing again gives the same result
  if (known === undefined || known.asOf !== asOf) {
    const ok = (from === null || asOf >= from) && (to === null || asOf <= to);
    const params = { label: { zh: '施行期间', en: 'Period in force' }, asOf, range: `${from ?? '…'} – ${to ?? '…'}` };
    const message = Object.freeze(render(ok ? 'in_force' : 'not_in_force', params));
    known = { asOf, ok, message, expected: Object.freeze({ from, to }) };
    forceCache.set(policy, known);
  }
  return {
    ruleId: `${policy.id}.in_force`,
    status: known.ok ? 'pass' : 'fail',
    clauses: NO_CLAUSES as string[],
    provenance: 'text',
    code: known.ok ? 'in_force' : 'not_in_force',
    message: known.message,
    expected: known.expected,
    actual: asOf,
    severity: 'requirement',
  };
}

/** A rule's clause list as reports share it: the rule's own when frozen (rule() freezes it), else a frozen copy. */
const clauseLists = new WeakMap<object, readonly string[]>();
function clausesOf(rule: Rule<unknown>): string[] {
  const own = rule.clauses;
  if (Object.isFrozen(own)) return own;
  let copy = clauseLists.get(rule);
  // Stryker disable next-line ConditionalExpression: a cache; copying again gives the same list
  if (copy === undefined) {
    copy = Object.freeze(own.slice());
    clauseLists.set(rule, copy);
  }
  return copy as string[];
}

/**
 * A value a rule hands back, as a report holds it: a frozen value is shared (a parameter's
 * list), an unfrozen list is copied so that no two results share a mutable array.
 */
function own(value: unknown): unknown {
  if (!Array.isArray(value) || Object.isFrozen(value)) return value;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) out.push(value[i]);
  return out;
}

/** Runs rules over parsed facts and renders their messages. */
export function runRules<F>(rules: readonly Rule<F>[], facts: F, context: RuleContext): RuleResult[] {
  return resultsOf(rules, outcomesOf(rules, facts, context));
}

/** The rules' outcomes, in order: what a verdict needs, before any message is rendered. */
function outcomesOf<F>(rules: readonly Rule<F>[], facts: F, context: RuleContext): Outcome[] {
  const out: Outcome[] = [];
  const outer = beginCheck();
  try {
    for (let i = 0; i < rules.length; i++) out.push((rules[i] as Rule<F>).check(facts, context));
  } finally {
    endCheck(outer);
  }
  return out;
}

/** Each outcome as a report holds it: its rule's id, clauses and severity, its message rendered. */
function resultsOf<F>(rules: readonly Rule<F>[], outcomes: readonly Outcome[]): RuleResult[] {
  const out: RuleResult[] = [];
  for (let i = 0; i < outcomes.length; i++) {
    const r = rules[i] as Rule<F>;
    const o = outcomes[i] as Outcome;
    const severity = r.severity ?? 'requirement';
    const given = o.message;
    let message: Bilingual;
    if (severity === 'advice' && (o.status === 'fail' || o.status === 'unknown')) {
      const text = given ?? render(o.code, o.params);
      const words = r.adviceNote ?? ADVICE_NOTE;
      message = { zh: text.zh + words.zh, en: text.en + words.en };
    } else if (given === undefined) message = render(o.code, o.params);
    // A frozen message (a constant the helpers render once) is shared; anything else is copied.
    else message = Object.isFrozen(given) ? given : { zh: given.zh, en: given.en };
    // One shape for every result (absent fields undefined, dropped by JSON): faster to build and read.
    const result: RuleResult = {
      ruleId: r.id,
      status: o.status,
      clauses: clausesOf(r as Rule<unknown>),
      provenance: r.provenance,
      code: o.code,
      message,
      expected: own(o.expected),
      actual: own(o.actual),
      missing: o.missing,
      severity,
    };
    if (o.duplicates && o.duplicates.length > 0) result.duplicates = o.duplicates;
    out.push(result);
  }
  return out;
}

/** verdictOf over outcomes not yet made results: the same answer, from the rules' severities. */
function verdictOfOutcomes(
  rules: readonly Rule<unknown>[],
  outcomes: readonly Outcome[],
  force: RuleResult | undefined,
  problems: readonly InputProblem[],
): Verdict {
  for (const p of problems) if (p.severity === 'error') return 'invalid';
  if (force?.status === 'fail') return 'ineligible';
  let open = false;
  for (let i = 0; i < outcomes.length; i++) {
    if ((rules[i] as Rule<unknown>).severity === 'advice') continue;
    const status = (outcomes[i] as Outcome).status;
    if (status === 'fail') return 'ineligible';
    if (status === 'unknown') open = true;
  }
  return open ? 'incomplete' : 'eligible';
}

// ---- A report renders its results when it is read (issue 30) ---------------------------
// A check's own work is its rules' outcomes and the verdict. The results (each message
// rendered, each value copied) are built on their first read and kept. `results` is an
// accessor shared by every report, over the report's own state (an accessor made per
// report, or one turned into a data property, costs more than the rendering it saves):
// JSON.stringify, a spread, structuredClone, a deep comparison and a renderer read the
// report a check always gave, and an assignment replaces the value as a data property's
// would. The clauses cited and the words for the paths named need only the rules and the
// outcomes' missing facts: they are built with the verdict.

/** What a report's results are built from on their first read, and then the results. */
interface Pending {
  rules: readonly Rule<unknown>[];
  outcomes: readonly Outcome[] | undefined;
  force: RuleResult | undefined;
  results?: RuleResult[];
}

/**
 * A private slot on a plain object: a class's private field, set on the object its base
 * constructor hands back. No reflection (Reflect.ownKeys, a Proxy, structuredClone) sees
 * it, so no caller reaches the state behind a report; and it costs a property's store.
 */
class Plain {
  constructor(object: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the object stamped is the caller's, by design
    return object;
  }
}
class PendingSlot extends Plain {
  #pending: Pending | undefined;
  constructor(report: object, pending: Pending) {
    super(report);
    this.#pending = pending;
  }
  static of(report: object): Pending | undefined {
    return #pending in report ? (report as PendingSlot).#pending : undefined;
  }
}

function builtResults(pending: Pending): RuleResult[] {
  if (pending.results === undefined) {
    const results = resultsOf(pending.rules, pending.outcomes ?? []);
    if (pending.force) results.unshift(pending.force);
    pending.results = results;
    // Built once: the rules' outcomes are let go.
    pending.outcomes = undefined;
  }
  return pending.results;
}

/**
 * Each result's rule, status and clauses, in the order of `report.results`, without
 * building the results where they are not built yet (a reform compares two reports' statuses).
 */
export function resultStatuses(
  report: Report,
): { ruleId: string; status: RuleResult['status']; clauses: readonly string[] }[] {
  const pending = PendingSlot.of(report);
  if (pending === undefined || pending.outcomes === undefined) return report.results;
  const out: { ruleId: string; status: RuleResult['status']; clauses: readonly string[] }[] = [];
  if (pending.force) out.push(pending.force);
  for (let i = 0; i < pending.outcomes.length; i++) {
    const rule = pending.rules[i] as Rule<unknown>;
    out.push({ ruleId: rule.id, status: (pending.outcomes[i] as Outcome).status, clauses: clausesOf(rule) });
  }
  return out;
}

const LAZY_RESULTS: PropertyDescriptor = {
  get(this: object) {
    const pending = PendingSlot.of(this);
    return pending && builtResults(pending);
  },
  set(this: object, value: RuleResult[]) {
    // As a frozen report's data property would: strict code gets the TypeError.
    if (Object.isFrozen(this)) throw new TypeError('frozen report');
    const pending = PendingSlot.of(this);
    if (pending) {
      pending.outcomes = undefined;
      pending.results = value;
    }
  },
  enumerable: true,
  configurable: true,
};

/**
 * The clauses a check cites: its rules' in the text's order (the in-force result cites
 * none). The same frozen list for every check of a subject, found on its first check.
 */
const citedLists = new WeakMap<Policy, Map<readonly Rule<unknown>[], Clause[]>>();
function citedByRules(policy: Policy, rules: readonly Rule<unknown>[]): Clause[] {
  let byRules = citedLists.get(policy);
  // Stryker disable next-line ConditionalExpression,BlockStatement: a cache; listing again gives the same clauses
  if (byRules === undefined) {
    byRules = new Map();
    citedLists.set(policy, byRules);
  }
  let cited = byRules.get(rules);
  // Stryker disable next-line ConditionalExpression,BlockStatement: a cache; listing again gives the same clauses
  if (cited === undefined) {
    cited = sharedCited(
      policy,
      rules.map((r) => ({ ruleId: r.id, clauses: clausesOf(r) })),
    ) as Clause[];
    byRules.set(rules, cited);
  }
  return cited;
}

/** The option problems and the context a check runs under, resolved once for any number of inputs. */
export interface PreparedCheck {
  policy: Policy;
  subject: SubjectId;
  context: RuleContext;
  applied: readonly AppliedParameter[];
  /** Problems with the options (each report lists them, and is then invalid). */
  problems: readonly InputProblem[];
  /** The version of the text in force on asOf, where the policy has versions. */
  version?: ReportVersion;
  /** Set when asOf is outside the text's force: the period it is in force. */
  outOfForce?: { from: string | null; to: string | null };
}

/**
 * Reads and resolves a check's options against a policy: what one check and a batch
 * (`checkMany`) share. Never throws on bad options (they are problems); throws only for a
 * subject the policy lacks, or options that are not an object.
 */
export function prepareCheck(view: Policy, subject: SubjectId, rawOptions?: CheckOptions): PreparedCheck {
  // A caller's view of a policy hands out separate schemas; the checks use their own.
  const latest = policyBehind(view);
  const known = (p: Policy) => typeof subject === 'string' && Object.hasOwn(p.checks, subject);
  if (!known(latest)) throw new UnknownSubjectError(latest.id, subject, latest.subjects);
  const options = readOptions<CheckOptions>(rawOptions, CHECK_OPTIONS);
  langOf(options.lang);
  const requested = options.asOf;
  // Checks one after another at one date with the text's values (a portal's, a batch's):
  // prepared once. Any other option, or no date (today's), is prepared every time.
  const plain =
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a date kept is a string, so another value finds none and is prepared again
    typeof requested === 'string' &&
    options.readings === undefined &&
    options.parameters === undefined &&
    options.effectiveFrom === undefined;
  const last = plain ? lastPrepared.get(latest) : undefined;
  // Stryker disable next-line ConditionalExpression: a cache; preparing again gives the same check
  if (last !== undefined && last.asOf === requested && last.prepared.subject === subject) return last.prepared;
  const problems: InputProblem[] = [];
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
  // The version in force on asOf (core/force.ts); before every version, or outside the
  // period in force, the text does not apply: verdict not_applicable, citing the clause.
  const at = versionAt(latest, asOf);
  const policy = at.policy;
  if (!known(policy)) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  const { applied, ...chosen } = contextOptions(policy, options, problems);
  const context = { asOf, ...chosen };
  const period = periodOf(policy, context);
  const prepared: PreparedCheck = {
    policy,
    subject,
    context,
    applied,
    problems,
    ...(at.version ? { version: at.version } : {}),
    ...(outside(period, asOf) ? { outOfForce: period } : {}),
  };
  // Shared by the checks that find it: frozen (its parts are read, never changed).
  // Stryker disable next-line ObjectLiteral: an empty slot is never found; the check is prepared again
  if (plain && problems.length === 0) lastPrepared.set(latest, { asOf, prepared: deepFreeze(prepared) });
  return prepared;
}

/** Each policy's last check prepared with a date and no other option (one slot). */
const lastPrepared = new WeakMap<Policy, { asOf: string; prepared: PreparedCheck }>();

/** One input checked under a prepared check: outside the text's force, not applicable. */
export function checkPrepared(prepared: PreparedCheck, input: unknown): Report {
  const { policy, subject, context, applied, problems, outOfForce, version } = prepared;
  if (outOfForce) {
    const extra = {
      ...appliedOf(applied),
      ...(version ? { version } : {}),
      ...(policy.binding ? {} : { guidance: GUIDANCE }),
    };
    return notInForceReport(policy, subject, input, context, outOfForce, problems, extra, runRules);
  }
  const report = checkUnder(policy, subject, input, context, applied, problems);
  if (version) report.version = version;
  return report;
}

/**
 * Checks one subject's input against a policy at a date. Never throws on bad input or
 * options: problems are reported with paths. Throws only for a subject the policy lacks.
 */
export function checkPolicy(view: Policy, subject: SubjectId, input: unknown, rawOptions?: CheckOptions): Report {
  return checkPrepared(prepareCheck(view, subject, rawOptions), input);
}

/** Most inputs one `checkMany` call takes: a longer batch is checked in slices (or by the command). */
export const MAX_BATCH = 100_000;

/**
 * Checks a list of inputs under one policy, subject and options: the options are read and
 * resolved once for the batch (one as-of date, one set of readings), and every report is
 * the one `check` gives for its input. The list is read once, before any check.
 * @throws InvalidArgumentError for a list that is not an array of at most MAX_BATCH inputs.
 */
export function checkManyPolicy(
  view: Policy,
  subject: SubjectId,
  inputs: unknown,
  rawOptions?: CheckOptions,
): Report[] {
  const list = listOf(inputs);
  const prepared = prepareCheck(view, subject, rawOptions);
  const out: Report[] = [];
  for (let i = 0; i < list.length; i++) out.push(checkPrepared(prepared, list[i]));
  return out;
}

/**
 * The caller's list of at most MAX_BATCH inputs, read once (a Proxy or a getter that
 * throws is the typed error, naming `expected`).
 */
export function listOf(inputs: unknown, expected = `an array of at most ${MAX_BATCH} inputs`): unknown[] {
  try {
    if (!Array.isArray(inputs) || inputs.length > MAX_BATCH) throw new InvalidArgumentError('inputs', expected, inputs);
    const out: unknown[] = [];
    for (let i = 0; i < inputs.length; i++) out.push(inputs[i]);
    return out;
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw new InvalidArgumentError('inputs', expected, undefined);
  }
}

export type InputRead = ReturnType<typeof readTested>;

/**
 * One subject's input read for several checks of it (a reform's under the text and under
 * the change): read and tested once; each `checkUnder` given it shares a clean copy.
 */
export function readForChecks(policy: Policy, subject: SubjectId, input: unknown): InputRead {
  const spec = Object.hasOwn(policy.checks, subject) ? policy.checks[subject] : undefined;
  // Stryker disable next-line ConditionalExpression: defensive; a reform has checked the subject before any entry
  if (!spec) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  return readTested(input, shapeOf(spec.schema) ?? undefined);
}

/**
 * A check under a context already resolved (a reform checks a batch under one): the
 * option problems found so far join the input's. The per-check work: read the input
 * once, recognise it (guard) or parse it (zod), run the rules; the header is shared.
 */
export function checkUnder(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  context: RuleContext,
  applied: readonly AppliedParameter[],
  problems: readonly InputProblem[] = [],
  /** The input as `readForChecks` read it for another check of it: shared when clean. */
  given?: InputRead,
): Report {
  const spec = Object.hasOwn(policy.checks, subject) ? policy.checks[subject] : undefined;
  if (!spec) throw new UnknownSubjectError(policy.id, subject, policy.subjects);
  const { asOf } = context;
  const force = inForce(policy, asOf);

  // The caller's value is read once, into the library's own copy; the rules read that copy.
  // The common case, a clean and valid application, is recognised as it is copied, by the
  // guard compiled from the schema (core/guard.ts), without zod's parse; anything else
  // takes zod's way with its messages.
  // Either way the report is the same (test/core/fast-path.test.ts), only slower.
  // A clean copy is only read, so several checks can share it; zod's way changes its copy.
  // Stryker disable next-line ConditionalExpression,OptionalChaining: reading again gives the same copy
  const read = given?.clean ? given : readTested(input, shapeOf(spec.schema) ?? undefined);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: either path, the same report
  const clean = read.clean && problems.length === 0;
  let facts: unknown = read.value;
  let all: InputProblem[];
  // Stryker disable next-line ConditionalExpression,BlockStatement: either path, the same report
  if (clean) all = [];
  else {
    const list = new ProblemList();
    list.addAll(problems);
    list.addAll(read.problems);
    const parsed = parseFacts(spec.schema, read.value, spec.labels);
    list.addAll(parsed.problems);
    facts = parsed.facts;
    all = list.list();
  }
  const rules = spec.rules as readonly Rule<unknown>[];
  const outcomes = facts === undefined ? [] : outcomesOf(rules, facts, context);
  const header = headerOf(policy, subject, spec);
  // Built in one order, key by key: the JSON is the same as it always was.
  const report = {
    policy: policy.id,
    subject,
    asOf,
    verdict: verdictOfOutcomes(rules, outcomes, force, all),
  } as Report;
  if (!policy.binding) report.guidance = GUIDANCE;
  Object.defineProperty(report, 'results', LAZY_RESULTS);
  report.problems = all;
  report.document = header.document;
  report.subjectLabel = header.subjectLabel;
  const name = subjectNameOf(spec.labels, read.value);
  if (name !== undefined) report.name = name;
  const applicant = subjectNameOf(spec.labels, read.value, 'applicant');
  if (applicant !== undefined) report.applicant = applicant;
  report.cited = citedByRules(policy, rules);
  // The facts the results will ask for are the outcomes' missing ones (fieldsOf reads no more).
  report.fields = fieldsOf(spec.labels, read.value, outcomes, all);
  if (applied.length > 0) {
    report.parameters = applied.slice();
    if (applied.some((a) => a.kind === 'reform')) report.reform = REFORM_NOTICE;
  }
  new PendingSlot(report, { rules, outcomes, force });
  return report;
}
