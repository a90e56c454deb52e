// A missing fact is asked for where it lives: every path a result reports as missing is
// an input path that, supplied, decides more (the status moves or the path is no longer
// asked for).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, evaluate } from '../../src/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const AS_OF = '2026-11-22';
const SEED = { seed: 20261129, numRuns: 150 };
type Json = Record<string, unknown>;

/** Every path to a value in the record: objects' keys and array elements, at any depth. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const out: string[][] = [];
  for (const key of Object.keys(value)) {
    const path = [...prefix, key];
    out.push(path);
    for (const p of pathsOf((value as Json)[key], path)) out.push(p);
  }
  return out;
}

const getAt = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), value);

function without(record: unknown, path: string[]): unknown {
  const copy = structuredClone(record) as Json;
  const parent = getAt(copy, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') {
    if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
    else delete (parent as Json)[path.at(-1) as string];
  }
  return copy;
}

/** `record` with the value at `path` taken from `full`, creating parents as needed. */
function supplied(record: unknown, full: unknown, path: string[]): unknown {
  const copy = structuredClone(record) as Json;
  let at: Json = copy;
  path.slice(0, -1).forEach((key, i) => {
    if (at[key] === undefined || at[key] === null || typeof at[key] !== 'object')
      at[key] = Array.isArray(getAt(full, path.slice(0, i + 1))) ? [] : {};
    at = at[key] as Json;
  });
  at[path.at(-1) as string] = structuredClone(getAt(full, path));
  return copy;
}

/**
 * A reported path as keys of `full`: keys may hold dots themselves ('assessments.service.chain'
 * is `assessments` → `service.chain`), so the longest key that fits is taken at each level.
 */
function resolve(full: unknown, path: string): string[] {
  const out: string[] = [];
  let rest = path;
  let at = full;
  while (rest !== '') {
    const keys = at !== null && typeof at === 'object' ? Object.keys(at) : [];
    const key =
      keys.filter((k) => rest === k || rest.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0] ??
      rest.split('.')[0];
    out.push(key as string);
    rest = rest.slice((key as string).length + 1);
    at = at !== null && typeof at === 'object' ? (at as Json)[key as string] : undefined;
  }
  return out;
}

interface Result {
  ruleId: string;
  status: string;
  missing?: string[];
}

function law(full: unknown, run: (record: unknown) => Result[]) {
  const all = pathsOf(full);
  fc.assert(
    fc.property(fc.subarray(all, { minLength: 1, maxLength: 4 }), (removed) => {
      // Remove deepest first, array elements from the end, so earlier removals keep later paths valid.
      const order = [...removed].sort((a, b) => b.length - a.length || b.join('.').localeCompare(a.join('.')));
      const record = order.reduce<unknown>((r, p) => without(r, p), full);
      for (const r of run(record)) {
        if (r.status !== 'unknown') continue;
        expect(r.missing?.length, `${r.ruleId} reports what is missing`).toBeGreaterThan(0);
        for (const path of r.missing ?? []) {
          const parts = resolve(full, path);
          // A path the example fills another way (a start date for declared years) is a real place still.
          const parent = getAt(full, parts.slice(0, -1));
          expect(parts.length === 1 || (parent !== null && typeof parent === 'object'), `${r.ruleId}: ${path}`).toBe(
            true,
          );
          if (getAt(full, parts) === undefined) continue;
          const after = run(supplied(record, full, parts)).find((x) => x.ruleId === r.ruleId);
          const moved = after?.status !== 'unknown' || !(after.missing ?? []).includes(path);
          expect(moved, `${r.ruleId}: supplying ${path} decides more`).toBe(true);
        }
      }
    }),
    SEED,
  );
}

describe('every missing path is the input that decides', () => {
  it('national: the eligible example with facts removed', () => {
    law(read('national/eligible-studio.json'), (a) => check('national', 'studio', a, { asOf: AS_OF }).results);
  });
  it('tianjin: the application with facts removed', () => {
    law(read('tianjin/studio-application.json'), (a) => check('tianjin', 'studio', a, { asOf: AS_OF }).results);
  });
  it('tianjin: the year record with facts removed, items included', () => {
    const period = { from: '2025-06-20', to: '2026-06-19' };
    law(read('tianjin/year-record.json'), (y) => {
      const r = evaluate('tianjin', y, period);
      const items = r.areas.flatMap((a) =>
        a.items.map((i) => ({
          ruleId: i.id,
          status: i.points === null ? 'unknown' : 'pass',
          missing: i.missingPaths ?? [],
        })),
      );
      return [...r.results, ...items];
    });
  });
  it('the issue’s case: a year without activities asks for activities', () => {
    const year = read('tianjin/year-record.json');
    const { activities: _, ...rest } = year;
    const r = evaluate('tianjin', rest, { from: '2025-06-20', to: '2026-06-19' });
    const item = r.areas.flatMap((a) => a.items).find((i) => i.id === 'activities.service');
    expect(item?.missingPaths).toEqual(['activities']);
  });
});
