/**
 * chuangye-rules: Chinese entrepreneurship-service policies as typed, cited, tested rule
 * sets. Give it an application and a date; it tells you, clause by clause and citing the
 * text, whether the application meets the policy and what is missing.
 * @packageDocumentation
 */

import { standardSchema as checkedStandardSchema } from './core/grading.js';
import { separateSchema } from './core/public.js';

export * as calendar from './calendar/index.js';
export { readYearFile, requireYearFile, type YearFileResult } from './calendar/year-file.js';
export * as compare from './compare/index.js';
export type { CheckOptions } from './core/check.js';
export {
  CalendarDataError,
  CalendarRangeError,
  ChuangyeError,
  InvalidArgumentError,
  isLibraryError,
  UnknownFormatError,
  UnknownLanguageError,
  UnknownPolicyError,
  UnknownSubjectError,
} from './core/errors.js';
export type { EvaluateOptions } from './core/evaluate.js';
export {
  type AreaScore,
  type EvaluationReport,
  type EvaluationStandard,
  GRADE_LABELS,
  type Grade,
  type ItemScore,
} from './core/grading.js';
export { INPUT_LIMITS } from './core/input.js';
// labelJsonSchema, labelOfPath and pathPattern read a policy's own tables: internal (issue 27);
// jsonSchemaOf gives the labelled JSON Schema.
export type { FieldLabel, FieldLabels } from './core/labels.js';
export { MESSAGES } from './core/messages.js';
export { generateName, type NameCheck, type NamePart, type NamingRule, validateName } from './core/naming.js';
export {
  type DatedProcedure,
  type DatedTimeline,
  dateProcedure,
  type ProcedureDatingOptions,
  type ProcedureOutcome,
  procedureTimeline,
  type StepStatus,
  type TimelineStep,
  timeline,
} from './core/procedure.js';
export type {
  Bilingual,
  BundledPolicyId,
  Clause,
  InputProblem,
  Lang,
  OutcomeStatus,
  Parameter,
  Policy,
  PolicyId,
  Provenance,
  Report,
  ReportVersion,
  Rule,
  RuleResult,
  SubjectId,
  Verdict,
} from './core/types.js';
export { type DefinitionProblem, PolicyDefinitionError } from './define/errors.js';
export * as handbook from './handbook/index.js';
export {
  check,
  type EvaluatedPolicyId,
  evaluate,
  getPolicy,
  type InputOf,
  policies,
  type SubjectInputs,
  type SubjectOf,
} from './policies/index.js';
export { checkMany } from './policies/many.js';
export * as national from './policies/national/index.js';
export * as pingdingshan from './policies/pingdingshan/index.js';
export * as taiyuan from './policies/taiyuan/index.js';
export * as tianjin from './policies/tianjin/index.js';
export { escapeHtml } from './report/html.js';
export { deadlineToIcs, describeCalendarUse, type IcsEvent, renderIcs, timelineToIcs } from './report/ics.js';
export {
  FORMATS,
  type RenderOptions,
  type ReportFormat,
  type ReportWriter,
  renderReport,
  renderReports,
  reportWriter,
} from './report/index.js';

/** The schema of an evaluation standard: a separate instance from the one `evaluate` reads (issue 27). */
export const standardSchema: typeof checkedStandardSchema = separateSchema(checkedStandardSchema);
