import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { guardOf, shapeOf } from '../../src/core/guard.js';
import { readInput, readTested } from '../../src/core/input.js';
import { studioSchema as nationalSchema } from '../../src/policies/national/schema.js';
import { expertSchema as taiyuanSchema } from '../../src/policies/taiyuan/schema.js';
import { studioSchema as tianjinSchema, yearRecordSchema } from '../../src/policies/tianjin/schema.js';
import { arbitraryHostile, arbitraryNationalStudio, leafPaths, mutateAt } from '../helpers/arbitraries.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
const cases = [
  { name: 'national studio', schema: nationalSchema, example: read('national/eligible-studio.json') },
  { name: 'tianjin studio', schema: tianjinSchema, example: read('tianjin/studio-application.json') },
  { name: 'tianjin year', schema: yearRecordSchema, example: read('tianjin/year-record.json') },
  // Its terms refine across fields (an end not before the appointment).
  { name: 'taiyuan expert', schema: taiyuanSchema, example: read('taiyuan/candidate.json') },
];
/** What the full path accepts: clean JSON (no problem at all) that zod parses. */
const fullPathAccepts = (schema: z.ZodMiniType, x: unknown) => {
  const r = readInput(x);
  return r.problems.length === 0 && z.safeParse(schema, r.value).success;
};

