// The corpus the rule tests walk: a complete example with each value removed or moved to
// an edge, so that every rule meets inputs that pass, fail and leave it unknown. Shared by
// test/policies/rule-statuses.test.ts and the kit's can-fail check of the bundled policies.
import { leafPaths, mutateAt } from './arbitraries.js';

/** A studio whose lead's role and carrier's kind are unlisted and not accepted. */
export function unlistedKinds(studio: { leads: object[]; carrier: object }) {
  return {
    ...studio,
    leads: studio.leads.map((l) => ({ ...l, role: 'other', roleAccepted: false })),
    carrier: { ...studio.carrier, kind: 'other', kindAccepted: false },
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Values a leaf may be moved to: its edges and its opposite. */
export function edgesOf(value: unknown): unknown[] {
  if (typeof value === 'boolean') return [!value];
  if (typeof value === 'number') return [0, value - 1, value + 1, value * 10, 0.5];
  if (typeof value === 'string' && ISO.test(value)) return ['1990-01-01', '2025-01-01', '2026-11-22', '2030-01-01'];
  if (typeof value === 'string') return ['', 'x', '0', '999999999'];
  return [];
}
/** Every path to a value inside `value`, containers included. */
export function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => allPaths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => allPaths(v, [...prefix, k]))];
  return here;
}
export function* variants(example: unknown): Generator<unknown> {
  yield example;
  yield {};
  for (const path of allPaths(example)) {
    const at = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], example);
    yield mutateAt(example, path, undefined);
    if (Array.isArray(at)) {
      yield mutateAt(example, path, []);
      if (at.length > 0) yield mutateAt(example, path, [...at, at[0]]);
      if (at.length > 1) yield mutateAt(example, path, at.slice(1));
    }
    for (const edge of edgesOf(at)) yield mutateAt(example, path, edge);
  }
  // Two values removed together: a rule over two facts reaches its combined branches.
  const leaves = leafPaths(example);
  for (let i = 0; i < leaves.length; i++)
    for (let j = i + 1; j < Math.min(leaves.length, i + 4); j++)
      yield mutateAt(
        mutateAt(example, leaves[i] as (string | number)[], undefined),
        leaves[j] as (string | number)[],
        undefined,
      );
}
