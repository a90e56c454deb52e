import type * as z from 'zod/mini';
import type { EvaluationStandard, NotGraded } from './grading.js';
import type { FieldLabels } from './labels.js';
import type { NamingRule } from './naming.js';
import type { DatedProcedure, ProcedureDatingOptions, StepSpec } from './procedure.js';

/** The ids of the policies the library bundles: the registry's `check('tianjin', …)` is typed after them. */
export type BundledPolicyId = 'national' | 'tianjin' | 'pingdingshan' | 'taiyuan';
/**
 * The bundled ids (the same as `BundledPolicyId`, its name before the set was opened). A
 * policy's own id (`Policy.id`, `Report.policy`) is any lowercase slug: a policy made with
 * `definePolicy` (chuangye-rules/define) has its own.
 */
export type PolicyId = BundledPolicyId;
export type SubjectId = 'studio' | 'mentor' | 'expert';
export type Lang = 'zh' | 'en';

/** Text in both languages every message carries. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * One numbered provision of a source text: its own numbering, its exact words, and how
 * the library accounts for it.
 */
export interface Clause {
  /** The text's own numbering: '二（一）2', '第十二条（三）'. */
  id: string;
  /** Verbatim from the source file (whitespace may be normalised). */
  text: string;
  /**
   * rule: checked by rules; declaration: a fact a person attests; procedure: a step with a
   * deadline or order; assessment: judged by evaluators and scored by the evaluation
   * standard (no rule can decide it); informative: nothing to check.
   */
  coverage: 'rule' | 'declaration' | 'procedure' | 'assessment' | 'informative';
}

/** text: stated in the source; interpretation: our reading of an ambiguity; default: the text leaves it to an authority. */
export type Provenance = 'text' | 'interpretation' | 'default';

/** A value a text fixes (a threshold, a list, a period), with the words it comes from. */
export interface Parameter<T = unknown> {
  id: string;
  value: T;
  /** Clause id the value comes from. */
  clause: string;
  /** The source's own words, verbatim (found in the seed text by a test). */
  quote: string;
  provenance: Provenance;
  label: Bilingual;
  unit?: Bilingual;
  /** Why an interpretation or default reads as it does, and the alternative. */
  note?: string;
  /** For a reading with named alternatives: every value a caller may choose (`value` among them). */
  choices?: readonly T[];
  /**
   * No rule reads it: quoted for documents, comparison or a procedure's fixed steps. A
   * check refuses it as a reading or a changed value (it could not change a verdict).
   */
  informative?: true;
}

/** A reading or changed value a report was computed under, with the value it replaced. */
export interface AppliedParameter {
  id: string;
  /** reading: one of the parameter's readings; reform: a value the text does not set. */
  kind: 'reading' | 'reform';
  value: unknown;
  /** The text's value (or the library's labelled default) that this one replaced. */
  replaced: unknown;
  clause: string;
  quote: string;
  provenance: Provenance;
  label: Bilingual;
}

export type OutcomeStatus = 'pass' | 'fail' | 'unknown' | 'not_applicable';

/**
 * requirement: a shortfall fails the application; advice: the text says what is normal or
 * allowed (一般, 可以), so a shortfall is reported and never makes an application ineligible.
 */
export type Severity = 'requirement' | 'advice';

export interface RuleResult {
  ruleId: string;
  status: OutcomeStatus;
  clauses: string[];
  provenance: Provenance;
  /** Stable code of the message ('min_count', 'min_years', …). */
  code: string;
  message: Bilingual;
  expected?: unknown;
  actual?: unknown;
  /** For 'unknown': the input paths that would decide it ('venue.areaSqm'). */
  missing?: string[];
  /** 'advice' for a soft requirement (一般, 可以): neither its failure nor its unknown moves the verdict. */
  severity: Severity;
  /** For a count of distinct things (家, 名, 个, 人): the entries counted once as the same as an earlier one. */
  duplicates?: Duplicate[];
}

