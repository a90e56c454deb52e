/**
 * `chuangye-rules/define`: the authoring API — what a province, city or district needs to
 * encode its own measures the way the bundled policies are encoded (issue 31): clauses,
 * parameters with provenance, rules over a subject's schema, and the helpers the bundled
 * policies' rules use. A policy made here works with everything the bundled ones do
 * (`check`, `evaluate`, `renderReport`, `compare.checkEverywhere`, the command's
 * `--policy-module`).
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import { checkPolicy as checkRaw, runRules as runRaw, verdictOf as verdictRaw } from '../core/check.js';
import { InvalidArgumentError, isLibraryError, UnknownPolicyError } from '../core/errors.js';
import { evaluatePolicy as evaluateRaw, optionProblem as optionRaw, periodOf as periodRaw } from '../core/evaluate.js';
import * as fields from '../core/fields.js';
import { deepFreeze as freezeRaw } from '../core/freeze.js';
import { standardSchema as checkedStandardSchema } from '../core/grading.js';
import * as input from '../core/input.js';
import { labelJsonSchema as labelRaw } from '../core/labels.js';
import { render as renderRaw } from '../core/messages.js';
import * as naming from '../core/naming.js';
import { resolveParameters as resolveRaw, textValues } from '../core/parameters.js';
import * as procedure from '../core/procedure.js';
import { isPolicyView, policyBehind, publicPolicy, separateSchema as separateRaw } from '../core/public.js';
import * as rules from '../core/rules.js';
import type {
  Bilingual,
  Clause,
  Effective,
  EvaluationSpec,
  Parameter,
  Policy,
  ProcedureSpec,
  Rule,
  SubjectId,
  SubjectRules,
} from '../core/types.js';
import { PolicyDefinitionError } from './errors.js';
import * as outcomes from './outcomes.js';
import { readDefinition } from './validate.js';

export {
  anniversary,
  elapsed,
  isIsoDate,
  MAX_YEARS,
  maxInRollingWindow,
  type PeriodResult,
  publicityPeriod,
  quartersBetween,
  termPeriod,
  termYear,
  termYearOn,
  todayInChina,
  withinDays,
  withinWorkdays,
} from '../calendar/index.js';
export { CHECK_OPTIONS, type CheckOptions, GUIDANCE, REFORM_NOTICE } from '../core/check.js';
export {
  ChuangyeError,
  InvalidArgumentError,
  isLibraryError,
  LANGS,
  langOf,
  readOptions,
  UnknownPolicyError,
  UnknownSubjectError,
} from '../core/errors.js';
export type { EvaluateOptions } from '../core/evaluate.js';
export { TEXT_LIMITS } from '../core/fields.js';
export {
  type AreaScore,
  type EvaluationReport,
  type EvaluationStandard,
  GRADE_LABELS,
  type Grade,
  type NotGraded,
} from '../core/grading.js';
export { INPUT_LIMITS } from '../core/input.js';
export type { FieldLabel, FieldLabels } from '../core/labels.js';
export { MESSAGES } from '../core/messages.js';
export type { NameCheck, NamePart, NamingRule } from '../core/naming.js';
export type {
  DatedProcedure,
  ProcedureDatingOptions,
  StepSpec,
  TimelineOptions,
  TimelineStep,
} from '../core/procedure.js';
export type { Option, YearsFact } from '../core/rules.js';
export type {
  AppliedParameter,
  Bilingual,
  BundledPolicyId,
  Clause,
  Duplicate,
  Effective,
  EvaluationSpec,
  InputProblem,
  Lang,
  MessageParams,
  MessageValue,
  Outcome,
  OutcomeStatus,
  Parameter,
  Policy,
  PolicyId,
  ProcedureSpec,
  Provenance,
  Report,
  ReportVersion,
  Rule,
  RuleContext,
  RuleResult,
  Severity,
  SubjectId,
  SubjectRules,
  Verdict,
} from '../core/types.js';
export { type DefinitionProblem, PolicyDefinitionError } from './errors.js';
export type { OutcomeDetails } from './outcomes.js';
export { type PolicyVersionsOptions, policyVersions } from './versions.js';
export { textValues };

// ---- helpers, guarded: an argument of the wrong kind is an InvalidArgumentError -------------

/**
 * The function as the package hands it out: any throw that is not one of the library's
 * documented errors (a helper given a value of the wrong kind) becomes an
 * InvalidArgumentError naming it; with `freeze`, what it returns is frozen (an outcome may
 * hold a message rendered once and shared).
 */
