/**
 * `chuangye-rules/testing`: the test kit a policy's author runs against its source text
 * (issue 31). Framework-agnostic: each assertion returns its findings, `assertPolicy`
 * throws one `PolicyTestError` listing them all. No dependency at run time (its hostile
 * inputs come from its own seeded generator, or from one you pass).
 * @packageDocumentation
 */
export {
  assertNoFindings,
  assertPolicy,
  type Boundary,
  type CitationOptions,
  citationFindings,
  type HostileOptions,
  hostileFindings,
  normaliseText,
  type PolicyCase,
  type PolicyKit,
  parameterFindings,
  policyFindings,
  type RunOptions,
  type ThresholdOptions,
  thresholdFindings,
  verbatimFindings,
} from './checks.js';
export { type Finding, type FindingKind, PolicyTestError } from './findings.js';
