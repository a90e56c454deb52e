// Data at the edge: anything a caller passes is read defensively into plain JSON data,
// then by the subject's zod schema. Nothing here throws on bad data: each problem
// becomes an InputProblem with a path, and the offending value is dropped so the rest
// can still be checked.
import * as z from 'zod/mini';
import { render } from './messages.js';
import { comparePaths, ProblemList } from './problems.js';

export { comparePaths, PROBLEMS_PER_KIND, ProblemList } from './problems.js';

import { leafPasses, requiredPresent, type Shape } from './guard.js';
import { type FieldLabels, pathPattern } from './labels.js';
import type { Bilingual, InputProblem } from './types.js';

export const INPUT_LIMITS = Object.freeze({
  /** Deepest nesting read. */
  depth: 32,
  /** Longest array read. */
  arrayLength: 10_000,
  /** Most values (objects, arrays and leaves) read in one input. */
  nodes: 200_000,
  /** Longest string read. */
  stringLength: 100_000,
} as const);

type Path = (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function problem(
  path: Path,
  code: Parameters<typeof render>[0],
  params: Parameters<typeof render>[1] = {},
  severity: InputProblem['severity'] = 'error',
): InputProblem {
  return { path, code, severity, message: render(code, params) };
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '字符串', en: 'string' },
  number: { zh: '数字', en: 'number' },
  int: { zh: '整数', en: 'whole number' },
  boolean: { zh: '布尔值', en: 'boolean' },
  object: { zh: '对象', en: 'object' },
  array: { zh: '数组', en: 'array' },
  null: { zh: '空值', en: 'null' },
  date: { zh: 'Date 对象', en: 'Date object' },
  other: { zh: '其他', en: 'other' },
};

function typeName(value: unknown): { zh: string; en: string } {
  if (value === null) return TYPE_NAMES.null as { zh: string; en: string };
  if (value === undefined) return { zh: '缺失', en: 'nothing' };
  if (Array.isArray(value)) return TYPE_NAMES.array as { zh: string; en: string };
  if (value instanceof Date) return TYPE_NAMES.date as { zh: string; en: string };
  return TYPE_NAMES[typeof value] ?? (TYPE_NAMES.other as { zh: string; en: string });
}

/** A path built only when a problem names it: most reads find none. */
type LazyPath = { parent: LazyPath; key: string | number } | null;
function pathOf(at: LazyPath, key?: string | number): Path {
  const out: Path = key === undefined ? [] : [key];
  for (let p = at; p !== null; p = p.parent) out.push(p.key);
  return out.reverse();
}

/**
 * Reads any value into plain JSON data within INPUT_LIMITS: always a copy, so a Proxy, a
 * getter that throws or changes its answer, or a cycle is met once, here, and reported at
 * its path; zod and the rules then read data that is the library's own. One pass; the
 * paths of problems are built only when there is a problem (the common case has none).
 */
export function readInput(raw: unknown): { value: Json | undefined; problems: InputProblem[] } {
  const { value, problems } = readTested(raw);
  return { value, problems };
}

/**
 * readInput that, given a schema's shape (core/guard.ts), also tests the copy as it makes
 * it: `clean` is the shape's guard's answer for the copy, and false for any problem.
 */
