import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
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

describe('what deepFreeze enters and what it leaves', () => {
  it('freezes a function without entering it, and a frozen object’s members are not entered again', () => {
    const f = Object.assign(() => 1, { table: { a: 1 } });
    deepFreeze({ f });
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.table)).toBe(false);
    const inner = { x: 1 };
    deepFreeze(Object.freeze({ inner }));
    expect(Object.isFrozen(inner)).toBe(false);
  });
  it('leaves zod schemas, maps, sets and typed arrays unfrozen (they fill caches or cannot be frozen)', () => {
    const schema = z.string();
    const map = new Map([[1, { a: 1 }]]);
    const set = new Set([1]);
    const weak = new WeakMap();
    const bytes = new Uint8Array(2);
    const standard = { '~standard': { version: 1 } };
    const value = deepFreeze({ schema, map, set, weak, bytes, standard, nested: { n: null, s: 'x' } });
    for (const v of [schema, map, set, weak, bytes, standard]) expect(Object.isFrozen(v)).toBe(false);
    expect(Object.isFrozen(value.nested)).toBe(true);
  });
  it('enters symbol-keyed members too', () => {
    const key = Symbol('k');
    const inner = { a: 1 };
    deepFreeze({ [key]: inner });
    expect(Object.isFrozen(inner)).toBe(true);
  });
});