function guarded<A extends unknown[], R>(name: string, fn: (...args: A) => R, freeze = false): (...args: A) => R {
  return Object.freeze((...args: A): R => {
    try {
      const out = fn(...args);
      return freeze ? freezeRaw(out) : out;
    } catch (e) {
      if (isLibraryError(e)) throw e;
      throw new InvalidArgumentError(name, `arguments as ${name} documents`, args[0]);
    }
  });
}

/** Freezes a value and everything it holds (zod schemas aside): exported data no caller can change. */
export const deepFreeze: <T>(value: T) => T = guarded('deepFreeze', freezeRaw);
/** A separate instance of a zod schema: hand callers this, keep your own for the checks. */
export const separateSchema: <T>(schema: T) => T = guarded('separateSchema', separateRaw);

/** A list of strings (and numbers), copied: a path or a list of input paths. */
function keys(list: readonly (string | number)[], name: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const k of Array.from(list))
    if (typeof k === 'string' || typeof k === 'number') out.push(k);
    else throw new InvalidArgumentError(name, 'a list of strings', list);
  return out;
}

// The four outcomes.
/** The condition is met. */
export const pass = guarded('pass', outcomes.pass, true);
/** The condition is not met: the application is ineligible (unless the rule is advice). */
export const fail = guarded('fail', outcomes.fail, true);
/** The facts that decide it are missing (`missing` lists the input paths): not a failure. */
export const unknown = guarded(
  'unknown',
  (code: string, missing: readonly string[], details?: outcomes.OutcomeDetails) =>
    outcomes.unknown(code, keys(missing, 'missing') as string[], details),
  true,
);
/** The condition does not apply to this subject (a route not taken, a record not kept). */
export const notApplicable = guarded('notApplicable', outcomes.notApplicable, true);

// Outcomes of the rule shapes (core/rules.ts).
/** Declares a rule (its clause list is frozen: it goes into every report). */
export const rule: typeof rules.rule = guarded('rule', rules.rule);
/** Whether a missing date could change a judgement over breakpoints (see core/rules.ts). */
export const sameForEveryDate = guarded('sameForEveryDate', rules.sameForEveryDate);
/** unknown: the facts at `paths` are missing. */
export const missing = guarded('missing', rules.missing, true);
/** A whole count against a minimum ("3名及以上", "不少于10家"): the minimum is included. */
export const atLeast = guarded('atLeast', rules.atLeast, true);
/** A decimal amount against a minimum ("100平方米以上"), exact: 99.99 fails, 100 passes. */
export const amountAtLeast = guarded('amountAtLeast', rules.amountAtLeast, true);
/** a ≥ b, exactly (decimal.js). */
export const decimalGte = guarded('decimalGte', rules.decimalGte);
/** Whether years of service reach `years` at `asOf` ("5年（含）以上": the anniversary counts). */
export const reachesYears = guarded('reachesYears', rules.reachesYears);
/** Years of service against a minimum, from a start date or a declared number of years. */
export const yearsAtLeast = guarded('yearsAtLeast', rules.yearsAtLeast, true);
/** A list that must hold every item the text names. */
export const includesAll = guarded('includesAll', rules.includesAll, true);
/** One of an open list ending in "等". */
export const listedKind = guarded('listedKind', rules.listedKind, true);
/** A fact a person attests (a declaration). */
export const attested = guarded('attested', rules.attested, true);
/** A fact that must be present. */
export const present = guarded('present', rules.present, true);
/** Enough qualified members of a list. */
export const enoughQualified = guarded('enoughQualified', rules.enoughQualified, true);
/** A name that follows the text's naming structure. */
export const nameFollows = guarded('nameFollows', rules.nameFollows, true);
/** Every declaration of a list given. */
export const allDeclared = guarded('allDeclared', rules.allDeclared, true);
/** The outcome over every member's outcome: the worst of them. */
export const everyMember = guarded('everyMember', rules.everyMember, true);
/** A rule over each entry of a list. */
export const listRule = guarded('listRule', rules.listRule);
/** A rule over one fact. */
export const factRule = guarded('factRule', rules.factRule);
/** A name normalised for counting distinct bodies (spaces, brackets, case). */
export const normalisedName = guarded('normalisedName', rules.normalisedName);
/** The key one body is counted by: its 统一社会信用代码, else its normalised name. */
export const distinctKey = guarded('distinctKey', rules.distinctKey);
/** Counts of distinct people or bodies (家, 名, 个, 人): entries the same as an earlier one counted once. */
export const foldDistinct = guarded('foldDistinct', rules.foldDistinct);

