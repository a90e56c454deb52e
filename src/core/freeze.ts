/**
 * Freezes plain data (objects, arrays) and everything reachable from it, so no consumer
 * can change what the next report says. Not for zod schemas, which cache lazily.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
