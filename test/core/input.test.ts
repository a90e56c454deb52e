// Data at the edge (core/input.ts), read directly: every limit on both sides, every kind of
// value that is not JSON data, the path each problem is reported at, and how parseFacts
// drops what is wrong and keeps the rest with the input's own indices.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  comparePaths,
  INPUT_LIMITS,
  PROBLEMS_PER_KIND,
  ProblemList,
  parseFacts,
  preview,
  readInput,
} from '../../src/core/input.js';
import type { InputProblem } from '../../src/core/types.js';

const at = (r: { problems: InputProblem[] }) => r.problems.map((p) => [p.path, p.code, p.severity]);
const nested = (levels: number): unknown => {
  let v: unknown = {};
  for (let i = 1; i < levels; i++) v = { a: v };
  return v;
};

describe('readInput: limits, each on both sides', () => {
  it('a string of 100,000 characters is read; one more is too large, at its path', () => {
    expect(readInput({ s: 'x'.repeat(INPUT_LIMITS.stringLength) }).problems).toEqual([]);
    const r = readInput({ s: 'x'.repeat(INPUT_LIMITS.stringLength + 1) });
    expect(r.value).toEqual({});
    expect(r.problems).toMatchObject([{ path: ['s'], code: 'too_large', severity: 'error' }]);
    expect(r.problems[0]?.message.en).toBe('Too large: at most 100000 items');
  });
  it('a list of 10,000 entries is read; one more is too large', () => {
    expect(readInput(new Array(INPUT_LIMITS.arrayLength).fill(1)).problems).toEqual([]);
    const r = readInput({ list: new Array(INPUT_LIMITS.arrayLength + 1).fill(1) });
    expect(at(r)).toEqual([[['list'], 'too_large', 'error']]);
    expect(r.problems[0]?.message.en).toContain('10000');
  });
  it('32 levels of nesting are read; the 33rd is too deep', () => {
    expect(readInput(nested(INPUT_LIMITS.depth)).problems).toEqual([]);
    const r = readInput(nested(INPUT_LIMITS.depth + 1));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'too_deep', path: new Array(INPUT_LIMITS.depth).fill('a') });
    expect(r.problems[0]?.message.en).toBe('Nested too deeply: at most 32 levels');
  });
  it('200,000 values are read; past that, one problem for the whole input', () => {
    // The list, 19 lists of 9,999 entries and one of 9,998: 1 + 19 × 10,000 + 9,999 = 200,000 values.
    const big = [...Array.from({ length: 19 }, () => new Array(9_999).fill(0)), new Array(9_998).fill(0)];
    expect(readInput(big).problems).toEqual([]);
    // Two lists past the limit (each skipped whole): still one problem.
    big.push([0, 0, 0], [0]);
    const r = readInput(big);
    expect(at(r)).toEqual([[[], 'too_large', 'error']]);
    expect(r.problems[0]?.message.en).toContain('200000');
  });
});

