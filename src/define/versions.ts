// Versions of a text: the measures of 2020 and the measures of 2026 that repeal them are one
// policy id whose check takes the version in force on its as-of date (core/force.ts).
import { formatIsoDate, requireIsoDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { isPolicyView, policyBehind, publicPolicy } from '../core/public.js';
import type { Policy } from '../core/types.js';
import { type DefinitionProblem, PolicyDefinitionError } from './errors.js';

/** Options of `policyVersions` (none yet: the versions say everything). */
export type PolicyVersionsOptions = Record<string, never>;

/** The kind of value a parameter holds: a decimal string is a number written exactly. */
const kindOf = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return /^\d+(?:\.\d+)?$/u.test(value) ? 'a decimal string' : 'a text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

// On the calendar's day numbers: every date computation is the calendar's.
const dayBefore = (iso: string): string => formatIsoDate(requireIsoDate(iso, 'effective.from') - 1);

/**
 * One policy from the versions of a text, oldest first, each made by `definePolicy` with
 * the same id and an `effective.from`. A check takes the version in force on its as-of
 * date and names it (`report.version`); before the first, or after a version's `to` with
 * no later one, the verdict is not_applicable. A version without `to` is in force until
 * the next begins (it repeals it: list the old document number in the new one's
 * `repeals`). Listing, comparison and JSON Schema read the latest version.
 *
 * The versions may share rules: a rule's `ctx.param(p)` is looked up by `p.id` in the
 * version checked (a caller's reading or changed value of that id first), so one rule
 * written with the 2025 parameter object reads the 2027 value under the 2027 revision. A
 * parameter id the version lacks is read as the object holds it; the test kit finds such
 * a read (`parameter_undeclared`). A parameter id two versions both declare must hold the
 * same kind of value (a number in both, a decimal string in both…), since a shared rule
 * reads either.
 * @throws InvalidArgumentError for anything but a non-empty list of defined policies;
 * PolicyDefinitionError when their ids differ, a version has no `effective.from`, the
 * periods are out of order or overlap, or a parameter id holds a different kind of value
 * in two versions.
 * @example
 * const measures = policyVersions([measures2020, measures2026]);
 * check(measures, 'studio', application, { asOf: '2025-06-01' }).version?.docNumber; // the 2020 number
 */
export function policyVersions(versions: readonly Policy[], _options?: PolicyVersionsOptions): Policy {
  let list: Policy[];
  try {
    if (!Array.isArray(versions) || versions.length === 0 || versions.length > 100) throw new Error();
    list = [];
    for (let i = 0; i < versions.length; i++) {
      const v: unknown = versions[i];
      if (!isPolicyView(v)) throw new Error();
      list.push(policyBehind(v));
    }
  } catch {
    throw new InvalidArgumentError(
      'versions',
      'a non-empty list of at most 100 policies made by definePolicy',
      versions,
    );
  }
  const problems: DefinitionProblem[] = [];
  const first = list[0] as Policy;
  const out: Policy[] = [];
  list.forEach((v, i) => {
    if (v.versions) problems.push({ path: [i], code: 'nested_versions', message: 'is itself a list of versions' });
    if (v.id !== first.id)
      problems.push({
        path: [i, 'id'],
        code: 'id_mismatch',
        message: `has id "${v.id}"; the first version has "${first.id}"`,
      });
    if (v.effective.from === null || v.effective.period)
      problems.push({
        path: [i, 'effective', 'from'],
        code: 'no_start',
        message: 'a version needs the fixed date it takes effect (effective.from)',
      });
    const next = list[i + 1];
    const nextFrom = next?.effective.from ?? null;
    // The null guards state the types: a date compared with null is false either way.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (above)
    const outOfOrder = v.effective.from !== null && nextFrom !== null && nextFrom <= v.effective.from;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (above)
    const overlaps = v.effective.to !== null && nextFrom !== null && v.effective.to >= nextFrom;
    if (outOfOrder)
      problems.push({
        path: [i + 1, 'effective', 'from'],
        code: 'out_of_order',
        message: 'versions must be given oldest first',
      });
    else if (overlaps)
      problems.push({
        path: [i, 'effective', 'to'],
        code: 'overlap',
        message: `overlaps the next version (from ${nextFrom})`,
      });
    // A version with no end of its own ends the day before the next begins: the next repeals
    // it. (Versions out of order or without a start are refused below, before any is used.)
    const to = v.effective.to ?? (nextFrom !== null ? dayBefore(nextFrom) : null);
    out.push(deepFreeze({ ...v, effective: { ...v.effective, to } }));
  });
  // A parameter id is one value a shared rule reads under either version: the same kind.
  const kinds = new Map<string, { kind: string; version: number }>();
  list.forEach((v, i) => {
    v.parameters.forEach((p, j) => {
      const kind = kindOf(p.value);
      const seen = kinds.get(p.id);
      if (seen === undefined) kinds.set(p.id, { kind, version: i });
      else if (seen.kind !== kind)
        problems.push({
          path: [i, 'parameters', j, 'value'],
          code: 'parameter_kind',
          message: `parameter "${p.id}" is ${kind} here and ${seen.kind} in version ${seen.version}: a rule shared by the versions reads either`,
        });
    });
  });
  if (problems.length > 0) throw new PolicyDefinitionError(problems);
  const latest = out[out.length - 1] as Policy;
  return publicPolicy(deepFreeze({ ...latest, versions: Object.freeze(out) }));
}
