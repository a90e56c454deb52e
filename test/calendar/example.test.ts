import { describe, expect, it } from 'vitest';
import { nextYear } from '../../examples/calendar/next-year.js';

describe('examples/calendar/next-year.ts', () => {
  it('missing year, a supplied year, a provisional answer', () => {
    const lines = nextYear(new URL('../fixtures/invented-2027.json', import.meta.url).pathname);
    expect(lines[0]).toBe('missing 2027');
    expect(lines[1]).toBe('change filing due 2027-01-12 (invented-2027.json)');
    expect(lines[2]).toMatch(
      /^publicity ends 2027-01-01 — provisional: 2027-01-01 … 2027-01-01 counted as weekends only/u,
    );
  });
});