// Messages, parameters, naming, labels, input, procedures.
/** A message of the messages table (`MESSAGES`), filled with its parameters, in both languages. */
export const render = guarded('render', renderRaw, true);
/** The readings and changed values of a check's options against a policy (as `check` reads them). */
export const resolveParameters = guarded(
  'resolveParameters',
  (...args: Parameters<typeof resolveRaw>) => {
    const { param, applied } = resolveRaw(...args);
    return { param, applied: applied.slice() };
  },
  true,
);
/** A name made by a naming structure (core/naming.ts). */
export const generateName = guarded('generateName', naming.generateName);
/** A name checked against a naming structure. */
export const validateName = guarded('validateName', naming.validateName);
/** A subject's JSON Schema with the labels of its fields, in one language. */
export const labelJsonSchema = guarded('labelJsonSchema', labelRaw);
/** The caller's value read once into plain JSON data, with its problems. */
export const readInput = guarded('readInput', input.readInput);
/** A short, safe rendering of any value for a message. */
export const preview = guarded('preview', input.preview);
/** JSON data read by a schema: the facts, and the problems with their paths. */
export const parseFacts = guarded('parseFacts', input.parseFacts);
/** Dated steps from a procedure's steps and a start date (working days by the official calendar). */
export const timeline = guarded('timeline', procedure.timeline);
/** A procedure's dated steps from a record of the dates it happened on. */
export const timelineFromInput = guarded('timelineFromInput', procedure.timelineFromInput);
/** How late a step is against its due date. */
export const lateness = guarded('lateness', procedure.lateness);
/** A procedure's options (`asOf`, `calendar`) read and checked. */
export const procedureOptions = guarded('procedureOptions', procedure.procedureOptions);
/** A procedure stopped where an objection is raised. */
export const stopOnObjection = guarded('stopOnObjection', procedure.stopOnObjection);

// Input fields the bundled schemas share: separate instances (a caller cannot change the library's).
/** A real `YYYY-MM-DD` date. */
export const isoDate: typeof fields.isoDate = separateRaw(fields.isoDate);
/** A name (bounded length, no control characters). */
export const nameText: typeof fields.nameText = separateRaw(fields.nameText);
/** A title or a short text (bounded length). */
export const titleText: typeof fields.titleText = separateRaw(fields.titleText);
/** A decimal amount, as a string or a number, read exactly. */
export const decimalAmount: typeof fields.decimalAmount = separateRaw(fields.decimalAmount);
/** The schema of an evaluation standard. */
export const standardSchema: typeof checkedStandardSchema = separateRaw(checkedStandardSchema);

// ---- definePolicy ----------------------------------------------------------------------

/** The subjects of a definition, each with its own facts type. */
// biome-ignore lint/suspicious/noExplicitAny: each subject has its own facts type (SubjectRules is invariant in it)
export type Checks = Partial<Record<SubjectId, SubjectRules<any>>>;

/** What `definePolicy` takes: a policy, with defaults for what many texts lack. */
export interface PolicyDefinition<C extends Checks> {
  /** A lowercase slug, not a bundled id ('shiyi', 'hunan-studios'). */
  id: string;
  title: Bilingual;
  issuer: Bilingual;
  /** '示例人社〔2026〕1号'; null (the default) where the text has none. */
  docNumber?: string | null;
  /** False for guidance ("以供参考"); true by default. */
  binding?: boolean;
  /** When the text is in force; always, by default. */
  effective?: Effective;
  /** Document numbers the text repeals. */
  repeals?: readonly string[];
  /** Every provision of the text, in order, verbatim. */
  clauses: readonly Clause[];
  /** Every value the text fixes, cited. */
  // biome-ignore lint/suspicious/noExplicitAny: parameters of any value type
  parameters?: readonly Parameter<any>[];
  /** The subjects of `checks` (derived from it when absent; when given, exactly those). */
  subjects?: readonly (keyof C & SubjectId)[];
  /** Each subject's schema and rules: `subject({ schema, rules })` ties the rules' facts to the schema. */
  checks: C;
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  evaluation?: EvaluationSpec<any>;
  procedures?: readonly ProcedureSpec[];
}