describe.each(cases)('the guard of the $name schema', ({ schema, example }) => {
  const guard = guardOf(schema);
  it('compiles, and accepts the example (so the fast path is really taken)', () => {
    expect(guard).not.toBeNull();
    expect(guard?.(example)).toBe(true);
  });
  it('property: never accepts what the full path would reject (any value)', () => {
    fc.assert(
      fc.property(arbitraryHostile, (x) => {
        if (guard?.(x)) expect(fullPathAccepts(schema, x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: never accepts what the full path would reject (the example with one value replaced)', () => {
    const paths = leafPaths(example);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), arbitraryHostile, (pick, cut, replacement) => {
        const path = paths[pick % paths.length] as (string | number)[];
        const x = mutateAt(example, path.slice(0, 1 + (cut % path.length)), replacement);
        expect(guard?.(x)).toBe(guard?.(x) && fullPathAccepts(schema, x));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The one-pass test (readTested) must say what the guard says of readInput's copy. */
const testedAsGuarded = (schema: z.ZodMiniType, x: unknown) => {
  const tested = readTested(x, shapeOf(schema) ?? undefined);
  const read = readInput(x);
  expect(tested.value).toEqual(read.value);
  expect(tested.problems).toEqual(read.problems);
  expect(tested.clean).toBe(read.problems.length === 0 && (guardOf(schema)?.(read.value) ?? false));
  return tested.clean;
};

describe.each(cases)('read and tested in one pass, the $name schema', ({ schema, example }) => {
  it('the example is clean', () => {
    expect(testedAsGuarded(schema, example)).toBe(true);
  });
  it('property: the one pass says what the guard says of the copy (any value)', () => {
    fc.assert(
      fc.property(arbitraryHostile, (x) => {
        testedAsGuarded(schema, x);
      }),
      { numRuns: 500 },
    );
  });
  it('property: the one pass says what the guard says of the copy (the example with one value replaced)', () => {
    const paths = leafPaths(example);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), arbitraryHostile, (pick, cut, replacement) => {
        const path = paths[pick % paths.length] as (string | number)[];
        testedAsGuarded(schema, mutateAt(example, path.slice(0, 1 + (cut % path.length)), replacement));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('read and tested in one pass: each kind, where the copy differs from the value', () => {
  it.each([
    ['a missing required field', z.strictObject({ a: z.int() }), {}, false],
    ['a required field given undefined', z.strictObject({ a: z.int() }), { a: undefined }, false],
    ['an optional field given undefined', z.strictObject({ a: z.optional(z.int()) }), { a: undefined }, true],
    ['an unknown field', z.strictObject({ a: z.int() }), { a: 1, b: 1 }, false],
    ['an array item undefined (read as null)', z.array(z.int()), [1, undefined], false],
    ['an array too long', z.array(z.int()).check(z.maxLength(1)), [1, 2], false],
    ['an array where an object is wanted', z.strictObject({ a: z.int() }), [1], false],
    ['an object where an array is wanted', z.array(z.int()), { 0: 1 }, false],
    ['an object in a union', z.union([z.strictObject({ a: z.int() }), z.int()]), { a: 1 }, true],
    ['a record', z.record(z.string(), z.int()), { a: 1, b: 2 }, true],
    ['nothing at all', z.strictObject({}), undefined, false],
    ['nothing, optional', z.optional(z.strictObject({})), undefined, true],
    ['a forbidden key', z.record(z.string(), z.int()), JSON.parse('{"__proto__": 1}'), false],
    ['a null prototype', z.strictObject({ a: z.int() }), Object.assign(Object.create(null), { a: 1 }), true],
    [
      'an object refined across its fields, the refinement met',
      z.strictObject({ from: z.int(), to: z.int() }).check(z.refine((o) => o.to >= o.from)),
      { from: 1, to: 1 },
      true,
    ],
    [
      'an object refined across its fields, the refinement not met',
      z.strictObject({ from: z.int(), to: z.int() }).check(z.refine((o) => o.to >= o.from)),
      { from: 2, to: 1 },
      false,
    ],
    // The leaves tested without a call, each on both sides.
    ['a string at its most characters', z.strictObject({ a: z.string().check(z.maxLength(3)) }), { a: 'abc' }, true],
    ['a string one character over', z.strictObject({ a: z.string().check(z.maxLength(3)) }), { a: 'abcd' }, false],
    ['a number for a string', z.strictObject({ a: z.string().check(z.maxLength(3)) }), { a: 1 }, false],
    ['a string of any length', z.strictObject({ a: z.string() }), { a: 'x'.repeat(1000) }, true],
    ['a number for a string of any length', z.strictObject({ a: z.string() }), { a: 1 }, false],
    ['a string failing another check', z.strictObject({ a: z.string().check(z.regex(/^\d+$/)) }), { a: 'x' }, false],
    ['a string passing another check', z.strictObject({ a: z.string().check(z.regex(/^\d+$/)) }), { a: '12' }, true],
    [
      'a string within its length, failing its other check',
      z.strictObject({ a: z.string().check(z.maxLength(5), z.regex(/^\d+$/)) }),
      { a: 'abc' },
      false,
    ],
    [
      'a string passing both its checks',
      z.strictObject({ a: z.string().check(z.maxLength(5), z.regex(/^\d+$/)) }),
      { a: '123' },
      true,
    ],
    ['a boolean', z.strictObject({ a: z.boolean() }), { a: false }, true],
    ['a string for a boolean', z.strictObject({ a: z.boolean() }), { a: 'false' }, false],
    ['an enum value', z.strictObject({ a: z.enum(['x', 'y']) }), { a: 'y' }, true],
    ['a value not in the enum', z.strictObject({ a: z.enum(['x', 'y']) }), { a: 'z' }, false],
    ['a boolean for an enum', z.strictObject({ a: z.enum(['x', 'y']) }), { a: true }, false],
  ] as const)('%s', (_, schema, value, clean) => {
    expect(testedAsGuarded(schema, value)).toBe(clean);
  });
  it('without a shape, nothing is clean', () => {
    expect(readTested({}).clean).toBe(false);
  });
});

describe('the national guard on generated valid applications', () => {
  it('accepts them as they arrive from JSON (so they take the fast path)', () => {
    const guard = guardOf(nationalSchema);
    fc.assert(
      fc.property(arbitraryNationalStudio, (app) => {
        const json = JSON.parse(JSON.stringify(app));
        expect(guard?.(json)).toBe(true);
        expect(fullPathAccepts(nationalSchema, json)).toBe(true);
      }),
    );
  });
});

it('declines prototype tricks, unknown and forbidden keys', () => {
  const guard = guardOf(nationalSchema);
  expect(guard?.(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(false);
  expect(guard?.({ staf: [] })).toBe(false);
  expect(guard?.(Object.create({ name: 'x' }))).toBe(false);
  expect(guard?.({ leads: [new Date()] })).toBe(false);
});

describe('each kind the guard compiles, on both sides of what zod accepts', () => {
  // The guard must agree with zod on every value here: accept what zod accepts (or the fast
  // path is never taken) and decline what zod rejects (or a bad value skips its problem).
  const cases: [string, z.ZodMiniType, unknown[], unknown[]][] = [
    ['string, max 3', z.string().check(z.maxLength(3)), ['', 'abc'], ['abcd', 1, null]],
    [
      'number, 0 ≤ n ≤ 10',
      z.number().check(z.minimum(0), z.maximum(10)),
      [0, 10, 5.5],
      [-0.01, 10.01, Number.NaN, '1'],
    ],
    ['number, 0 < n < 10', z.number().check(z.positive(), z.lt(10)), [0.01, 9.99], [0, 10]],
    ['int', z.int(), [0, -3, 2 ** 53 - 1], [1.5, 2 ** 53, Number.POSITIVE_INFINITY]],
    ['boolean', z.boolean(), [true, false], [0, 'true']],
    ['enum', z.enum(['a', 'b']), ['a', 'b'], ['c', 0, undefined]],
    ['optional', z.optional(z.string()), [undefined, 'x'], [null, 1]],
    ['array, max 2', z.array(z.int()).check(z.maxLength(2)), [[], [1, 2]], [[1, 2, 3], [1.5], 'ab', { length: 0 }]],
    ['union', z.union([z.string(), z.int()]), ['x', 1], [1.5, true]],
    ['record', z.record(z.string(), z.int()), [{}, { a: 1 }], [{ a: 1.5 }, [], null, Object.create({ a: 1 })]],
    ['pattern', z.string().check(z.regex(/^\d{4}$/)), ['2026'], ['202', '20266', 'abcd']],
    ['refinement', z.string().check(z.refine((s) => s.startsWith('x'))), ['xy'], ['yx']],
    [
      'strict object refined across its fields',
      z.strictObject({ from: z.int(), to: z.int() }).check(z.refine((o) => o.to >= o.from)),
      [
        { from: 1, to: 1 },
        { from: 1, to: 2 },
      ],
      [{ from: 2, to: 1 }, { from: 1 }, { from: 1, to: 2, x: 0 }],
    ],
    [
      'strict object',
      z.strictObject({ a: z.int(), b: z.optional(z.string()) }),
      [{ a: 1 }, { a: 1, b: 'x' }],
      [{}, { a: 1, c: 1 }, { a: '1' }, [], null],
    ],
  ];
  it.each(cases)('%s', (_, schema, accepted, rejected) => {
    const guard = guardOf(schema);
    expect(guard).not.toBeNull();
    for (const v of accepted) {
      expect(fullPathAccepts(schema, v)).toBe(true);
      expect(guard?.(v)).toBe(true);
    }
    for (const v of rejected) {
      expect(fullPathAccepts(schema, v)).toBe(false);
      expect(guard?.(v)).toBe(false);
    }
  });
  it('declines to compile what it does not know: a loose object, an async or unknown check, a date format', () => {
    expect(guardOf(z.object({ a: z.string() }))).toBeNull();
    expect(guardOf(z.strictObject({ a: z.date() }))).toBeNull();
    expect(guardOf(z.array(z.date()))).toBeNull();
    expect(guardOf(z.optional(z.date()))).toBeNull();
    expect(guardOf(z.union([z.string(), z.date()]))).toBeNull();
    expect(guardOf(z.record(z.string(), z.date()))).toBeNull();
    expect(guardOf(z.record(z.string().check(z.minLength(2)), z.int()))).toBeNull();
    expect(guardOf(z.string().check(z.minLength(2)))).toBeNull();
    expect(guardOf(z.number().check(z.multipleOf(2)))).toBeNull();
  });
  it('declines what the full path warns about or zod refuses, even where the shape would pass', () => {
    const record = guardOf(z.record(z.string(), z.int()));
    for (const key of ['__proto__', 'constructor', 'prototype'])
      expect(record?.(JSON.parse(`{"${key}": 1}`)), key).toBe(false);
    class List extends Array {}
    expect(guardOf(z.array(z.int()))?.(List.from([1]))).toBe(false);
    expect(guardOf(z.float32())).toBeNull();
  });
  it('a pattern with the g flag answers the same every time (no lastIndex carried over)', () => {
    const guard = guardOf(z.string().check(z.regex(/^\d{4}$/g)));
    expect([guard?.('2026'), guard?.('2026'), guard?.('2026')]).toEqual([true, true, true]);
  });
  it('is compiled once per schema', () => {
    const schema = z.string();
    expect(guardOf(schema)).toBe(guardOf(schema));
  });
});
