// A batch under one policy (issue 30): `check` for each input, with the options read and
// resolved once. Beside the registry so that the registry's file stays one list.
import { type CheckOptions, checkManyPolicy } from '../core/check.js';
import type { BundledPolicyId, Policy, Report, SubjectId } from '../core/types.js';
import { type InputOf, policyOf, type SubjectOf } from './index.js';

/**
 * Checks many applications against one policy and subject under one set of options: the
 * reports are those `check` gives one by one (in the same order), at less cost — the
 * options, the as-of date (today in China when not given: one day for the whole batch)
 * and the readings are resolved once.
 * A policy made by definePolicy is taken as `check` takes it.
 * @throws UnknownPolicyError / UnknownSubjectError for ids the library does not know;
 * UnknownLanguageError for a language other than zh and en; InvalidArgumentError for
 * `inputs` that is not an array of at most 100,000 (a longer batch: slices, or the command).
 * @example
 * const reports = checkMany('tianjin', 'studio', applications, { asOf: '2026-11-22' });
 * reports.filter((r) => r.verdict === 'eligible').length;
 */
export function checkMany<P extends BundledPolicyId, S extends SubjectOf<P>>(
  policy: P,
  subject: S,
  inputs: readonly InputOf<P, S>[],
  options?: CheckOptions,
): Report[];
export function checkMany<P extends BundledPolicyId, S extends SubjectOf<P>>(
  policy: P,
  subject: S,
  inputs: readonly unknown[],
  options?: CheckOptions,
): Report[];
export function checkMany(
  policy: Policy,
  subject: SubjectId,
  inputs: readonly unknown[],
  options?: CheckOptions,
): Report[];
export function checkMany(
  policy: string | Policy,
  subject: SubjectId,
  inputs: readonly unknown[],
  options?: CheckOptions,
): Report[] {
  return checkManyPolicy(policyOf(policy), subject, inputs, options);
}