/** Options of `definePolicy`. */
export interface DefineOptions {
  /**
   * Allow a bundled policy's id: the bundled policies themselves, or an encoding meant to
   * stand for one (a corrected Tianjin). Otherwise a bundled id is refused.
   */
  allowBundledId?: boolean;
}

/**
 * A subject a policy rules: its schema, and rules over the facts that schema reads — a
 * rule reading a field the schema does not have is a compile error.
 * @example
 * subject(studioSchema, { label: { zh: '工作室', en: 'Studio' }, rules: [areaRule] });
 */
export function subject<F>(
  schema: z.ZodMiniType<F>,
  spec: { label: Bilingual; rules: readonly Rule<NoInfer<F>>[]; labels?: SubjectRules<F>['labels'] },
): SubjectRules<F> {
  // Read once, field by field: definePolicy checks what they are.
  try {
    const { label, rules, labels } = spec;
    return { label, schema, rules, ...(labels === undefined ? {} : { labels }) };
  } catch {
    throw new InvalidArgumentError('spec', 'a subject { label, rules, labels? }', spec);
  }
}

/**
 * Validates a policy definition and returns it as a frozen policy that `check`, `evaluate`,
 * `renderReport`, `compare` and the command take like a bundled one. Checked: the id is
 * a lowercase slug and not a bundled one; clause, parameter, rule and procedure ids are
 * unique; every rule and parameter cites clauses the text lists; every clause marked `rule`
 * is cited by some rule; the subjects are those of `checks`; effective dates are real
 * `YYYY-MM-DD` dates in order.
 * @throws PolicyDefinitionError listing every problem with its path.
 * @example
 * const policy = definePolicy({ id: 'shiyi', title, issuer, clauses, parameters, checks: { studio } });
 * check(policy, 'studio', application, { asOf: '2026-11-22' }).verdict;
 */
export function definePolicy<C extends Checks>(definition: PolicyDefinition<C>, options?: DefineOptions): Policy {
  let allow = false;
  try {
    allow = typeof options === 'object' && options !== null && options.allowBundledId === true;
  } catch {
    throw new InvalidArgumentError('options', 'an object whose properties can be read', options);
  }
  const { policy, problems } = readDefinition(definition, allow);
  if (!policy) throw new PolicyDefinitionError(problems);
  return publicPolicy(freezeRaw(policy));
}

/** Whether `value` is a policy `check` takes: one made by `definePolicy` or `policyVersions`, or a bundled one. */
export function isPolicy(value: unknown): value is Policy {
  return isPolicyView(value);
}

/** The policy behind a view, after checking it is one. */
function definedPolicy(policy: unknown): Policy {
  if (isPolicyView(policy)) return policyBehind(policy);
  if (typeof policy === 'string') throw new UnknownPolicyError(policy, []);
  throw new InvalidArgumentError('policy', 'a policy made by definePolicy', policy);
}

/**
 * Checks one subject's input against a policy object, as the registry's `check` does.
 * @throws InvalidArgumentError for anything but a policy made by `definePolicy` (or a bundled one).
 */
export function checkPolicy(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  options?: import('../core/check.js').CheckOptions,
) {
  return checkRaw(definedPolicy(policy), subject, input, options);
}

/**
 * Grades a year's record under a policy object's evaluation, as the registry's `evaluate` does.
 * @throws InvalidArgumentError for anything but a defined policy; UnknownSubjectError without an evaluation.
 */
export function evaluatePolicy(
  policy: Policy,
  record: unknown,
  options?: import('../core/evaluate.js').EvaluateOptions,
) {
  return evaluateRaw(definedPolicy(policy), record, options);
}

/** Runs rules over parsed facts and renders their messages (what a check does after parsing). */
export const runRules = guarded('runRules', runRaw);
/** The verdict of results and problems: invalid, else ineligible, else incomplete, else eligible. */
export const verdictOf = guarded('verdictOf', verdictRaw);
/** An evaluation option's problem, at `options.<path>`. */
export const optionProblem = guarded(
  'optionProblem',
  (path: (string | number)[], detail: string) => optionRaw(keys(path, 'path'), String(detail)),
  true,
);
/** The evaluation period from the options (`from`, `to`), checked, with problems for bad ones. */
export const periodOf = guarded('periodOf', periodRaw);
/** Input paths in the order a report lists them. */
export const comparePaths = guarded('comparePaths', input.comparePaths);