describe('readInput: what is not JSON data', () => {
  it('numbers that are not finite', () => {
    const r = readInput({ a: Number.NaN, b: Number.POSITIVE_INFINITY, c: 1.5 });
    expect(r.value).toEqual({ c: 1.5 });
    expect(at(r)).toEqual([
      [['a'], 'not_finite', 'error'],
      [['b'], 'not_finite', 'error'],
    ]);
  });
  it('functions, symbols and bigints cannot be read', () => {
    const r = readInput({ f: () => 1, s: Symbol('x'), n: 1n, ok: true, nil: null });
    expect(r.value).toEqual({ ok: true, nil: null });
    expect(at(r)).toEqual([
      [['f'], 'unreadable', 'error'],
      [['n'], 'unreadable', 'error'],
      [['s'], 'unreadable', 'error'],
    ]);
  });
  it('objects of a class are not JSON data; an object without prototype is', () => {
    const r = readInput({ d: new Date(0), m: new Map(), plain: Object.create(null) });
    expect(r.value).toEqual({ plain: {} });
    expect(r.problems.map((p) => [p.path, p.code, p.message.en])).toEqual([
      [['d'], 'invalid_type', 'Wrong type: expected JSON data, received Date object'],
      [['m'], 'invalid_type', 'Wrong type: expected JSON data, received object'],
    ]);
  });
  it('says in Chinese too what it expected', () => {
    expect(readInput({ d: new Date(0) }).problems[0]?.message.zh).toBe('类型错误：应为JSON 数据，实际为Date 对象');
  });
  it('a cycle is reported where it closes; the same object twice, not a cycle, is read twice', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(at(readInput(loop))).toEqual([[['self'], 'cycle', 'error']]);
    const shared = { x: 1 };
    const twice = readInput({ a: shared, b: [shared] });
    expect(twice.problems).toEqual([]);
    expect(twice.value).toEqual({ a: { x: 1 }, b: [{ x: 1 }] });
  });
  it('keys that reach a prototype are dropped with a warning', () => {
    const r = readInput(JSON.parse('{"__proto__": {"x": 1}, "a": {"constructor": 1, "prototype": 2, "b": 3}}'));
    expect(r.value).toEqual({ a: { b: 3 } });
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(at(r)).toEqual([
      [['__proto__'], 'forbidden_key', 'warning'],
      [['a', 'constructor'], 'forbidden_key', 'warning'],
      [['a', 'prototype'], 'forbidden_key', 'warning'],
    ]);
    expect(r.problems[0]?.message.en).toBe('Field name "__proto__" is not allowed, ignored');
  });
  it('a getter that throws is reported at its member; a Proxy that throws, at the Proxy', () => {
    const getter = Object.defineProperty({ ok: 1 }, 'bad', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const r = readInput({ g: getter });
    expect(r.value).toEqual({ g: { ok: 1 } });
    expect(at(r)).toEqual([[['g', 'bad'], 'unreadable', 'error']]);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(at(readInput({ p: trap, list: [1, trap] }))).toEqual([
      [['list', 1], 'unreadable', 'error'],
      [['p'], 'unreadable', 'error'],
    ]);
    expect(readInput(trap)).toMatchObject({ value: undefined, problems: [{ path: [], code: 'unreadable' }] });
  });
  it('an array with holes or undefined reads them as null; an object drops undefined members', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is tested
    expect(readInput([1, , undefined, 2]).value).toEqual([1, null, null, 2]);
    expect(Object.keys(readInput({ a: undefined, b: 0 }).value as object)).toEqual(['b']);
    expect(readInput(undefined)).toEqual({ value: undefined, problems: [] });
  });
  it('always a copy: the caller’s objects are never returned', () => {
    const input = { a: [{ b: 1 }] };
    const r = readInput(input);
    expect(r.value).toEqual(input);
    expect(r.value).not.toBe(input);
    expect((r.value as typeof input).a).not.toBe(input.a);
  });
});

describe('ProblemList', () => {
  const p = (code: string, path: (string | number)[], severity: 'error' | 'warning' = 'error'): InputProblem => ({
    path,
    code,
    severity,
    message: { zh: code, en: code },
  });
  it('keeps 20 of a kind, then counts the rest in one line, an error if any left out was one', () => {
    const list = new ProblemList();
    for (let i = 0; i < PROBLEMS_PER_KIND; i++) list.add(p('unknown_key', [`k${i}`], 'warning'));
    expect(list.size).toBe(20);
    expect(list.list().some((x) => x.code === 'more_problems')).toBe(false);
    list.add(p('unknown_key', ['k20'], 'warning'));
    list.add(p('unknown_key', ['k21'], 'warning'));
    expect(list.size).toBe(21);
    const out = list.list();
    expect(out).toHaveLength(21);
    expect(out[20]).toMatchObject({ path: [], code: 'more_problems', severity: 'warning' });
    expect(out[20]?.message.en).toBe('2 more problems of this kind (unknown_key) are not listed one by one');
    list.add(p('unknown_key', ['k22'], 'error'));
    expect(list.list()[20]).toMatchObject({ severity: 'error' });
  });
  it('lists in the input’s order of paths; hasError sees an error among those kept', () => {
    const list = new ProblemList();
    list.addAll([p('b', ['x', 10], 'warning'), p('a', ['x', 2], 'warning')]);
    expect(list.hasError()).toBe(false);
    list.add(p('c', ['a']));
    expect(list.hasError()).toBe(true);
    expect(list.list().map((x) => x.path)).toEqual([['a'], ['x', 2], ['x', 10]]);
  });
});

describe('preview and comparePaths', () => {
  it('preview quotes strings up to 40 characters and names any other object by its type', () => {
    expect(preview('x'.repeat(50))).toBe(JSON.stringify('x'.repeat(40)));
    expect([preview(1.5), preview(false), preview(null), preview(undefined)]).toEqual([
      '1.5',
      'false',
      'null',
      'undefined',
    ]);
    expect([preview({ toString: () => 'boom' }), preview(() => 1), preview(1n)]).toEqual([
      'object',
      'function',
      'bigint',
    ]);
  });
  it('comparePaths: indices by number, keys by name, a parent before its children', () => {
    expect(comparePaths(['a', 2], ['a', 10])).toBeLessThan(0);
    expect(comparePaths(['a', 10], ['a', 2])).toBeGreaterThan(0);
    expect(comparePaths(['b'], ['a', 1])).toBeGreaterThan(0);
    expect(comparePaths(['a'], ['b'])).toBeLessThan(0);
    expect(comparePaths(['a'], ['a', 0])).toBeLessThan(0);
    expect(comparePaths(['a', 0], ['a'])).toBeGreaterThan(0);
    expect(comparePaths(['a', 1], ['a', 1])).toBe(0);
    expect(comparePaths(['a', 1], ['a', 'b'])).toBeLessThan(0);
    expect(comparePaths(['a', 'b'], ['a', 1])).toBeGreaterThan(0);
  });
});

