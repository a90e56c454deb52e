// checkMany (issue 30): a batch under one policy, the options resolved once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, checkMany, InvalidArgumentError, UnknownPolicyError, UnknownSubjectError } from '../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('checkMany', () => {
  it('gives the reports check gives, in order, for good, partial and bad inputs', () => {
    const inputs = [app, { ...app, venue: { areaSqm: '99.99' } }, {}, { staff: 'x' }, 42, undefined];
    const options = { asOf: '2026-11-22', readings: { 'venue.useRightReading': 'term' } };
    const many = checkMany('tianjin', 'studio', inputs, options);
    // The term reading asks for the lease's start, which the example does not give.
    expect(many.map((r) => r.verdict)).toEqual([
      'incomplete',
      'ineligible',
      'incomplete',
      'invalid',
      'invalid',
      'incomplete',
    ]);
    expect(many[0]?.parameters?.[0]?.id).toBe('venue.useRightReading');
    expect(JSON.stringify(many)).toBe(JSON.stringify(inputs.map((x) => check('tianjin', 'studio', x, options))));
  });

  it('an empty list gives no reports; bad options are each report problem, as in check', () => {
    expect(checkMany('national', 'studio', [])).toEqual([]);
    const [r] = checkMany('national', 'studio', [app], { asOf: '2026-02-30' });
    expect(r?.verdict).toBe('invalid');
    expect(r?.problems.some((p) => p.path.join('.') === 'options.asOf')).toBe(true);
  });

  it('reads the list once: a list that is not an array of at most 100,000 is the typed error', () => {
    for (const bad of [null, {}, 'abc', new Set([app]), { length: 1, 0: app }])
      expect(() => checkMany('tianjin', 'studio', bad as never)).toThrow(InvalidArgumentError);
    expect(() => checkMany('tianjin', 'studio', new Array(100_001))).toThrow(/at most 100000 inputs/u);
    const trap = new Proxy([app], {
      get(target, key) {
        if (key === '0') throw new Error('boom');
        return Reflect.get(target, key);
      },
    });
    expect(() => checkMany('tianjin', 'studio', trap)).toThrow(InvalidArgumentError);
    let reads = 0;
    const counted = new Proxy([app, app], {
      get(target, key) {
        if (key === '0' || key === '1') reads++;
        return Reflect.get(target, key);
      },
    });
    expect(checkMany('tianjin', 'studio', counted, { asOf: '2026-11-22' })).toHaveLength(2);
    expect(reads).toBe(2);
  });

  it('unknown ids are the typed errors check throws', () => {
    expect(() => checkMany('beijing' as never, 'studio' as never, [])).toThrow(UnknownPolicyError);
    expect(() => checkMany('tianjin', 'mentor' as never, [])).toThrow(UnknownSubjectError);
  });
});
