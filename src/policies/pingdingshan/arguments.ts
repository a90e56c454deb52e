// The arguments of this policy's exported helpers, checked: a helper handed something it
// cannot read throws the library's typed error naming the argument, never a bare TypeError.
import type * as z from 'zod/mini';
import { isIsoDate } from '../../calendar/date.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { parseFacts, readInput } from '../../core/input.js';

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
