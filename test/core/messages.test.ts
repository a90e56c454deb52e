import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, MESSAGES } from '../../src/index.js';
import { arbitraryHostile, arbitraryNationalStudio } from '../helpers/arbitraries.js';

describe('message tables', () => {
  it('zh and en have the same codes', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });
  it('no rendered message leaves a placeholder unfilled', () => {
    const inputs = fc.sample(fc.oneof(arbitraryNationalStudio, arbitraryHostile), { numRuns: 300, seed: 42 });
    for (const input of [...inputs, {}, { leads: [{}], staff: [{}] }]) {
      const r = check('national', 'studio', input, { asOf: '2026-11-22' });
      for (const m of [...r.results.map((x) => x.message), ...r.problems.map((x) => x.message)]) {
        expect(m.zh).not.toMatch(/undefined|\[object|NaN/);
        expect(m.en).not.toMatch(/undefined|\[object|NaN/);
        expect(m.zh).not.toBe('');
        expect(m.en).not.toBe('');
      }
    }
  });
});