/** An entry of a list that is the same thing as an earlier entry, by the key the policy states. */
export interface Duplicate {
  /** The input path of the entry counted once ('servedStartups.4'). */
  path: string;
  /** The input path of the earlier entry it is the same as. */
  sameAs: string;
  /** The key they share: 'code:<统一社会信用代码>' or 'name:<normalised name>'. */
  key: string;
}

export interface InputProblem {
  path: (string | number)[];
  code: string;
  severity: 'error' | 'warning';
  message: Bilingual;
}

/**
 * not_applicable: the text was not in force on the as-of date (before it took effect,
 * after it expired or was repealed): nothing can be judged under it.
 */
export type Verdict = 'eligible' | 'ineligible' | 'incomplete' | 'invalid' | 'not_applicable';

export interface Report {
  /** The policy's id: a bundled one, or a defined policy's own. */
  policy: string;
  subject: SubjectId;
  asOf: string;
  verdict: Verdict;
  /** Under guidance that binds no one (the national guideline, "以供参考"): says so, in both languages. */
  guidance?: Bilingual;
  results: RuleResult[];
  problems: InputProblem[];
  /** The text checked against: title, issuer, document number, whether it binds. */
  document?: ReportDocument;
  /** What the subject is ('天津市创业指导师工作室'). */
  subjectLabel?: Bilingual;
  /** The subject's own name from the input (the studio's, the expert's), when given. */
  name?: string;
  /** The applicant body's name from the input (the carrier, the host), when given. */
  applicant?: string;
  /** The clauses the results cite, verbatim, in the text's order: a report reads without the policy. */
  cited?: Clause[];
  /** Words for the input paths the report names (missing facts, problems), by path. */
  fields?: Record<string, Bilingual>;
  /** The caller's readings and changed values the report was computed under, when any. */
  parameters?: AppliedParameter[];
  /** With a changed value: the report is not the text's verdict, in both languages. */
  reform?: Bilingual;
  /** For a policy with versions (`policyVersions`): the version in force on `asOf` that was checked. */
  version?: ReportVersion;
  /** For verdict not_applicable: why the text does not apply on `asOf`, citing the clause that says when it is in force. */
  notApplicable?: Bilingual;
}

/** The version of a text a report checked against. */
export interface ReportVersion {
  title: Bilingual;
  docNumber: string | null;
  effective: { from: string | null; to: string | null };
}

/** The document a report was checked against. */
export interface ReportDocument {
  title: Bilingual;
  issuer: Bilingual;
  docNumber: string | null;
  /** False for guidance ("以供参考"): the report says the text does not bind. */
  binding: boolean;
}

/** What a rule's check returns before the message is rendered. */
export interface Outcome {
  status: OutcomeStatus;
  code: string;
  params?: MessageParams;
  /** The rendered message, where a helper already has it (a constant message, rendered once). */
  message?: Bilingual;
  expected?: unknown;
  actual?: unknown;
  missing?: string[];
  duplicates?: Duplicate[];
}

export type MessageValue = string | number | Bilingual | readonly Bilingual[];
export type MessageParams = Record<string, MessageValue>;

export interface RuleContext {
  /** The as-of date, `YYYY-MM-DD`. */
  asOf: string;
  /** For an evaluation: the period whose records count, inclusive. */
  period?: { from: string; to: string };
  /**
   * This check's value of a parameter: the caller's reading or changed value where one
   * was given, else the parameter itself. Rules read every threshold through it.
   */
  param: <T>(param: Parameter<T>) => Parameter<T>;
  /** For a text that carries no date of its own: the day it took effect, as the caller knows it. */
  effectiveFrom?: string;
  /**
   * For an evaluation: the day it is made (the caller's as-of date; `asOf` above is the
   * period's last day). A record dated after it is not yet known, a period ending after
   * it not yet over.
   */
  evaluatedOn?: string;
}

