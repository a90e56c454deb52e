// The arguments of this policy's exported helpers, checked: a helper handed something it
// cannot read throws the library's typed error naming the argument, never a bare TypeError.
import type * as z from 'zod/mini';
import { isIsoDate } from '../../calendar/date.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { parseFacts, readInput } from '../../core/input.js';
import { textValues } from '../../core/parameters.js';
import type { RuleContext } from '../../core/types.js';

/** A value read by `schema` (a copy: the caller's object is read once), or a `YYYY-MM-DD` date when `schema` is null. */
export function parsedArgument<F>(schema: z.ZodMiniType<F>, value: unknown, name: string): F;
export function parsedArgument(schema: null, value: unknown, name: string): string;
export function parsedArgument<F>(schema: z.ZodMiniType<F> | null, value: unknown, name: string): F | string {
  if (schema === null) {
    if (isIsoDate(value)) return value;
    throw new InvalidArgumentError(name, 'a YYYY-MM-DD date', value);
  }
  const read = readInput(value);
  const parsed = parseFacts(schema, read.value);
  if (parsed.facts === undefined || read.problems.concat(parsed.problems).some((p) => p.severity === 'error'))
    throw new InvalidArgumentError(name, 'a value its schema accepts', value);
  return parsed.facts;
}

/** A plain copy of an options-like object (read once, so a getter or Proxy cannot throw later), or the typed error. */
export function plainArgument(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined) return {};
  const read = readInput(value);
  const v = read.value;
  if (read.problems.some((p) => p.severity === 'error') || v === null || typeof v !== 'object' || Array.isArray(v))
    throw new InvalidArgumentError(name, 'a plain object', value);
  return v as Record<string, unknown>;
}

/** A string argument, or the typed error. */
export function textArgument(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  throw new InvalidArgumentError(name, 'a string', value);
}

/** The parameter lookup of a context the caller passes: its `param` function, else the text's values. */
export function readParam(context: unknown): RuleContext['param'] {
  const f = readField(context, 'param', 'context');
  return typeof f === 'function' ? (f as RuleContext['param']) : textValues;
}

/** One field of an object argument, read once; a getter or Proxy that throws is the typed error. */
export function readField(value: unknown, key: string, name: string): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') throw new InvalidArgumentError(name, 'an object', value);
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    throw new InvalidArgumentError(name, 'an object whose properties can be read', value);
  }
}
