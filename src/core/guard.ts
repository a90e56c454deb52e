// A fast "already clean and valid?" test compiled from a zod schema's own definition.
// On the common path — a well-formed application — it replaces zod's parse (which copies
// the input again): the reader (core/input.ts) tests its copy as it makes it. zod stays the only
// description of the input: anything the guard does not recognise, it declines, and a
// declined or failing input goes the full way (readInput, then zod with its messages).
/** A zod schema, read through its definition only. */
type Schema = object;

type Guard = (value: unknown) => boolean;

/**
 * A schema's guard, with the parts a reader follows as it copies (core/input.ts): a strict
 * object's fields, an array's element. Testing a copy part by part as it is read gives the
 * guard's answer for the copy without a second pass over it.
 */
export interface Shape {
  /** The guard: is this (copied) value clean and valid? */
  test: Guard;
  /**
   * The commonest leaves, for a reader to test without a call: a boolean; a string of at
   * most `max` characters; one of `values`.
   */
  leaf?: 'boolean' | 'string' | 'enum';
  max?: number;
  values?: ReadonlySet<unknown>;
  /** A strict object: each field's shape, and the fields looked for by name when absent. */
  fields?: ReadonlyMap<string, Shape>;
  required?: readonly (readonly [string, Guard])[];
  /** An array: its element's shape. */
  element?: Shape;
  /** An object's or an array's own checks (a refinement, lengths), once its parts pass. */
  passes?: Guard;
}
type Def = {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  keyType?: Schema;
  valueType?: Schema;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = {
  check: string;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
};

const defOf = (schema: Schema): Def => (schema as { _zod: { def: Def } })._zod.def;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** One check of a string, number or array, or null for a kind the guard does not know. */
function compileCheck(check: CheckDef): Guard | null {
  switch (check.check) {
    case 'max_length': {
      const max = check.maximum as number;
      return (v) => (v as { length: number }).length <= max;
    }
    case 'greater_than': {
      const min = check.value as number;
      return check.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min;
    }
    case 'less_than': {
      const max = check.value as number;
      return check.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max;
    }
    case 'string_format': {
      if (!check.pattern) return null;
      const pattern = new RegExp(check.pattern.source, check.pattern.flags.replace('g', ''));
      return (v) => pattern.test(v as string);
    }
    case 'custom': {
      const fn = check.fn;
      // A refinement that answers a plain boolean (the library's own); an async one declines.
      return fn ? (v) => fn(v) === true : null;
    }
    default:
      return null;
  }
}

function compile(schema: Schema): Shape | null {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (checks.some((c) => c === null)) return null;
  // Most fields have no check at all: then passing is free.
  const only = checks.length === 1 ? (checks[0] as Guard) : null;
  const passes: Guard = checks.length === 0 ? () => true : (only ?? ((v) => checks.every((c) => (c as Guard)(v))));
  switch (def.type) {
    case 'string': {
      const test: Guard = (v) => typeof v === 'string' && passes(v);
      // Stryker disable next-line StringLiteral: without the tag the reader calls test, the same answer slower
      if (checks.length === 0) return { test, leaf: 'string', max: Number.POSITIVE_INFINITY };
      const first = (def.checks as { _zod: { def: CheckDef } }[])[0]?._zod.def;
      // Stryker disable next-line StringLiteral: without the tag the reader calls test, the same answer slower
      if (checks.length === 1 && first?.check === 'max_length') return { test, leaf: 'string', max: first.maximum };
      return { test };
    }
    case 'boolean':
      // Stryker disable next-line StringLiteral: without the tag the reader calls test, the same answer slower
      return { test: (v) => typeof v === 'boolean', leaf: 'boolean' };
    case 'number': {
      const integer = def.format === 'safeint';
      if (def.format !== undefined && !integer) return null;
      return {
        test: (v) => typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isSafeInteger(v)) && passes(v),
      };
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return { test: (v) => (typeof v === 'string' || typeof v === 'number') && values.has(v), leaf: 'enum', values };
    }
    case 'optional': {
      // A present value is the inner schema's: the reader follows the inner shape.
      const inner = compile(def.innerType as Schema);
      return inner && { ...inner, test: (v) => v === undefined || inner.test(v) };
    }
    case 'array': {
      const element = compile(def.element as Schema);
      if (element === null) return null;
      const each = element.test;
      return {
        test: (v) => {
          if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || !passes(v)) return false;
          for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
          return true;
        },
        passes,
        element,
      };
    }
    case 'union': {
      const options: Guard[] = [];
      for (const o of def.options ?? []) {
        const shape = compile(o);
        if (shape === null) return null;
        options.push(shape.test);
      }
      return { test: (v) => options.some((o) => o(v)) };
    }
    case 'record': {
      const key = compile(def.keyType as Schema)?.test;
      const value = compile(def.valueType as Schema)?.test;
      if (!key || !value) return null;
      return {
        test: (v) => {
          if (!isPlainObject(v)) return false;
          for (const k in v) {
            if (k === '__proto__' || k === 'constructor' || k === 'prototype' || !Object.hasOwn(v, k)) return false;
            if (!key(k) || !value(v[k])) return false;
          }
          return true;
        },
      };
    }
    case 'object': {
      // Only strict objects: an unknown key is a warning the full path must report. Its own
      // checks (a refinement across fields) run once the fields pass, as zod runs them.
      if (def.catchall === undefined || defOf(def.catchall).type !== 'never') return null;
      const fields = new Map<string, Shape>();
      for (const [k, field] of Object.entries(def.shape ?? {})) {
        const shape = compile(field);
        if (shape === null) return null;
        fields.set(k, shape);
      }
      // A field that may be absent passes absent: only the others are looked for by name.
      // (A field named as Object.prototype's members reads the inherited value when absent, as zod does.)
      const required: [string, Guard][] = [];
      for (const [k, shape] of fields)
        if (!shape.test(undefined) || k in Object.prototype) required.push([k, shape.test]);
      return {
        test: (v) => {
          if (!isPlainObject(v)) return false;
          // One pass over the keys present (an application gives a few of many optional fields).
          for (const k in v) {
            const shape = fields.get(k);
            if (shape === undefined || !Object.hasOwn(v, k) || !shape.test(v[k])) return false;
          }
          return requiredPresent(required, v) && passes(v);
        },
        fields,
        required,
        passes,
      };
    }
    default:
      return null;
  }
}

