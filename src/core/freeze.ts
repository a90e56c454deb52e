// Exported data is shared by every caller in a process: one module's assignment must not
// change another's verdicts. So every exported value is frozen, all the way down, when it
// is defined.

/** zod schemas fill their caches lazily, so they stay unfrozen; nothing of theirs is policy data. */
function isSchema(value: object): boolean {
  return Object.hasOwn(value, '_zod') || Object.hasOwn(value, '~standard');
}

/**
 * Freezes `value` and every object and array it holds (functions are frozen, not entered;
 * an accessor is not called: it is how a frozen object hands out a fresh value).
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'function') {
      // A function declaration's own prototype object is reachable data too.
      const proto = Object.getOwnPropertyDescriptor(v, 'prototype')?.value;
      if (proto !== null && typeof proto === 'object') Object.freeze(proto);
      Object.freeze(v);
      continue;
    }
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || isSchema(v)) continue;
    if (v instanceof Map || v instanceof Set || v instanceof WeakMap || ArrayBuffer.isView(v)) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}
