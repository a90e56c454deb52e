import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, MESSAGES } from '../../src/index.js';
import { arbitraryHostile, arbitraryNationalStudio } from '../helpers/arbitraries.js';

describe('message tables', () => {
  it('a complete list says so, an incomplete one names what is missing', () => {
    const r = check(
      'national',
      'studio',
      { resources: ['service_objects'], venue: { zones: ['back_office'] } },
      { asOf: '2026-11-22' },
    );
    const back = r.results.find((x) => x.ruleId === 'national.venue.back_office');
    const resources = r.results.find((x) => x.ruleId === 'national.resources');
    expect(back?.message).toEqual({
      zh: '后台办公区：后台办公区均已具备',
      en: 'Back office: all of back office present',
    });
    expect(resources?.message.zh).toContain('缺少基础信息库');
    expect(resources?.message.en).toContain('missing basic information library');
  });
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