/** The shape's test of a leaf (not undefined): the commonest kinds without a call. */
export function leafPasses(shape: Shape, v: unknown): boolean {
  // Stryker disable StringLiteral,ConditionalExpression: a case missed falls to shape.test, the same answer slower
  switch (shape.leaf) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' && v.length <= (shape.max as number);
    case 'enum':
      return (shape.values as ReadonlySet<unknown>).has(v);
    default:
      return shape.test(v);
  }
  // Stryker restore StringLiteral,ConditionalExpression
}

/** Each field that must be present is, or passes absent (reading Object.prototype's, as zod does). */
export function requiredPresent(required: readonly (readonly [string, Guard])[], v: Record<string, unknown>): boolean {
  for (let i = 0; i < required.length; i++) {
    const [k, guard] = required[i] as readonly [string, Guard];
    if (!Object.hasOwn(v, k) && !guard(v[k])) return false;
  }
  return true;
}

const shapes = new WeakMap<object, Shape | null>();

/** The schema's shape, compiled once; null when the schema uses a kind the guard does not know. */
export function shapeOf(schema: Schema): Shape | null {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = compile(schema);
    shapes.set(schema, shape);
  }
  return shape;
}

/** The schema's guard, compiled once; null when the schema uses a kind it does not know. */
export function guardOf(schema: Schema): Guard | null {
  return shapeOf(schema)?.test ?? null;
}