describe('parseFacts', () => {
  const entry = z.object({ date: z.iso.date(), n: z.optional(z.int().check(z.nonnegative())) });
  const schema = z.strictObject({
    name: z.optional(z.string()),
    kind: z.optional(z.enum(['a', 'b'])),
    size: z.optional(z.number().check(z.maximum(10))),
    list: z.optional(z.array(entry)),
  });
  it('valid data: the facts, no problem, nothing dropped; no value is an empty record', () => {
    expect(parseFacts(schema, { name: 'x' })).toEqual({ facts: { name: 'x' }, problems: [], dropped: [] });
    expect(parseFacts(schema, undefined)).toEqual({ facts: {}, problems: [], dropped: [] });
  });
  it('each kind of issue is one problem at its path, in words an official reads', () => {
    const r = parseFacts(schema, { name: 1, kind: 'c', size: 11, extra: true, list: [{ date: '2026-02-30', n: -1 }] });
    expect(r.problems.map((p) => [p.path, p.code, p.severity, p.message.en])).toEqual([
      [['extra'], 'unknown_key', 'warning', 'Unknown field "extra", ignored (a typo?)'],
      [['kind'], 'invalid_value', 'error', 'Invalid value: expected one of a | b'],
      [
        ['list', 0, 'date'],
        'invalid_date',
        'error',
        'Invalid date: expected a real YYYY-MM-DD date (such as 2026-02-28)',
      ],
      [['list', 0, 'n'], 'negative', 'error', 'Must not be negative'],
      [['name'], 'invalid_type', 'error', 'Wrong type: expected string, received number'],
      [['size'], 'too_large', 'error', 'Too large: at most 10 items'],
    ]);
    expect(parseFacts(schema, { list: [{ date: '2026-01-01', n: 1.5 }] }).problems).toMatchObject([
      { path: ['list', 0, 'n'], code: 'not_integer' },
    ]);
    expect(parseFacts(schema, { list: {} }).problems[0]?.message.en).toBe(
      'Wrong type: expected array, received object',
    );
  });
  it('what it received, in words: null, nothing, a list', () => {
    const received = (value: unknown) =>
      parseFacts(z.strictObject({ a: z.string() }), { a: value } as never).problems[0]?.message;
    expect(received(null)).toEqual({
      zh: '类型错误：应为字符串，实际为空值',
      en: 'Wrong type: expected string, received null',
    });
    expect(received(undefined)?.en).toBe('Wrong type: expected string, received nothing');
    expect(received(undefined)?.zh).toBe('类型错误：应为字符串，实际为缺失');
    expect(received([])?.en).toBe('Wrong type: expected string, received array');
    // A type the words do not know is named as zod names it.
    expect(parseFacts(z.strictObject({ a: z.bigint() }), { a: 1 }).problems[0]?.message.en).toBe(
      'Wrong type: expected bigint, received number',
    );
  });
  it('issues without words of their own say what zod says, as invalid input', () => {
    const detail = (schema: z.ZodMiniType, value: unknown) => {
      const [p, ...rest] = parseFacts(z.strictObject({ a: schema }), { a: value } as never).problems;
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: ['a'], code: 'invalid_input', severity: 'error' });
      expect(p?.message.en).toMatch(/^Invalid input: ./);
      return p?.message.en;
    };
    detail(z.string().check(z.regex(/^\d+$/)), 'x');
    detail(z.number().check(z.minimum(5)), 1);
    detail(z.string().check(z.refine(() => false)), 'x');
    detail(z.union([z.string(), z.number()]), true);
  });
  it('a bad entry of a list goes whole, reported with the input’s own index; the rest is kept', () => {
    const list = [{ date: '2026-01-01' }, { n: 1 }, { date: '2026-01-03' }, { date: 'x' }, { date: '2026-01-05' }];
    const r = parseFacts(schema, { list } as never);
    expect(r.facts).toEqual({ list: [{ date: '2026-01-01' }, { date: '2026-01-03' }, { date: '2026-01-05' }] });
    expect(r.problems.map((p) => p.path)).toEqual([
      ['list', 1, 'date'],
      ['list', 3, 'date'],
    ]);
    expect(r.dropped).toEqual([
      ['list', 1],
      ['list', 3],
    ]);
  });
  it('a value that is not an object at all: no facts, one problem at the root', () => {
    const r = parseFacts(schema, 'x');
    expect(r.facts).toBeUndefined();
    expect(r.problems).toMatchObject([{ path: [], code: 'invalid_type' }]);
    expect(r.problems[0]?.message.en).toBe('Wrong type: expected object, received string');
  });
});
