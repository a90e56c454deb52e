import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalGte } from '../../src/core/rules.js';

const decimalString = fc
  .tuple(fc.stringMatching(/^\d{1,15}$/), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));
const amount = fc.oneof(
  decimalString,
  fc.double({ min: 0, max: 1e15, noNaN: true }),
  // Numbers JavaScript prints with an exponent, large and small.
  fc.double({ min: 1e21, max: 1e300, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: Number.MIN_VALUE, max: 1e-7, noNaN: true }),
  fc.integer({ min: 0, max: 2_000_000 }),
);

describe('decimalGte', () => {
  it('agrees with decimal.js on any two non-negative decimals', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(decimalGte(a, b)).toBe(new Decimal(a).gte(b));
      }),
      { seed: 20261129, numRuns: 4000 },
    );
  });
  it('equal values compare equal, however written', () => {
    for (const [a, b] of [
      [1e21, '1000000000000000000000'],
      [1.5e-7, '0.00000015'],
      [100, '100.000'],
      ['0100', 100],
    ] as const) {
      expect(decimalGte(a, b)).toBe(true);
      expect(decimalGte(b, a)).toBe(true);
    }
    expect(decimalGte(1.5e-7, '0.00000016')).toBe(false);
    expect(decimalGte(2.5e-7, '0.00000025000001')).toBe(false);
  });
  it('never rounds through a float', () => {
    expect(decimalGte('99.999999999999999999', '100')).toBe(false);
    expect(decimalGte('0100.000', '100')).toBe(true);
    expect(decimalGte('999999.99', '1000000')).toBe(false);
    expect(decimalGte(1e21, '100')).toBe(true);
  });
  it('trailing zeros of a fraction and leading zeros of the integer change nothing, either side', () => {
    for (const [a, b] of [
      ['0.50', '0.5'],
      ['12.10', '12.1'],
      ['007.0', '7'],
      ['000', '0.000'],
    ] as const) {
      expect(decimalGte(a, b)).toBe(true);
      expect(decimalGte(b, a)).toBe(true);
    }
    expect(decimalGte('0.50', '0.51')).toBe(false);
    expect(decimalGte('0.51', '0.50')).toBe(true);
    expect(decimalGte('00.5', '0.49')).toBe(true);
    expect(decimalGte('0.049', '00.05')).toBe(false);
  });
  it('a fraction without its 0 (".5", not a schema amount) still compares as its value', () => {
    expect(decimalGte('.5', '1')).toBe(false);
    expect(decimalGte('.4', '.5')).toBe(false);
    expect(decimalGte('.5', '0.4')).toBe(true);
  });
  it('an amount that is neither a string nor a number is a TypeError (define turns it into its typed error)', () => {
    expect(() => decimalGte([] as never, '1')).toThrow(TypeError);
    expect(() => decimalGte('.5', [] as never)).toThrow(TypeError);
    expect(() => decimalGte('1', ['1'] as never)).toThrow(TypeError);
  });
});
