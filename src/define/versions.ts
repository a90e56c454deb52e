// Versions of a text: the measures of 2020 and the measures of 2026 that repeal them are one
// policy id whose check takes the version in force on its as-of date (core/force.ts).
import { InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { isPolicyView, policyBehind, publicPolicy } from '../core/public.js';
import type { Policy } from '../core/types.js';
import { type DefinitionProblem, PolicyDefinitionError } from './errors.js';

/** Options of `policyVersions` (none yet: the versions say everything). */
export type PolicyVersionsOptions = Record<string, never>;

const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * One policy from the versions of a text, oldest first, each made by `definePolicy` with
 * the same id and an `effective.from`. A check takes the version in force on its as-of
 * date and names it (`report.version`); before the first, or after a version's `to` with
 * no later one, the verdict is not_applicable. A version without `to` is in force until
 * the next begins (it repeals it: list the old document number in the new one's
 * `repeals`). Listing, comparison and JSON Schema read the latest version.
 * @throws InvalidArgumentError for anything but a non-empty list of defined policies;
 * PolicyDefinitionError when their ids differ, a version has no `effective.from`, or the
 * periods are out of order or overlap.
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
    if (v.effective.from !== null && nextFrom !== null && nextFrom <= v.effective.from)
      problems.push({
        path: [i + 1, 'effective', 'from'],
        code: 'out_of_order',
        message: 'versions must be given oldest first',
      });
    else if (v.effective.to !== null && nextFrom !== null && v.effective.to >= nextFrom)
      problems.push({
        path: [i, 'effective', 'to'],
        code: 'overlap',
        message: `overlaps the next version (from ${nextFrom})`,
      });
    // A version with no end of its own ends the day before the next begins: the next repeals it.
    const to =
      v.effective.to ??
      (nextFrom !== null && v.effective.from !== null && nextFrom > v.effective.from ? dayBefore(nextFrom) : null);
    out.push(deepFreeze({ ...v, effective: { ...v.effective, to } }));
  });
  if (problems.length > 0) throw new PolicyDefinitionError(problems);
  const latest = out[out.length - 1] as Policy;
  return publicPolicy(deepFreeze({ ...latest, versions: Object.freeze(out) }));
}
