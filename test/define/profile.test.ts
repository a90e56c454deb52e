// definePolicy's `profile` (how a policy reads the common studio profile of
// compare.checkEverywhere) and `naming` (its naming rule): each checked like the rest of a
// definition, every problem with its path; a good one kept on the policy, frozen, and
// carried through policyVersions and a second definePolicy (the command's --policy-module).
import {
  definePolicy,
  type NamingRule,
  PolicyDefinitionError,
  type ProfileMapping,
  policyVersions,
  type StudioProfile,
} from 'chuangye-rules/define';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { definition } from './fixture.js';

const problemsOf = (def: unknown) => {
  try {
    definePolicy(def as never);
  } catch (e) {
    if (e instanceof PolicyDefinitionError) return e.problems.map((p) => `${p.path.join('.')}:${p.code}`);
    throw e;
  }
  return [];
};

const profile: ProfileMapping<StudioProfile> = {
  subject: 'studio',
  input: (p) => (p.mentors === undefined ? {} : { mentors: p.mentors.length }),
  paths: { mentors: 'mentors' },
  needs: { mentors: 'mentors.min' },
  steps: [{ ruleId: 'example.candidate', clauses: ['第二条'], text: { zh: '经推荐', en: 'put forward' } }],
};

const naming: NamingRule = {
  pattern: '示例市+领办人姓名+创业指导工作室',
  parts: [
    { literal: '示例市' },
    { field: 'leadName', label: { zh: '领办人姓名', en: "lead's name" } },
    { literal: '创业指导工作室' },
  ],
  clause: '第二条',
  extraElementsAllowed: false,
};

describe('definePolicy({ profile })', () => {
  it('a good mapping is kept on the policy, frozen, and survives policyVersions and a second definePolicy', () => {
    const policy = definePolicy({ ...definition(), profile, naming });
    expect(policy.profile?.subject).toBe('studio');
    expect(policy.profile?.input({ mentors: [{}, {}] })).toEqual({ mentors: 2 });
    expect(policy.profile?.paths).toEqual({ mentors: 'mentors' });
    expect(policy.profile?.needs).toEqual({ mentors: 'mentors.min' });
    expect(policy.profile?.steps?.[0]?.clauses).toEqual(['第二条']);
    expect(Object.isFrozen(policy.profile)).toBe(true);
    expect(Object.isFrozen(policy.profile?.paths)).toBe(true);
    expect(policy.naming).toEqual(naming);
    expect(Object.isFrozen(policy.naming?.parts)).toBe(true);
    // Copied: the caller's objects are not the policy's.
    expect(policy.profile?.paths).not.toBe(profile.paths);
    const versions = policyVersions([policy]);
    expect(versions.profile?.subject).toBe('studio');
    const { versions: _, ...again } = versions;
    expect(definePolicy(again as never).profile?.needs).toEqual({ mentors: 'mentors.min' });
    // A function for the paths is kept as it is.
    const fn = (path: string) => [path];
    expect(definePolicy({ ...definition(), profile: { ...profile, paths: fn } }).profile?.paths).toBe(fn);
  });

  it('without one, a policy has none', () => {
    const policy = definePolicy(definition());
    expect(policy.profile).toBeUndefined();
    expect(policy.naming).toBeUndefined();
  });

  it('each mistake is a problem with its path, all at once', () => {
    const d = definition();
    expect(problemsOf({ ...d, profile: 1 })).toEqual(['profile:invalid_type']);
    expect(problemsOf({ ...d, profile: { ...profile, subject: 'expert' } })).toEqual([
      'profile.subject:unknown_subject',
    ]);
    expect(problemsOf({ ...d, profile: { ...profile, input: {} } })).toEqual(['profile.input:invalid_type']);
    expect(problemsOf({ ...d, profile: { subject: 'studio' } })).toEqual(['profile.input:invalid_type']);
    expect(problemsOf({ ...d, profile: { ...profile, paths: { mentors: '' } } })).toEqual([
      'profile.paths.mentors:invalid_type',
    ]);
    expect(problemsOf({ ...d, profile: { ...profile, paths: { mentors: ['mentors', 3] } } })).toEqual([
      'profile.paths.mentors.1:invalid_type',
    ]);
    expect(problemsOf({ ...d, profile: { ...profile, paths: 'mentors' } })).toEqual(['profile.paths:invalid_type']);
    expect(problemsOf({ ...d, profile: { ...profile, needs: { mentors: 'mentors.max' } } })).toEqual([
      'profile.needs.mentors:unknown_parameter',
    ]);
    expect(
      problemsOf({ ...d, profile: { ...profile, steps: [{ ruleId: 'x', clauses: ['第九条'], text: { zh: 'a' } }] } }),
    ).toEqual(['profile.steps.0.clauses.0:unknown_clause', 'profile.steps.0.text.en:invalid_type']);
    expect(
      problemsOf({ ...d, profile: { ...profile, steps: [{ ruleId: 'x', clauses: [], text: { zh: 'a', en: 'a' } }] } }),
    ).toEqual(['profile.steps.0.clauses:no_clauses']);
    expect(problemsOf({ ...d, profile: { ...profile, subjet: 'studio' } })).toEqual(['profile.subjet:unknown_key']);
    // A hostile mapping: reported, never thrown as anything else.
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(() => definePolicy({ ...d, profile: trap } as never)).toThrow(PolicyDefinitionError);
    expect(() => definePolicy({ ...d, profile: { ...profile, paths: trap } } as never)).toThrow(PolicyDefinitionError);
  });

  it('types: the input function reads the parsed studio profile', () => {
    expectTypeOf<Parameters<ProfileMapping<StudioProfile>['input']>[0]>().toEqualTypeOf<StudioProfile>();
    // @ts-expect-error the profile has no field `mentorz`
    definition().profile = { subject: 'studio', input: (p: StudioProfile) => p.mentorz };
  });
});

describe('definePolicy({ naming })', () => {
  it('each mistake is a problem with its path', () => {
    const d = definition();
    expect(problemsOf({ ...d, naming: { ...naming, clause: '第九条' } })).toEqual(['naming.clause:unknown_clause']);
    expect(problemsOf({ ...d, naming: { ...naming, parts: [] } })).toEqual(['naming.parts:no_parts']);
    expect(problemsOf({ ...d, naming: { ...naming, parts: [{ field: 'leadName' }] } })).toEqual([
      'naming.parts.0.label:invalid_type',
    ]);
    expect(problemsOf({ ...d, naming: { ...naming, extraElementsAllowed: 'no' } })).toEqual([
      'naming.extraElementsAllowed:invalid_type',
    ]);
    expect(problemsOf({ ...d, naming: { ...naming, pattern: '' } })).toEqual(['naming.pattern:invalid_type']);
    expect(problemsOf({ ...d, naming: [] })).toEqual(['naming:invalid_type']);
  });
});
