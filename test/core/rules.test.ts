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
  fc.integer({ min: 0, max: 2_000_000 }),
);

describe('decimalGte', () => {
  it('agrees with decimal.js on any two non-negative decimals', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(decimalGte(a, b)).toBe(new Decimal(a).gte(b));
      }),
      { numRuns: 2000 },
    );
  });
  it('never rounds through a float', () => {
    expect(decimalGte('99.999999999999999999', '100')).toBe(false);
    expect(decimalGte('0100.000', '100')).toBe(true);
    expect(decimalGte('999999.99', '1000000')).toBe(false);
    expect(decimalGte(1e21, '100')).toBe(true);
  });
});
