// Exported data is shared by every report and every caller: frozen all the way down, so
// no consumer can change what the next one reads.

/**
 * Freezes a value and everything reachable from it, in place, and returns it. zod
 * schemas are skipped: they cache their own state lazily and must stay writable.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) return;
    if (Object.hasOwn(v, '_zod')) return;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) walk(d.value);
    }
    Object.freeze(v);
  };
  walk(value);
  return value;
}