export function readTested(
  raw: unknown,
  shape?: Shape,
): { value: Json | undefined; problems: InputProblem[]; clean: boolean } {
  let problems: ProblemList | undefined;
  let clean = shape !== undefined;
  const report = (p: InputProblem) => {
    problems ??= new ProblemList();
    problems.add(p);
    clean = false;
  };
  // The objects being read, outermost first: at most INPUT_LIMITS.depth, so a scan is cheap.
  const ancestors: object[] = [];
  let nodes = 0;
  let overflow = false;

  /** The member `key` of the value at `at` (the root when key is undefined), read once. */
  const read = (
    value: unknown,
    at: LazyPath,
    key: string | number | undefined,
    depth: number,
    shape: Shape | undefined,
  ): Json | undefined => {
    if (++nodes > INPUT_LIMITS.nodes) {
      if (!overflow) report(problem([], 'too_large', { limit: INPUT_LIMITS.nodes }));
      overflow = true;
      return undefined;
    }
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null) {
      const leaf = readLeaf(value, at, key);
      if (clean && shape !== undefined && !leafPasses(shape, leaf)) clean = false;
      return leaf;
    }
    // Stryker disable next-line ObjectLiteral: the path is read only when a problem names it
    const here: LazyPath = key === undefined ? at : { parent: at, key };
    if (ancestors.includes(value)) {
      report(problem(pathOf(here), 'cycle'));
      return undefined;
    }
    if (depth >= INPUT_LIMITS.depth) {
      report(problem(pathOf(here), 'too_deep', { limit: INPUT_LIMITS.depth }));
      return undefined;
    }
    ancestors.push(value);
    try {
      // A shape is followed only while the copy can still be clean.
      const follow = clean ? shape : undefined;
      if (Array.isArray(value)) return readArray(value, here, depth, follow);
      return readObject(value, here, depth, follow);
    } catch {
      // A Proxy trap that throws, or a revoked Proxy: this value cannot be read.
      report(problem(pathOf(here), 'unreadable'));
      return undefined;
    } finally {
      ancestors.pop();
    }
  };

  const readLeaf = (value: unknown, at: LazyPath, key: string | number | undefined): Json | undefined => {
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (value.length <= INPUT_LIMITS.stringLength) return value;
      report(problem(pathOf(at, key), 'too_large', { limit: INPUT_LIMITS.stringLength }));
      return undefined;
    }
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      report(problem(pathOf(at, key), 'not_finite'));
      return undefined;
    }
    report(problem(pathOf(at, key), 'unreadable'));
    return undefined;
  };

  /** One member, read once; a getter that throws is reported at the member's path. */
  const member = (owner: object, key: string | number, at: LazyPath, depth: number, shape: Shape | undefined) => {
    let value: unknown;
    try {
      value = (owner as Record<string | number, unknown>)[key];
    } catch {
      report(problem(pathOf(at, key), 'unreadable'));
      return undefined;
    }
    return read(value, at, key, depth + 1, shape);
  };

  const readArray = (value: unknown[], at: LazyPath, depth: number, shape: Shape | undefined): Json | undefined => {
    const length = value.length;
    if (length > INPUT_LIMITS.arrayLength) {
      report(problem(pathOf(at), 'too_large', { limit: INPUT_LIMITS.arrayLength }));
      return undefined;
    }
    // An array where the shape wants one is tested item by item; anything else whole, below.
    const element = shape?.element;
    const out: Json[] = [];
    for (let i = 0; i < length; i++) {
      const item = member(value, i, at, depth, element);
      if (item !== undefined) out.push(item);
      else {
        out.push(null);
        if (clean && element !== undefined && !element.test(null)) clean = false;
      }
    }
    // Its items tested, the array's own checks (lengths) remain; anything else is tested whole.
    if (clean && shape !== undefined)
      clean = element !== undefined ? (shape.passes as (v: unknown) => boolean)(out) : shape.test(out);
    return out;
  };

  const readObject = (value: object, at: LazyPath, depth: number, shape: Shape | undefined): Json | undefined => {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      report(
        problem(pathOf(at), 'invalid_type', {
          expected: { zh: 'JSON 数据', en: 'JSON data' },
          received: typeName(value),
        }),
      );
      return undefined;
    }
    // An object where the shape wants a strict object is tested field by field; anything else whole, below.
    const fields = shape?.fields;
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        report(problem(pathOf(at, key), 'forbidden_key', { key }, 'warning'));
        continue;
      }
      let field: Shape | undefined;
      if (fields !== undefined) {
        field = fields.get(key);
        // A field the schema does not have: a warning zod's way will report.
        if (field === undefined) clean = false;
      }
      const item = member(value, key, at, depth, field);
      if (item !== undefined) out[key] = item;
    }
    if (clean && shape !== undefined)
      clean =
        fields !== undefined
          ? requiredPresent(shape.required ?? [], out) && (shape.passes as (v: unknown) => boolean)(out)
          : shape.test(out);
    return out;
  };

  // Every read of the caller's objects is inside read's own try: nothing here throws.
  const value = read(raw, null, undefined, 0, shape);
  if (clean && value === undefined) clean = (shape as Shape).test(undefined);
  return { value, problems: problems === undefined ? [] : problems.list(), clean };
}

// valueAt and removeAt follow zod's issue paths, which always lead through objects and
// arrays: their guards are defensive, so that a surprise is a no-op rather than a throw.
function valueAt(root: Json | undefined, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: defensive (see above)
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

function removeAt(root: Json | undefined, path: readonly PropertyKey[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: defensive (see above)
  if (parent === null || typeof parent !== 'object' || key === undefined) return;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an array's keys in an issue path are numbers
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<PropertyKey, unknown>)[key as string];
}

/** A short, safe rendering of any value for a message (no toString of the caller's objects). */
export function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value; // 'undefined' included
}

const issuePath = (issue: z.core.$ZodIssue) => issue.path as (string | number)[];

/**
 * An enum's allowed values in words, from the subject's field labels ('创业服务机构'), so a
 * message an official reads names no code; the values themselves where no label is known.
 */
function optionsOf(values: readonly unknown[], path: readonly PropertyKey[], labels: FieldLabels | undefined) {
  const pattern = pathPattern(path.map((k) => (typeof k === 'number' ? k : String(k))));
  const owner = pattern.endsWith('[]') ? pattern.slice(0, -2) : pattern;
  const words = labels?.fields[pattern]?.values ?? labels?.fields[owner]?.values;
  const named: Bilingual[] = [];
  for (const v of values) {
    const label = words && Object.hasOwn(words, String(v)) ? words[String(v)] : undefined;
    if (!label) return values.map((x) => String(x)).join(' | ');
    named.push({ zh: `“${label.zh}”`, en: `"${label.en}"` });
  }
  return named;
}

