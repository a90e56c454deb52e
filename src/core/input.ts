// Data at the edge: anything a caller passes is read defensively into plain JSON data,
// then by the subject's zod schema. Nothing here throws on bad data: each problem
// becomes an InputProblem with a path, and the offending value is dropped so the rest
// can still be checked.
import * as z from 'zod/mini';
import { render } from './messages.js';
import type { InputProblem } from './types.js';

export const INPUT_LIMITS = {
  /** Deepest nesting read. */
  depth: 32,
  /** Longest array read. */
  arrayLength: 10_000,
  /** Most values (objects, arrays and leaves) read in one input. */
  nodes: 200_000,
  /** Longest string read. */
  stringLength: 100_000,
} as const;

/** Keys that could reach an object's prototype if a consumer copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

/**
 * Whether `value` is already plain JSON data within INPUT_LIMITS, with no key to drop:
 * the common case, checked without allocating, so it can be handed on as it is.
 */
function isCleanJson(root: unknown): boolean {
  let nodes = 0;
  const walk = (value: unknown, depth: number): boolean => {
    if (++nodes > INPUT_LIMITS.nodes) return false;
    switch (typeof value) {
      case 'boolean':
        return true;
      case 'string':
        return value.length <= INPUT_LIMITS.stringLength;
      case 'number':
        return Number.isFinite(value);
      case 'object': {
        if (value === null) return true;
        if (depth >= INPUT_LIMITS.depth) return false;
        if (Array.isArray(value)) {
          if (value.length > INPUT_LIMITS.arrayLength) return false;
          for (let i = 0; i < value.length; i++) if (!walk(value[i], depth + 1)) return false;
          return true;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) return false;
        for (const key in value) {
          if (key === '__proto__' || key === 'constructor' || key === 'prototype' || !Object.hasOwn(value, key))
            return false;
          if (!walk((value as Record<string, unknown>)[key], depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  };
  return walk(root, 0);
}

/**
 * Reads any value into plain JSON data within INPUT_LIMITS. Clean JSON is returned as
 * it is (nothing here mutates it); anything else is copied, dropping what cannot be read.
 */
export function readInput(raw: unknown): { value: Json | undefined; problems: InputProblem[] } {
  try {
    if (raw !== undefined && isCleanJson(raw)) return { value: raw as Json, problems: [] };
  } catch {
    // A throwing getter or Proxy trap: read it the slow way, which reports it.
  }
  return copyInput(raw);
}

function copyInput(raw: unknown): { value: Json | undefined; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let nodes = 0;
  let overflow = false;

  const read = (value: unknown, path: Path, depth: number): Json | undefined => {
    if (++nodes > INPUT_LIMITS.nodes) {
      if (!overflow) problems.push(problem([], 'too_large', { limit: INPUT_LIMITS.nodes }));
      overflow = true;
      return undefined;
    }
    if (value === undefined) return undefined;
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (value.length <= INPUT_LIMITS.stringLength) return value;
      problems.push(problem(path, 'too_large', { limit: INPUT_LIMITS.stringLength }));
      return undefined;
    }
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      problems.push(problem(path, 'not_finite'));
      return undefined;
    }
    if (typeof value !== 'object') {
      problems.push(problem(path, 'unreadable'));
      return undefined;
    }
    if (depth >= INPUT_LIMITS.depth) {
      problems.push(problem(path, 'too_deep', { limit: INPUT_LIMITS.depth }));
      return undefined;
    }
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.arrayLength) {
        problems.push(problem(path, 'too_large', { limit: INPUT_LIMITS.arrayLength }));
        return undefined;
      }
      const out: Json[] = [];
      for (let i = 0; i < value.length; i++) {
        const item = read(value[i], [...path, i], depth + 1);
        out.push(item === undefined ? null : item);
      }
      return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      problems.push(
        problem(path, 'invalid_type', { expected: { zh: 'JSON 数据', en: 'JSON data' }, received: typeName(value) }),
      );
      return undefined;
    }
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(problem([...path, key], 'forbidden_key', { key }, 'warning'));
        continue;
      }
      const item = read((value as Record<string, unknown>)[key], [...path, key], depth + 1);
      if (item !== undefined) out[key] = item;
    }
    return out;
  };

  try {
    return { value: read(raw, [], 0), problems };
  } catch {
    // A throwing getter or Proxy trap: the input cannot be read as data at all.
    return { value: undefined, problems: [...problems, problem([], 'unreadable')] };
  }
}

function valueAt(root: Json | undefined, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

function removeAt(root: Json | undefined, path: readonly PropertyKey[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || key === undefined) return;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<PropertyKey, unknown>)[key as string];
}

/** A short, safe rendering of any value for a message (no toString of the caller's objects). */
export function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  return typeof value;
}

/** Orders paths as the input reads: keys by name, array items by index, parents first. */
export function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function toProblems(issue: z.core.$ZodIssue, root: Json | undefined): InputProblem[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
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
      return [problem(path, 'invalid_value', { options: issue.values.map((v) => String(v)).join(' | ') })];
    default:
      return [problem(path, 'invalid_input', { detail: issue.message })];
  }
}

/**
 * Parses plain data with a schema. Each issue becomes a problem and its value is dropped
 * (unknown keys are warnings), then parsing runs again, so the remaining facts can still
 * be checked: a wrong date in one field does not hide every other result.
 */
export function parseFacts<F>(
  schema: z.ZodMiniType<F>,
  value: Json | undefined,
): { facts: F | undefined; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let current = value === undefined ? {} : value;
  for (let pass = 0; pass < 8; pass++) {
    const result = z.safeParse(schema, current);
    if (result.success) return { facts: result.data, problems };
    for (const issue of result.error.issues) problems.push(...toProblems(issue, current));
    // Dropping values mutates, and readInput hands clean JSON on as the caller's own object.
    if (pass === 0) current = structuredClone(current);
    if (result.error.issues.some((i) => i.path.length === 0 && i.code !== 'unrecognized_keys')) break;
    const paths = result.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [i.path],
    );
    // Deepest and highest index first, so a removal never shifts a path still to remove.
    for (const p of paths.sort((a, b) => comparePaths(b, a))) removeAt(current, p);
  }
  return { facts: undefined, problems };
}
