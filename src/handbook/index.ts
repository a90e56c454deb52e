/**
 * `chuangye-rules/handbook`: 《公共创业服务功能手册》, the national catalogue of public
 * entrepreneurship services: 7 modules, 33 functions in three tiers, the ways each module
 * is delivered and its basic service flow. A catalogue, not a policy: it sums up practice
 * and binds no one.
 * @packageDocumentation
 */
export { modules, TIERS } from './catalogue.js';
export {
  type Coverage,
  type CoverageOptions,
  coverage,
  type FunctionCoverage,
  MAX_OFFERED,
  type MissingFunction,
  type ModeCoverage,
  type ModuleCoverage,
  NOTICE,
  type SubItemCoverage,
  type TierCount,
} from './coverage.js';
export { EDGES, flows } from './flows.js';
export { linksOf, POLICY_LINKS, type PolicyLink } from './links.js';
export { HANDBOOK_MESSAGES, type HandbookCode } from './messages.js';
export {
  COVERAGE_FORMATS,
  type CoverageFormat,
  type CoverageRenderOptions,
  renderCoverage,
  renderHandbook,
  renderMermaid,
} from './render.js';
export type {
  Flow,
  FlowStep,
  Module,
  ModuleId,
  ServiceFunction,
  ServiceMode,
  StepDuty,
  SubItem,
  Tier,
  TierInfo,
  Track,
  Transition,
} from './types.js';
export {
  type CaseEvent,
  type CaseProblem,
  type CaseValidation,
  FLOW_IDS,
  MAX_EVENTS,
  validateCase,
} from './validate.js';