function toProblems(issue: z.core.$ZodIssue, root: Json | undefined, labels?: FieldLabels): InputProblem[] {
  const path = issuePath(issue);
  const received = typeName(valueAt(root, path));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem([...path, key], 'unknown_key', { key }, 'warning'));
    case 'invalid_type':
      if (issue.expected === 'int') return [problem(path, 'not_integer')];
      return [problem(path, 'invalid_type', { expected: TYPE_NAMES[issue.expected] ?? issue.expected, received })];
    case 'invalid_format':
      return [
        issue.format === 'date'
          ? problem(path, 'invalid_date')
          : problem(path, 'invalid_input', { detail: issue.message }),
      ];
    case 'too_small':
      return [
        issue.origin === 'number' && Number(issue.minimum) === 0
          ? problem(path, 'negative')
          : problem(path, 'invalid_input', { detail: issue.message }),
      ];
    case 'too_big':
      return [problem(path, 'too_large', { limit: String(issue.maximum) })];
    case 'custom':
      return [
        issue.params?.code === 'invalid_date'
          ? problem(path, 'invalid_date')
          : problem(path, 'invalid_input', { detail: issue.message }),
      ];
    case 'invalid_value':
      return [problem(path, 'invalid_value', { options: optionsOf(issue.values, path, labels) })];
    default:
      return [problem(path, 'invalid_input', { detail: issue.message })];
  }
}

/**
 * Parses plain data (the library's own copy, from readInput) with a schema. Each issue
 * becomes one problem at its path and its value is dropped (a bad entry of a list: the
 * whole entry), then parsing runs again, so the remaining facts can still be checked: a
 * wrong date in one entry does not hide every other result.
 */
export function parseFacts<F>(
  schema: z.ZodMiniType<F>,
  value: Json | undefined,
  /** The subject's field labels: an enum's problem names the allowed values in words. */
  labels?: FieldLabels,
): { facts: F | undefined; problems: InputProblem[]; dropped: Path[] } {
  const problems = new ProblemList();
  const reported = new Set<string>();
  const dropped: Path[] = [];
  // Entries removed from a list shift the later ones: paths are reported as the input had them.
  const originalIndex = new WeakMap<Json[], number[]>();
  const original = (path: readonly PropertyKey[]): Path => {
    const out: Path = [];
    let v: unknown = current;
    for (const key of path) {
      const index = Array.isArray(v) && typeof key === 'number' ? (originalIndex.get(v)?.[key] ?? key) : key;
      out.push(index as string | number);
      v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key as string] : undefined;
    }
    return out;
  };
  const remove = (path: readonly PropertyKey[]): void => {
    const parent = valueAt(current, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === 'number') {
      const indices = originalIndex.get(parent) ?? parent.map((_, i) => i);
      indices.splice(key, 1);
      originalIndex.set(parent, indices);
    }
    removeAt(current, path);
  };

  const current: Json = value === undefined ? {} : value;
  for (let pass = 0; pass < 8; pass++) {
    const result = z.safeParse(schema, current);
    if (result.success) return { facts: result.data, problems: problems.list(), dropped };
    const removals: (readonly PropertyKey[])[] = [];
    for (const issue of result.error.issues) {
      const at = issuePath(issue);
      const key = JSON.stringify(original(at));
      if (issue.code === 'unrecognized_keys') for (const k of issue.keys) removals.push([...at, k]);
      else if (!reported.has(key)) removals.push(at);
      else {
        // The value is gone and still wanted (a required field): inside a list the entry
        // goes whole, so that half an activity does not count as one.
        const entry = entryOf(current, at);
        if (entry.length < at.length) dropped.push(original(entry));
        removals.push(entry);
      }
      if (!reported.has(key)) {
        reported.add(key);
        for (const p of toProblems(issue, current, labels)) problems.add({ ...p, path: original(p.path) });
      }
    }
    if (result.error.issues.some((i) => i.path.length === 0 && i.code !== 'unrecognized_keys')) break;
    // Deepest and highest index first, so a removal never shifts a path still to remove.
    const unique = new Map(removals.map((p) => [JSON.stringify(p), p]));
    for (const p of [...unique.values()].sort((a, b) => comparePaths(b, a))) remove(p);
  }
  return { facts: undefined, problems: problems.list(), dropped };
}

/** The path of the innermost list entry that holds `path`, or `path` itself outside lists. */
function entryOf(root: Json, path: readonly (string | number)[]): readonly (string | number)[] {
  let v: unknown = root;
  let end = -1;
  for (let i = 0; i < path.length; i++) {
    if (Array.isArray(v) && typeof path[i] === 'number') end = i;
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[path[i] as string] : undefined;
  }
  return end >= 0 ? path.slice(0, end + 1) : path;
}
