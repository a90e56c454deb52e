// What a check's rules share is kept for that check only (core/per-check.ts): a rule called
// directly, with a context or facts changed in place, answers for what it is given now.
import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/calendar/date.js';
import { beginCheck, endCheck, perCheck } from '../../src/core/per-check.js';
import { policyBehind } from '../../src/core/public.js';
import type { Rule, RuleContext } from '../../src/core/types.js';
import { check } from '../../src/index.js';
import { pingdingshanPolicy } from '../../src/policies/pingdingshan/index.js';
import { AS_OF, studio } from '../policies/pingdingshan/studio-fixture.js';

// The text's own values: each parameter as the policy gives it.
/** Runs `rules` as the rules of one check run. */
function asOneCheck<T>(rules: () => T): T {
  const outer = beginCheck();
  try {
    return rules();
  } finally {
    endCheck(outer);
  }
}

const ctx = (asOf = AS_OF): RuleContext => ({ asOf, param: (p) => p });

describe('perCheck', () => {
  it('computes once within one check for the same context and object, again in the next check', () => {
    let runs = 0;
    const twice = perCheck((c: RuleContext, of: object) => {
      runs++;
      return [c.asOf, of];
    });
    const c = ctx();
    const of = {};
    asOneCheck(() => {
      expect(twice(c, of)).toEqual([AS_OF, of]);
      expect(twice(c, of)).toEqual([AS_OF, of]);
    });
    expect(runs).toBe(1);
    asOneCheck(() => twice(c, of));
    expect(runs).toBe(2);
    // Another context or object within one check: computed for it.
    asOneCheck(() => {
      twice(c, of);
      twice(ctx(), of);
      twice(c, {});
    });
    expect(runs).toBe(5);
  });

  it('keeps nothing outside a check', () => {
    let runs = 0;
    const count = perCheck(() => ++runs);
    const c = ctx();
    expect([count(c, undefined), count(c, undefined)]).toEqual([1, 2]);
  });

  it('a check inside a check keeps its own, and the outer one is found again after it', () => {
    let runs = 0;
    const count = perCheck(() => ++runs);
    const c = ctx();
    asOneCheck(() => {
      expect(count(c, undefined)).toBe(1);
      asOneCheck(() => expect(count(c, undefined)).toBe(2));
      // One slot: the inner check's value replaced the outer's, so it is computed again.
      expect(count(c, undefined)).toBe(3);
    });
  });

  it('ends the check when its rules throw', () => {
    let runs = 0;
    const count = perCheck(() => ++runs);
    const c = ctx();
    expect(() =>
      asOneCheck(() => {
        count(c, undefined);
        throw new Error('rule');
      }),
    ).toThrow('rule');
    expect([count(c, undefined), count(c, undefined)]).toEqual([2, 3]);
  });
});

describe("Pingdingshan's studio rules called directly (no stale answer)", () => {
  const rules = (policyBehind(pingdingshanPolicy).checks.studio as { rules: readonly Rule<unknown>[] }).rules;
  const rule = (id: string) => rules.find((r) => r.id === id) as (typeof rules)[number];
  const mentors = rule('pingdingshan.studio.mentors');
  const leadMentors = rule('pingdingshan.studio.lead_mentors');

  it('a mentors list changed in place is counted as it is now', () => {
    const facts = structuredClone(studio);
    const c = ctx();
    expect(mentors.check(facts, c).status).toBe('pass');
    facts.mentors.splice(1);
    expect(mentors.check(facts, c).status).toBe('fail');
    expect(leadMentors.check(facts, c).status).toBe('pass');
    facts.mentors.splice(0);
    expect(leadMentors.check(facts, c).status).toBe('fail');
  });

  it('a context whose as-of date changes in place answers for the new date', () => {
    const facts = structuredClone(studio);
    const c = ctx();
    expect(mentors.check(facts, c).status).toBe('pass');
    // Before the measures (第十四条): not applicable.
    c.asOf = '2023-06-30';
    expect(mentors.check(facts, c).status).toBe('not_applicable');
  });
});

describe('perCheck, as chuangye-rules/define exports it', () => {
  it('refuses anything but a function, with the typed error; what it returns is frozen', async () => {
    const { perCheck: exported, InvalidArgumentError } = await import('../../src/define/index.js');
    for (const bad of [undefined, null, 1, 'f', {}, []]) {
      expect(() => exported(bad as never)).toThrow(InvalidArgumentError);
      expect(() => exported(bad as never)).toThrow(/compute.*a function/);
    }
    expect(Object.isFrozen(exported(() => 1))).toBe(true);
  });
});

describe('checks one after another at one date share a prepared check only when nothing else differs', () => {
  // Pingdingshan's measures apply from the day the caller says they were issued (第十四条).
  const run = (options: object) => check('pingdingshan', 'studio', studio, { asOf: '2024-06-30', ...options });
  it('a day of issue, a reading or a changed value given after a plain check is applied', () => {
    const plain = run({}).verdict;
    expect(plain).not.toBe('not_applicable');
    expect(run({ effectiveFrom: '2024-07-01' }).verdict).toBe('not_applicable');
    expect(run({ effectiveFrom: '2024-06-01' }).verdict).toBe(plain);
    expect(run({ effectiveFrom: '2024-07-01' }).verdict).toBe('not_applicable');
    expect(run({}).verdict).toBe(plain);
    const applied = (options: object) => run(options).parameters?.map((a) => a.value);
    expect(applied({ parameters: { 'studio.staff': 50 } })).toEqual([50]);
    expect(applied({ parameters: { 'studio.staff': 60 } })).toEqual([60]);
    expect(applied({ readings: { 'studio.leadCountsAsMentor': true } })).toEqual([true]);
    expect(applied({ readings: { 'studio.leadCountsAsMentor': false } })).toEqual([false]);
    expect(applied({})).toBeUndefined();
  });
  it('an as-of date that is not one is never kept for today', () => {
    expect(check('tianjin', 'studio', {}, { asOf: 'soon' }).problems[0]?.path).toEqual(['options', 'asOf']);
    const today = todayInChina();
    expect(check('tianjin', 'studio', {}, { asOf: today }).problems.some((p) => p.path[0] === 'options')).toBe(false);
  });
});
