// What a caller may hold of a policy: frozen views and separate schema instances, so that
// nothing a caller changes reaches a verdict (issue 27). Apart from freeze.ts so that a
// subpath without schemas (the handbook) does not bundle zod.
import * as z from 'zod/mini';
import { deepFreeze } from './freeze.js';
import type { Policy } from './types.js';

// A zod schema cannot be frozen (zod defines its members lazily on the instance and on its
// definition), so the schemas the checks use are never handed out: a caller gets a
// separate instance built from the same definition, and deleting a field of it changes
// nothing anyone else checks (issue 27).

type ZodInstance = { _zod: { def: Record<string, unknown>; constr: new (def: unknown) => ZodInstance } };

const isZod = (v: unknown): v is ZodInstance => typeof v === 'object' && v !== null && Object.hasOwn(v, '_zod');
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * A separate instance of a zod schema: the same definition, copied all the way down
 * (nested schemas, checks, shapes, lists), with the metadata it was registered with (the
 * `format: 'date'` of JSON Schema). Functions (refinements) and patterns are shared: they
 * hold no state a caller could change.
 */
export function separateSchema<T>(schema: T): T {
  const copies = new Map<ZodInstance, ZodInstance>();
  const copyValue = (v: unknown): unknown => {
    if (isZod(v)) return copySchema(v);
    if (Array.isArray(v)) return v.map(copyValue);
    if (!isPlain(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(v))) {
      // A getter in a shape is how zod writes a recursive schema: it stays lazy, over the copy.
      const get = d.get;
      if (get) Object.defineProperty(out, key, { enumerable: d.enumerable, get: () => copyValue(get.call(v)) });
      else out[key] = copyValue(d.value);
    }
    return out;
  };
  const copySchema = (s: ZodInstance): ZodInstance => {
    const known = copies.get(s);
    if (known) return known;
    const copy = new s._zod.constr(copyValue(s._zod.def));
    copies.set(s, copy);
    const meta = z.globalRegistry.get(s as never);
    if (meta) z.globalRegistry.add(copy as never, meta);
    return copy;
  };
  return (isZod(schema) ? copySchema(schema) : schema) as T;
}

/** The policy each public view stands for, for the library's own checks. */
const behind = new WeakMap<Policy, Policy>();

/**
 * The policy as callers may hold it: deep-frozen, each subject's and the evaluation's
 * `schema` a separate instance built on every read (the checks keep their own).
 */
export function publicPolicy(policy: Policy): Policy {
  const checks: Record<string, unknown> = {};
  for (const [subject, spec] of Object.entries(policy.checks)) {
    if (!spec) continue;
    const { schema, ...rest } = spec;
    checks[subject] = Object.defineProperty(rest, 'schema', { enumerable: true, get: () => separateSchema(schema) });
  }
  let evaluation: Policy['evaluation'];
  if (policy.evaluation) {
    const { schema, ...rest } = policy.evaluation;
    evaluation = Object.defineProperty(rest, 'schema', {
      enumerable: true,
      get: () => separateSchema(schema),
    }) as Policy['evaluation'];
  }
  const view = deepFreeze({ ...policy, checks, ...(evaluation ? { evaluation } : {}) }) as Policy;
  behind.set(view, policy);
  return view;
}

/** Whether `value` is a public view of a policy (a bundled one, or one made by `definePolicy`). A WeakMap lookup never calls a Proxy's traps. */
export function isPolicyView(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && behind.has(value as Policy);
}

/** The policy the checks use behind a public view (itself for a policy that is not a view). */
export function policyBehind(policy: Policy): Policy {
  return behind.get(policy) ?? policy;
}
