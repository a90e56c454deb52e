// Every function of the handbook and the comparison, given hostile arguments: it returns,
// or throws one of the library's typed errors; a result is frozen or fresh (issue 27).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as compare from '../../src/compare/index.js';
import { isLibraryError } from '../../src/core/errors.js';
import * as handbook from '../../src/handbook/index.js';
import { hostileOptions, hostileValue } from '../hostile/values.js';

type Fn = (...args: unknown[]) => unknown;
const functions: (readonly [string, Fn])[] = [
  ...Object.entries(handbook as Record<string, unknown>).map(([name, f]) => [`handbook.${name}`, f] as const),
  ...Object.entries(compare as Record<string, unknown>).map(([name, f]) => [`compare.${name}`, f] as const),
].flatMap(([name, f]) => (typeof f === 'function' ? [[name, f as Fn] as const] : []));

describe('hostile arguments: typed errors only', () => {
  it('finds the functions', () => {
    expect(functions.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'handbook.coverage',
        'handbook.validateCase',
        'handbook.renderCoverage',
        'compare.checkEverywhere',
        'compare.nextQuestions',
        'compare.compareServices',
        'compare.renderQuestions',
        'compare.withoutApplication',
      ]),
    );
  });

  it.each(functions)('%s', (_, f) => {
    fc.assert(
      fc.property(hostileValue, hostileOptions, hostileValue, (a, b, c) => {
        let result: unknown;
        try {
          result = f(a(), b(), c());
        } catch (e) {
          if (!isLibraryError(e)) throw e;
          return;
        }
        // A result's objects are frozen, or fresh: changing one never changes the next call's.
        if (typeof result === 'object' && result !== null && !Object.isFrozen(result)) {
          const again = (() => {
            try {
              return f(a(), b(), c());
            } catch {
              return undefined;
            }
          })();
          expect(again).not.toBe(result);
        }
      }),
      { numRuns: 120 },
    );
  });
});
