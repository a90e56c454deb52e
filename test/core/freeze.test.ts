import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the same value', () => {
    const value = { a: [{ b: 1 }], c: { d: ['x'] } };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
    expect(() => {
      (value.c.d as string[]).push('y');
    }).toThrow(TypeError);
  });
  it('leaves primitives alone and tolerates cycles', () => {
    expect(deepFreeze(3)).toBe(3);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(Object.isFrozen(deepFreeze(cyclic))).toBe(true);
  });
});