/** A named check over one subject's facts, citing its clauses. */
export interface Rule<F> {
  id: string;
  clauses: string[];
  provenance: Provenance;
  /** What the rule checks, for reference listings. */
  title: Bilingual;
  /** 'requirement' when absent; 'advice' where the text's words are soft (一般, 可以). */
  severity?: Severity;
  /** Why an advice rule is advice, where it is not a soft word (appended to its unmet message). */
  adviceNote?: Bilingual;
  check(facts: F, context: RuleContext): Outcome;
}

/** A subject a policy rules: its input schema and its rules. */
export interface SubjectRules<F = never> {
  label: Bilingual;
  schema: z.ZodMiniType<F>;
  rules: readonly Rule<F>[];
  /** Words for the input's fields (core/labels.ts): report lines and JSON Schema titles. */
  labels?: FieldLabels;
}

export interface Policy {
  /** A lowercase slug: a bundled id ('tianjin') or a defined policy's own. */
  id: string;
  title: Bilingual;
  issuer: Bilingual;
  /** '平人社办〔2024〕44号'; null where the text has none. */
  docNumber: string | null;
  /** False for guidance such as the national guideline ("以供参考"). */
  binding: boolean;
  effective: Effective;
  /** Document numbers this text repeals. */
  repeals: string[];
  subjects: SubjectId[];
  /** Every provision of the source, in order. */
  clauses: Clause[];
  /** Every value the text fixes, cited. */
  parameters: Parameter[];
  // biome-ignore lint/suspicious/noExplicitAny: each subject has its own facts type
  checks: Partial<Record<SubjectId, SubjectRules<any>>>;
  /** The annual evaluation, where the text has one. */
  // biome-ignore lint/suspicious/noExplicitAny: each evaluation has its own record type
  evaluation?: EvaluationSpec<any>;
  /** The procedures of the text, each a chain of dated steps. */
  procedures: ProcedureSpec[];
  /**
   * For a text with versions (`policyVersions`), oldest first: a check takes the one in
   * force on its as-of date. The policy's other fields are the latest version's.
   */
  versions?: readonly Policy[];
  /** The naming rule of the text (the name a studio must bear), where the policy declares it: the comparison's naming row reads it. */
  naming?: NamingRule;
  /** How the policy reads the common studio profile of `compare.checkEverywhere`, where it declares it. */
  // biome-ignore lint/suspicious/noExplicitAny: the profile's type lives in compare (StudioProfile)
  profile?: ProfileMapping<any>;
}

/**
 * What a policy asks beyond its checks, or what it would take to meet a failing rule, in
 * words, citing the clauses: Pingdingshan's candidate pool (第六条（二）).
 */
export interface Gap {
  ruleId: string;
  clauses: string[];
  text: Bilingual;
}

/**
 * How a policy reads the common studio profile (`compare.studioProfileSchema`), so that
 * `checkEverywhere` and `nextQuestions` can check it beside the others. `P` is the parsed
 * profile (`StudioProfile`, exported by `chuangye-rules/define`).
 */
export interface ProfileMapping<P = unknown> {
  /** The subject the profile is checked as ('studio'); one the policy rules. */
  subject: SubjectId;
  /**
   * The profile as that subject's input. What the profile cannot say, the applicant gives
   * under `extra.<policy id>`, in the policy's own input shape: spread it in.
   */
  input: (profile: P) => unknown;
  /**
   * The way back, from an input path a rule names as missing to the profile's fields:
   * input path prefixes (`[]` for any index: 'leads[].guidanceSince') → profile paths
   * ('lead.serviceSince'), the rest of the path kept; or a function of the input path and
   * the profile. A path not mapped is the same path where the profile has that field,
   * else `extra.<policy id>.<path>`.
   */
  paths?: Readonly<Record<string, string | readonly string[]>> | ((inputPath: string, profile: P) => readonly string[]);
  /**
   * The threshold an answer must meet, by profile field: the id of the parameter that sets
   * it ({ 'venue.areaSqm': 'venue.areaSqm' }), shown with its clause's words.
   */
  needs?: Readonly<Record<string, string>>;
  /** What recognition takes beyond the checks, from the procedure, quoted. */
  steps?: readonly Gap[];
}

