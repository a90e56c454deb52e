/**
 * `chuangye-rules/define`: the authoring API — what a province, city or district needs to
 * encode its own measures the way the bundled policies are encoded (issue 31): clauses,
 * parameters with provenance, rules over a subject's schema, and the helpers the bundled
 * policies' rules use. A policy made here works with everything the bundled ones do
 * (`check`, `evaluate`, `renderReport`, `compare.checkEverywhere`, the command's
 * `--policy-module`). Every helper is the one the bundled policies use, guarded: an
 * argument of the wrong kind throws InvalidArgumentError, never a TypeError of its own.
 * @packageDocumentation
 */
import { runRules as runRaw, verdictOf as verdictRaw } from '../core/check.js';
import { InvalidArgumentError, isLibraryError } from '../core/errors.js';
import { optionProblem as optionRaw, periodOf as periodRaw } from '../core/evaluate.js';
import * as fields from '../core/fields.js';
import { deepFreeze as freezeRaw } from '../core/freeze.js';
import { standardSchema as checkedStandardSchema, score as scoreRaw } from '../core/grading.js';
import * as input from '../core/input.js';
import { labelJsonSchema as labelRaw } from '../core/labels.js';
import { render as renderRaw } from '../core/messages.js';
import * as naming from '../core/naming.js';
import { resolveParameters as resolveRaw, textValues } from '../core/parameters.js';
import { perCheck as perCheckRaw } from '../core/per-check.js';
import * as procedure from '../core/procedure.js';
import { separateSchema as separateRaw } from '../core/public.js';
import * as rules from '../core/rules.js';
import * as outcomes from './outcomes.js';

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
export type { StudioProfile } from '../compare/profile-schema.js';
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
  Gap,
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
  ProfileMapping,
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
export { checkPolicy, evaluatePolicy } from './checks.js';
export { type Checks, type DefineOptions, definePolicy, isPolicy, type PolicyDefinition, subject } from './define.js';
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
/** What several rules of one check read alike, computed once per check (see core/per-check.ts). */
export const perCheck: typeof perCheckRaw = guarded('perCheck', perCheckRaw);
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
/** The warning for an objection dated after asOf: not raised yet, so it stops nothing. */
export const objectionNotYetRaised = guarded('objectionNotYetRaised', procedure.objectionNotYetRaised);

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

/** The score and grade of a year's counts and assessments under an evaluation standard (decimal, exact). */
export const score = guarded('score', scoreRaw, true);
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
