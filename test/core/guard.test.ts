import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { guardOf } from '../../src/core/guard.js';
import { readInput } from '../../src/core/input.js';
import { studioSchema as nationalSchema } from '../../src/policies/national/schema.js';
import { studioSchema as tianjinSchema, yearRecordSchema } from '../../src/policies/tianjin/schema.js';
import { arbitraryHostile, arbitraryNationalStudio, leafPaths, mutateAt } from '../helpers/arbitraries.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
const cases = [
  { name: 'national studio', schema: nationalSchema, example: read('national/eligible-studio.json') },
  { name: 'tianjin studio', schema: tianjinSchema, example: read('tianjin/studio-application.json') },
  { name: 'tianjin year', schema: yearRecordSchema, example: read('tianjin/year-record.json') },
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