/**
 * When a text is in force. A check dated outside it reports the verdict not_applicable,
 * citing `clause`.
 */
export interface Effective {
  /** The first day in force, `YYYY-MM-DD`; null where the text states none. */
  from: string | null;
  /** The last day in force (inclusive); null while no end is fixed. */
  to: string | null;
  note?: string;
  /** The clause that says when the text is in force ('第十五条'), cited by a not-applicable report. */
  clause?: string;
  /**
   * The ids of the policy's own rules that say whether the text is in force (one per
   * subject, reading no facts): outside the period the subject's one, not applicable, is
   * the report's one result, in its own words. Without one the report words it from the
   * period and `clause`.
   */
  rules?: readonly string[];
  /**
   * Where the period in force depends on the check — a parameter (五年有效期), or the
   * caller's `effectiveFrom` for a text without a date — the period for this check.
   */
  period?: (context: RuleContext) => { from: string | null; to: string | null };
}

/** A named procedure: its ordered steps (see core/procedure.ts). */
export interface ProcedureSpec {
  id: string;
  label: Bilingual;
  steps: StepSpec[];
  /**
   * The policy's own dating of the procedure, where it knows more than a chain of steps
   * (an objection stops it, a grade skips a step, steps count from their own events).
   * Without it the steps are a chain (`timelineFromInput`); `dateProcedure` picks.
   */
  date?: (dates: unknown, options: ProcedureDatingOptions) => DatedProcedure;
  /** The keys a record of dates for `date` may hold, where they are not just the step ids. */
  keys?: readonly string[];
  /** The options of `ProcedureDatingOptions` beyond asOf and calendar that `date` reads. */
  reads?: readonly ('earlierRecognitions' | 'grade')[];
}

/** How a policy grades a year's record (see core/evaluate.ts). */
export interface EvaluationSpec<R> {
  schema: z.ZodMiniType<R>;
  /** The library's default standard, as the text's parameters set it. */
  defaultStandard: EvaluationStandard;
  /** The default standard rebuilt under changed parameters, where it is made from parameters. */
  standardUnder?(param: RuleContext['param']): EvaluationStandard;
  /**
   * The text's own evaluation year when the caller names no period: the latest that ended
   * before `asOf` (with `progress`, the one running on `asOf`), found from the record's
   * own dates; or, where the record cannot tell, why not and what to supply. Without it
   * the year ending the day before `asOf` is taken.
   */
  defaultPeriod?(record: R, asOf: string, progress: boolean): { from: string; to: string } | NotGraded;
  /** Whether the record may be evaluated at all (Tianjin: a full year since recognition). */
  applicability: Rule<R>;
  /** Hard minimums and vetoes: one failing fails the year whatever the score. */
  gates: readonly Rule<R>[];
  /** The reading that makes a failed gate decide the grade, in words, for `gradeReason`. */
  gatesReading?: Bilingual;
  /** The counts the standard's 'count' items read, from the records inside the period. */
  counts(record: R, period: { from: string; to: string }, context: RuleContext): Record<string, number | undefined>;
  /** Where each count is read from in the input ('activities'), so an unscored item asks for the facts that decide it. */
  countPaths?: Readonly<Record<string, readonly string[]>>;
  /** The evaluators' findings for the standard's assessed items: a fraction in [0, 1] per item id. */
  assessments(record: R): Readonly<Record<string, number>>;
  /** The provenance of the default standard: 'default' (an authority's, replaced yearly) or 'interpretation' (a reading of the text). */
  defaultProvenance?: Provenance;
  /** Whether the gates' power to fail a year is the text's or a reading ('interpretation' by default). */
  gatesProvenance?: Provenance;
  /** Why the gates read as they do, and the alternative. */
  gatesNote?: string;
  /** The clauses that fix the grades and what a failing grade entails. */
  gradeClauses: string[];
  consequenceOfFail?: Bilingual;
  /** Words for the record's fields (core/labels.ts). */
  labels?: FieldLabels;
}
